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

    /**
     * Every owner the demander has a history with, when this lookup can list them; every other owner is neutral. The
     * engine then scores history together with the index's factors, so it need not allow for the best history anyone
     * could have when it decides which resources can still reach the top N (much less work). Null: cannot list.
     */
    default Map<UUID, PairHistory> knownOwners(UUID demanderPartnerId) {
        return null;
    }

    /** See {@link #none()}. */
    HistoryLookup NONE = ofOwners(Map.of());

    /** No history known for anybody: the factor is neutral (0.5) for all. */
    static HistoryLookup none() {
        return NONE;
    }

    /** A fixed map keyed by owner, for one demander (tests, batch-loaded callers). */
    static HistoryLookup ofOwners(Map<UUID, PairHistory> byOwner) {
        Map<UUID, PairHistory> copy = Map.copyOf(byOwner);
        return new HistoryLookup() {
            @Override
            public Optional<PairHistory> history(UUID demander, UUID owner) {
                return Optional.ofNullable(copy.get(owner));
            }

            @Override
            public Map<UUID, PairHistory> knownOwners(UUID demander) {
                return copy;
            }
        };
    }
}
