package com.resourcemarket.matching;

import com.resourcemarket.catalogue.search.CatalogueSearch;
import com.resourcemarket.catalogue.search.ResourceDocument;
import com.resourcemarket.catalogue.search.ResourceIndexed;
import com.resourcemarket.core.persistence.Ids;
import com.resourcemarket.core.time.MarketTime;
import com.resourcemarket.demand.Demand;
import com.resourcemarket.demand.DemandDtos.DemandView;
import com.resourcemarket.demand.DemandService;
import com.resourcemarket.demand.DemandStatus;
import com.resourcemarket.matching.MatchDtos.FactorView;
import com.resourcemarket.notification.EventType;
import com.resourcemarket.notification.NotificationService;
import com.resourcemarket.region.RegionService;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reverse matching: when a resource that is ACTIVE has been indexed (it became ACTIVE, or an ACTIVE resource
 * changed), the open demands it now fits are found and their partners told (MATCH_FOUND), once per (demand,
 * resource) pair; a SUBMITTED demand becomes MATCHED.
 * <ol>
 *   <li>Candidate demands come from SQL: open (SUBMITTED/MATCHED), window not over, same category, type and channel
 *       unset or equal, no regions or a region the resource lies in (its expanded codes) or covers (its declared codes
 *       and their descendants), not the owner's own demand, the
 *       owner not excluded, and the pair neither notified before nor already in one of the demand's stored runs.</li>
 *   <li>Each candidate's full hard filters and score are checked by the engine restricted to that one resource id
 *       (a Lucene term filter), all on one searcher — never a loop over the catalogue.</li>
 * </ol>
 * Runs on its own single thread, off the committing request thread, after the index holds the change
 * ({@link ResourceIndexed}). {@code resource-market.matching.reverse.enabled=false} turns it off.
 */
@ApplicationScoped
public class ReverseMatcher {

    private static final Logger LOG = Logger.getLogger(ReverseMatcher.class);
    private static final List<DemandStatus> OPEN = List.of(DemandStatus.SUBMITTED, DemandStatus.MATCHED);

