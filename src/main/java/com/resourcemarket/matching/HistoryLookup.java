package com.resourcemarket.matching;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Cooperation history of a pair (demander partner × owner partner). The engine asks once per distinct owner among
 * the candidates, so an implementation may hit a database; batch or cache as needed.
 */
@FunctionalInterface
public interface HistoryLookup {

    Optional<PairHistory> history(UUID demanderPartnerId, UUID ownerPartnerId);

    /** See {@link #none()}. */
    HistoryLookup NONE = (demander, owner) -> Optional.empty();

    /** No history known for anybody: the factor is neutral (0.5) for all. */
    static HistoryLookup none() {
        return NONE;
    }

    /** A fixed map keyed by owner, for one demander (tests, batch-loaded callers). */
    static HistoryLookup ofOwners(Map<UUID, PairHistory> byOwner) {
        Map<UUID, PairHistory> copy = Map.copyOf(byOwner);
        return (demander, owner) -> Optional.ofNullable(copy.get(owner));
    }
}
