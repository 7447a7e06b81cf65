package com.resourcemarket.cooperation;

import com.resourcemarket.matching.HistoryLookup;
import com.resourcemarket.matching.PairHistory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The history factor of matching, from cooperations: for a demander partner × owner partner pair (in these roles),
 * <ul>
 *   <li>completed = CLOSED cooperations;</li>
 *   <li>meanRating = mean of the ratings the DEMANDER side gave in its reviews of the pair's cooperations;</li>
 *   <li>cancellations = cooperations CANCELLED after they were accepted (from ACCEPTED on), not flagged as a dispute and
 *       without a low review (a proposal withdrawn or declined is no deal that failed);</li>
 *   <li>disputes = cooperations CANCELLED with the dispute flag, or with a review of either side rated ≤ 2
 *       ({@value #DISPUTE_RATING}); each cooperation counts once.</li>
 * </ul>
 * Batch-friendly: the first question about a demander loads the figures for <em>all</em> its owners with two
 * queries (one over its cooperations, one over their reviews), kept for {@value #TTL_MILLIS} ms; the engine asks once
 * per distinct owner among its candidates, so a match costs two queries however many owners it sees. Every change
 * to a cooperation drops the demander's entry when its transaction ends, so figures are current after a commit.
 */
@ApplicationScoped
public class CooperationHistory implements HistoryLookup {

    /** A review rated at or below this marks the cooperation as disputed. */
    public static final int DISPUTE_RATING = 2;

    static final long TTL_MILLIS = 30_000;
    private static final int MAX_ENTRIES = 10_000;

    private record Entry(Map<UUID, PairHistory> byOwner, long loadedAt) {
    }

    private final Map<UUID, Entry> cache = new ConcurrentHashMap<>();

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Override
    public Optional<PairHistory> history(UUID demanderPartnerId, UUID ownerPartnerId) {
        if (demanderPartnerId == null || ownerPartnerId == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(knownOwners(demanderPartnerId).get(ownerPartnerId));
    }

    /** The demander's figures with every owner it has any (cached, see the class comment). */
    @Override
    public Map<UUID, PairHistory> knownOwners(UUID demanderPartnerId) {
        if (demanderPartnerId == null) {
            return Map.of();
        }
        long now = System.currentTimeMillis();
        Entry entry = cache.get(demanderPartnerId);
        if (entry == null || now - entry.loadedAt() > TTL_MILLIS) {
            if (cache.size() >= MAX_ENTRIES) {
                cache.clear();
            }
            entry = new Entry(Map.copyOf(forDemander(demanderPartnerId)), now);
            cache.put(demanderPartnerId, entry);
        }
        return entry.byOwner();
    }

    /** A lookup fixed to what one demander's history is now (loaded once), e.g. for a batch of matches. */
    public HistoryLookup snapshot(UUID demanderPartnerId) {
        Map<UUID, PairHistory> byOwner = Map.copyOf(forDemander(demanderPartnerId));
        CooperationHistory others = this;
        return new HistoryLookup() {
            @Override
            public Optional<PairHistory> history(UUID demander, UUID owner) {
                return demanderPartnerId.equals(demander) ? Optional.ofNullable(byOwner.get(owner)) : others.history(demander, owner);
            }

            @Override
            public Map<UUID, PairHistory> knownOwners(UUID demander) {
                return demanderPartnerId.equals(demander) ? byOwner : others.knownOwners(demander);
            }
        };
    }

    /** The history with every owner partner the demander has a figure with (two queries, uncached). */
    public Map<UUID, PairHistory> forDemander(UUID demanderPartnerId) {
        return QuarkusTransaction.joiningExisting().call(() -> load(demanderPartnerId));
    }

    private static Map<UUID, PairHistory> load(UUID demander) {
        List<Object[]> cooperations = Cooperation.getEntityManager().createQuery(
                        "select c.id, c.ownerPartnerId, c.status, c.disputed, c.cancelledFrom from Cooperation c "
                                + "where c.demanderPartnerId = :demander and c.status in :ended", Object[].class)
                .setParameter("demander", demander)
                .setParameter("ended", List.of(CooperationStatus.CLOSED, CooperationStatus.CANCELLED,
                        CooperationStatus.EXECUTING, CooperationStatus.REVIEWED))
                .getResultList();
        List<Object[]> reviews = Cooperation.getEntityManager().createQuery(
                        "select r.cooperationId, r.side, r.rating from CooperationReview r, Cooperation c "
                                + "where r.cooperationId = c.id and c.demanderPartnerId = :demander", Object[].class)
                .setParameter("demander", demander)
                .getResultList();
        Set<UUID> lowRated = new HashSet<>();
        Map<UUID, int[]> demanderRatings = new HashMap<>(); // cooperation -> rating given by the demander side
        for (Object[] row : reviews) {
            UUID cooperation = (UUID) row[0];
            int rating = ((Number) row[2]).intValue();
            if (rating <= DISPUTE_RATING) {
                lowRated.add(cooperation);
            }
            if (row[1] == ReviewSide.DEMANDER) {
                demanderRatings.put(cooperation, new int[]{rating});
            }
        }
        Map<UUID, int[]> counts = new HashMap<>(); // owner -> completed, cancellations, disputes, rating sum, ratings
        for (Object[] row : cooperations) {
            UUID id = (UUID) row[0];
            UUID owner = (UUID) row[1];
            CooperationStatus status = (CooperationStatus) row[2];
            boolean disputed = (Boolean) row[3];
            CooperationStatus cancelledFrom = (CooperationStatus) row[4];
            int[] figures = counts.computeIfAbsent(owner, k -> new int[5]);
            if (status == CooperationStatus.CLOSED) {
                figures[0]++;
            }
            if ((status == CooperationStatus.CANCELLED && disputed) || lowRated.contains(id)) {
                figures[2]++;
            } else if (status == CooperationStatus.CANCELLED && cancelledFrom != null
                    && cancelledFrom != CooperationStatus.PROPOSED) {
                figures[1]++;
            }
            int[] rating = demanderRatings.get(id);
            if (rating != null) {
                figures[3] += rating[0];
                figures[4]++;
            }
        }
        Map<UUID, PairHistory> out = new HashMap<>();
        counts.forEach((owner, f) -> {
            Double mean = f[4] == 0 ? null : (double) f[3] / f[4];
            if (f[0] + f[1] + f[2] + f[4] > 0) {
                out.put(owner, new PairHistory(f[0], mean, f[1], f[2]));
            }
        });
        return out;
    }

    /** Drops the demander's cached figures when the current transaction ends (now, outside one). */
    void invalidateAfterCommit(UUID demanderPartnerId) {
        cache.remove(demanderPartnerId);
        try {
            if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                transactions.registerInterposedSynchronization(new Synchronization() {
                    @Override
                    public void beforeCompletion() {
                    }

                    @Override
                    public void afterCompletion(int status) {
                        cache.remove(demanderPartnerId);
                    }
                });
            }
        } catch (IllegalStateException e) {
            // no transaction: removed above
        }
    }
}