    @ConfigProperty(name = "resource-market.matching.reverse.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    CatalogueSearch search;

    @Inject
    MatchService matches;

    @Inject
    MatchWeightsService weights;

    @Inject
    DemandService demands;

    @Inject
    NotificationService notifications;

    @Inject
    RegionService regions;

    private final AtomicInteger pending = new AtomicInteger();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "reverse-matching");
        t.setDaemon(true);
        return t;
    });

    /** A change is indexed: queue it (never blocks or throws on the committing thread). */
    void onIndexed(@Observes ResourceIndexed event) {
        ResourceDocument doc = event.document();
        if (!enabled || !"ACTIVE".equals(doc.status())) {
            return;
        }
        pending.incrementAndGet();
        try {
            executor.execute(() -> {
                try {
                    matchQuietly(doc);
                } finally {
                    pending.decrementAndGet();
                }
            });
        } catch (RuntimeException e) {
            pending.decrementAndGet();
            LOG.warnf("Reverse matching of resource %s not queued: %s", doc.id(), e.getMessage());
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        executor.shutdownNow();
    }

    /** Waits until every queued resource has been reverse-matched (tests). */
    public boolean awaitIdle(Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (pending.get() > 0) {
            if (System.nanoTime() > end) {
                return false;
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
        return true;
    }

    private void matchQuietly(ResourceDocument doc) {
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            int told = match(doc);
            if (told > 0) {
                LOG.debugf("Resource %s reverse-matched to %d demand(s)", doc.id(), told);
            }
        } catch (RuntimeException e) {
            LOG.warnf(e, "Reverse matching of resource %s failed", doc.id());
        } finally {
            requestContext.terminate();
        }
    }

    /** Finds the open demands the resource fits, tells their partners; returns how many were told. */
    int match(ResourceDocument doc) {
        List<UUID> candidates = QuarkusTransaction.requiringNew().call(() -> candidateDemands(doc, regionsServed(doc)));
        if (candidates.isEmpty()) {
            return 0;
        }
        Map<UUID, MatchRequest> requests = new LinkedHashMap<>();
        Map<UUID, DemandView> views = new LinkedHashMap<>();
        QuarkusTransaction.requiringNew().run(() -> {
            for (UUID id : candidates) {
                Optional<DemandView> demand = demands.find(id);
                demand.ifPresent(d -> {
                    views.put(id, d);
                    requests.put(id, matches.requestFor(d, weights.forCategory(d.categoryCode()).weights(), 1));
                });
            }
        });
        search.index().refresh();
        HistoryLookup history = matches.history();
        MonthlyQualityLookup quality = matches.quality();
        Map<UUID, MatchResult> fits = search.index().withSearcher(searcher -> {
            Map<UUID, MatchResult> found = new LinkedHashMap<>();
            for (Map.Entry<UUID, MatchRequest> e : requests.entrySet()) {
                matches.engine().matchOne(searcher, e.getValue(), doc.id(), history, quality)
                        .ifPresent(result -> found.put(e.getKey(), result));
            }
            return found;
        });
        int told = 0;
        for (Map.Entry<UUID, MatchResult> fit : fits.entrySet()) {
            try {
                if (QuarkusTransaction.requiringNew().call(() -> record(views.get(fit.getKey()), doc, fit.getValue()))) {
                    told++;
                }
            } catch (RuntimeException e) {
                // a racing worker recorded the pair first (primary key), or the demand moved on: nothing to tell
                LOG.debugf("Reverse match of demand %s and resource %s not recorded: %s", fit.getKey(), doc.id(), e.getMessage());
            }
        }
        return told;
    }

    private boolean record(DemandView demand, ResourceDocument doc, MatchResult result) {
        if (DemandMatchPair.findById(new DemandMatchPair.Key(demand.id(), doc.id())) != null) {
            return false;
        }
        DemandMatchPair pair = new DemandMatchPair();
        pair.demandId = demand.id();
        pair.resourceId = doc.id();
        pair.score = result.score();
        pair.explanationJson = matches.write(result.explanation().stream().map(FactorView::of).toList());
        pair.notifiedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        pair.persist();
        DemandMatchPair.flush(); // a racing worker's pair collides here, before anything is published
        notifications.publish(demand.partnerId(), EventType.MATCH_FOUND, payload(demand, doc, result));
        DemandView current = demands.find(demand.id()).orElseThrow();
        if (current.status() == DemandStatus.SUBMITTED) {
            demands.markMatched(demand.id());
        }
        return true;
    }

    static Map<String, Object> payload(DemandView demand, ResourceDocument doc, MatchResult result) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("demandId", demand.id());
        data.put("demandTitle", demand.title());
        data.put("resourceId", doc.id());
        data.put("resourceNameZh", doc.nameZh());
        data.put("resourceNameEn", doc.nameEn());
        data.put("typeCode", doc.typeCode());
        data.put("grade", doc.grade());
        data.put("score", result.score());
        data.put("explanation", result.explanation().stream().map(FactorView::of).toList());
        data.put("trigger", "RESOURCE_CHANGED");
        return data;
    }

    /** Wanted regions a demand may name for this resource: those it lies in, and those its declared regions cover. */
    private Set<String> regionsServed(ResourceDocument doc) {
        Set<String> served = new LinkedHashSet<>(doc.regionCodes());
        served.addAll(regions.expandDownwards(doc.declaredRegionCodes()));
        return served;
    }

    /** The SQL pre-filter: open demands this resource may fit (the engine decides exactly). */
    static List<UUID> candidateDemands(ResourceDocument doc, Set<String> regionsServed) {
        if (doc.categoryCode() == null || doc.ownerPartnerId() == null) {
            return List.of();
        }
        StringBuilder q = new StringBuilder("""
                select d.id from Demand d
                where d.status in :open and d.partnerId <> :owner and d.categoryCode = :category
                  and (d.typeCode is null or d.typeCode = :type)
                  and (d.channel is null or d.channel = :channel)
                  and (d.windowTo is null or d.windowTo >= :today)
                  and :owner not member of d.excludedPartners
                  and not exists (select 1 from DemandMatchPair p where p.demandId = d.id and p.resourceId = :resource)
                  and not exists (select 1 from MatchRunResult rr, MatchRun mr
                                  where mr.id = rr.runId and mr.demandId = d.id and rr.resourceId = :resource)
                """);
        if (regionsServed.isEmpty()) {
            q.append(" and d.regions is empty");
        } else {
            q.append(" and (d.regions is empty or exists (select 1 from Demand d2 join d2.regions rc"
                    + " where d2.id = d.id and rc in :regions))");
        }
        q.append(" order by d.id");
        var query = Demand.getEntityManager().createQuery(q.toString(), UUID.class)
                .setParameter("open", OPEN)
                .setParameter("owner", doc.ownerPartnerId())
                .setParameter("category", doc.categoryCode())
                .setParameter("type", String.valueOf(doc.typeCode()))
                .setParameter("channel", String.valueOf(doc.channel()))
                .setParameter("today", LocalDate.now(MarketTime.ZONE))
                .setParameter("resource", doc.id());
        if (!regionsServed.isEmpty()) {
            query.setParameter("regions", regionsServed);
        }
        return query.getResultList();
    }
}
