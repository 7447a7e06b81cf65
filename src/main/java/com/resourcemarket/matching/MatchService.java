package com.resourcemarket.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.resourcemarket.catalogue.Resource;
import com.resourcemarket.catalogue.reference.TagDefinitionView;
import com.resourcemarket.catalogue.reference.TagDictionary;
import com.resourcemarket.catalogue.search.CatalogueSearch;
import com.resourcemarket.core.error.Problems;
import com.resourcemarket.core.persistence.Ids;
import com.resourcemarket.core.persistence.RetryOnLockConflict;
import com.resourcemarket.core.security.Caller;
import com.resourcemarket.demand.DemandDtos.DemandView;
import com.resourcemarket.demand.DemandService;
import com.resourcemarket.demand.DemandStatus;
import com.resourcemarket.matching.MatchDtos.FactorView;
import com.resourcemarket.matching.MatchDtos.Price;
import com.resourcemarket.matching.MatchDtos.ResourceSummary;
import com.resourcemarket.matching.MatchDtos.ResultView;
import com.resourcemarket.matching.MatchDtos.RunView;
import com.resourcemarket.matching.MatchDtos.WeightValues;
import com.resourcemarket.region.RegionService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Matching wired to demands: builds a {@link MatchRequest} from a stored demand, runs the engine over the catalogue
 * index with the category's weights, stores the ranking as a snapshot (results, explanations, weights, time) and
 * moves a SUBMITTED demand to MATCHED when something fits. {@link #storedMatch} lets other features (cooperation)
 * check that a resource is among a demand's matches.
 */
@ApplicationScoped
public class MatchService {

    /** Demands in these statuses may be matched. */
    static final Set<DemandStatus> MATCHABLE = EnumSet.of(DemandStatus.SUBMITTED, DemandStatus.MATCHED, DemandStatus.IN_COOPERATION);
    static final String TRIGGER_REQUEST = "REQUEST";

    @Inject
    Caller caller;

    @Inject
    DemandService demands;

    @Inject
    CatalogueSearch search;

    @Inject
    MatchWeightsService weights;

    @Inject
    TagDictionary tagDictionary;

    @Inject
    RegionService regions;

    @Inject
    Instance<HistoryLookup> histories;

    @Inject
    Instance<MonthlyQualityLookup> qualities;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "resource-market.matching.stored-results", defaultValue = "50")
    int storedResults;

    @ConfigProperty(name = "resource-market.matching.candidate-limit", defaultValue = "2000")
    int candidateLimit;

    @ConfigProperty(name = "resource-market.matching.parallel-threads", defaultValue = "2")
    int parallelThreads;

    private volatile MatchingEngine engine;

    /** The engine; with parallel-threads > 0 it visits the index segments in parallel slices on a shared pool. */
    synchronized MatchingEngine engine() {
        if (engine == null) {
            java.util.concurrent.Executor slices = null;
            if (parallelThreads > 0) {
                java.util.concurrent.atomic.AtomicInteger n = new java.util.concurrent.atomic.AtomicInteger();
                slices = java.util.concurrent.Executors.newFixedThreadPool(parallelThreads, r -> {
                    Thread t = new Thread(r, "matching-slice-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
            }
            engine = new MatchingEngine(new MatchingEngine.Options(candidateLimit, slices));
        }
        return engine;
    }

    /** The history bean the cooperation feature provides, or none (neutral history for everybody). */
    HistoryLookup history() {
        return histories.isResolvable() ? histories.get() : HistoryLookup.none();
    }

    MonthlyQualityLookup quality() {
        return qualities.isResolvable() ? qualities.get() : MonthlyQualityLookup.none();
    }

    /**
     * Runs the engine for the demand now and stores the ranking (the best {@code storedResults}); a SUBMITTED demand
     * with at least one result becomes MATCHED. 404 when the caller may not see the demand, 409 when it is closed.
     */
    @RetryOnLockConflict
    public RunView run(UUID demandId, int topN) {
        DemandView demand = demands.get(demandId); // the caller's visibility (404), expiry on read
        if (!MATCHABLE.contains(demand.status())) {
            throw Problems.conflict("Demand " + demandId + " is " + demand.status() + ": only SUBMITTED, MATCHED or "
                    + "IN_COOPERATION demands are matched");
        }
        MatchWeightsService.Resolved resolved = weights.forCategory(demand.categoryCode());
        MatchRequest request = requestFor(demand, resolved.weights(), Math.min(storedResults, MatchRequest.MAX_TOP_N));
        search.index().refresh(); // read-your-writes: resources committed just before are searchable
        List<MatchResult> ranked = engine().match(search.index(), request, history(), quality());
        String requestedBy = caller.username();
        return QuarkusTransaction.requiringNew().call(() -> {
            // The demand row first: concurrent runs on one demand take their locks in the same order (demand, then the
            // run rows that refer to it), so they queue instead of deadlocking.
            DemandStatus status = demands.lockForUpdate(demandId);
            if (!MATCHABLE.contains(status)) {
                throw Problems.conflict("Demand " + demandId + " is " + status + ": only SUBMITTED, MATCHED or "
                        + "IN_COOPERATION demands are matched");
            }
            Map<UUID, ResourceSummary> summaries = summaries(ranked.stream().map(MatchResult::resourceId).toList());
            List<MatchResult> results = withoutGhosts(ranked, activeAmong(summaries.keySet()));
            MatchRun run = new MatchRun();
            run.id = Ids.newId();
            run.demandId = demandId;
            run.triggerKind = TRIGGER_REQUEST;
            run.weightsScope = resolved.scope();
            run.weightsJson = write(WeightValues.of(resolved.weights())); // what view() reads back
            run.resultCount = results.size();
            run.requestedBy = requestedBy;
            run.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
            run.persist();
            WeightValues weightValues = WeightValues.of(resolved.weights());
            List<ResultView> answered = new ArrayList<>();
            // The result rows in one multi-row INSERT: one round trip instead of one per row (50 by default).
            StringBuilder insert = new StringBuilder("INSERT INTO match_run_results (run_id, position, resource_id,"
                    + " owner_partner_id, score, summary_json, explanation_json) VALUES ");
            List<Object> values = new ArrayList<>();
            int position = 0;
            for (MatchResult r : results) {
                position++;
                ResourceSummary summary = summaries.get(r.resourceId());
                List<FactorView> explanation = r.explanation().stream().map(FactorView::of).toList();
                insert.append(position == 1 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?)");
                values.add(Ids.bytes(run.id));
                values.add(position);
                values.add(Ids.bytes(r.resourceId()));
                values.add(r.ownerPartnerId() == null ? null : Ids.bytes(r.ownerPartnerId()));
                values.add(r.score());
                values.add(write(new StoredResult(summary, r.evaluation(), r.distanceKm())));
                values.add(write(explanation));
                if (position <= topN) {
                    answered.add(new ResultView(position, summary, r.score(), r.evaluation(), r.distanceKm(), explanation));
                }
            }
            if (!results.isEmpty()) {
                MatchRun.flush(); // the run row first (foreign key)
                jakarta.persistence.Query rows = MatchRun.getEntityManager().createNativeQuery(insert.toString());
                for (int i = 0; i < values.size(); i++) {
                    rows.setParameter(i + 1, values.get(i));
                }
                rows.executeUpdate();
            }
            if (!results.isEmpty() && status == DemandStatus.SUBMITTED) {
                demands.markMatched(demandId); // decided under the row lock: a concurrent run cannot have moved it
            }
            // The answer is what was just stored (GET answers the same from the rows), without reading it back.
            return new RunView(run.id, demandId, run.createdAt, run.requestedBy, run.weightsScope, weightValues,
                    run.resultCount, answered);
        });
    }

    /** The latest stored run of the demand; 404 when the caller may not see it or it has never been matched. */
    public RunView latest(UUID demandId, int topN) {
        demands.get(demandId); // visibility
        return QuarkusTransaction.requiringNew().call(() -> {
            MatchRun run = latestRun(demandId);
            if (run == null) {
                throw Problems.notFound("Match run of demand", demandId);
            }
            return view(run, topN);
        });
    }

    /**
     * For other features (cooperation): the score of {@code resourceId} when it is among the demand's current
     * matches — in its latest stored run, or found by reverse matching after that run. No caller rules applied.
     */
    @Transactional
    public Optional<BigDecimal> storedMatch(UUID demandId, UUID resourceId) {
        MatchRun run = latestRun(demandId);
        if (run != null) {
            MatchRunResult inRun = MatchRunResult.<MatchRunResult>find("runId = :run and resourceId = :resource",
                    Parameters.with("run", run.id).and("resource", resourceId)).firstResult();
            if (inRun != null) {
                return Optional.of(inRun.score);
            }
        }
        DemandMatchPair pair = DemandMatchPair.findById(new DemandMatchPair.Key(demandId, resourceId));
        if (pair != null && (run == null || !pair.notifiedAt.isBefore(run.createdAt))) {
            return Optional.of(pair.score);
        }
        return Optional.empty();
    }

    static MatchRun latestRun(UUID demandId) {
        return MatchRun.<MatchRun>find("demandId", Sort.descending("createdAt").and("id", Sort.Direction.Descending), demandId)
                .firstResult();
    }

    /** The engine's input for a stored demand (its own partner always excluded by the engine). */
    MatchRequest requestFor(DemandView d, MatchWeights w, int topN) {
        Map<String, TagDefinitionView> dictionary = tagDictionary.all();
        List<MatchRequest.MustHave> mustHave = d.mustHave().stream().map(m -> new MatchRequest.MustHave(m.key(),
                MatchOperator.valueOf(m.operator().name()), m.value(), m.valueTo(), m.textValue())).toList();
        List<MatchRequest.NiceToHave> niceToHave = d.niceToHave().stream().map(n -> {
            TagDefinitionView tag = dictionary.get(n.key());
            TagDimension dimension = tag == null ? TagDimension.ATTRIBUTE : TagDimension.valueOf(tag.dimension().name());
            return new MatchRequest.NiceToHave(dimension, n.key(), n.weight(), null);
        }).toList();
        MatchRequest.GeoArea near = d.area() == null ? null : new MatchRequest.GeoArea(d.area().latitude().doubleValue(),
                d.area().longitude().doubleValue(), d.area().radiusKm().doubleValue());
        BigDecimal budget = d.budget() == null || d.budget().amount().signum() <= 0 ? null : d.budget().amount();
        return new MatchRequest(d.partnerId(),
                d.typeCode() == null ? Set.of() : Set.of(d.typeCode()),
                d.categoryCode() == null ? Set.of() : Set.of(d.categoryCode()),
                d.channel() == null ? null : d.channel().name(),
                Set.copyOf(d.regions()), coveringRegions(d.regions()), near,
                d.quantity() == null ? null : d.quantity().amount(), budget,
                d.window() == null ? null : d.window().from(), d.window() == null ? null : d.window().to(),
                mustHave, niceToHave, d.industry(), Set.copyOf(d.excludePartners()), topN, w);
    }

    /**
     * The index is derived data: a result whose resource MySQL no longer has as ACTIVE is never stored or shown. The
     * index is told to re-read it (the change stream would, too; this repairs a divergence at once).
     */
    private List<MatchResult> withoutGhosts(List<MatchResult> ranked, Set<UUID> active) {
        List<MatchResult> kept = new ArrayList<>(ranked.size());
        List<UUID> ghosts = new ArrayList<>();
        for (MatchResult r : ranked) {
            if (active.contains(r.resourceId())) {
                kept.add(r);
            } else {
                ghosts.add(r.resourceId());
            }
        }
        if (!ghosts.isEmpty()) {
            search.refreshCommitted(ghosts);
        }
        return kept;
    }

    private static Set<UUID> activeAmong(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(Resource.getEntityManager()
                .createQuery("select r.id from Resource r where r.id in :ids and r.status = :active", UUID.class)
                .setParameter("ids", ids).setParameter("active", com.resourcemarket.catalogue.ResourceStatus.ACTIVE)
                .getResultList());
    }

    /** The ancestors of the wanted regions: a resource declared for one of them covers the wanted area. */
    private Set<String> coveringRegions(Collection<String> wanted) {
        Set<String> ancestors = new LinkedHashSet<>(regions.expandUpwards(wanted));
        ancestors.removeAll(wanted);
        return ancestors;
    }

    /** Names, type, grade, owner and price of the matched resources, in one query. */
    static Map<UUID, ResourceSummary> summaries(List<UUID> ids) {
        Map<UUID, ResourceSummary> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        for (Resource r : Resource.<Resource>list("id in ?1", ids)) {
            out.put(r.id, new ResourceSummary(r.id, r.nameZh, r.nameEn, r.typeCode, r.categoryCode,
                    r.grade == null ? null : r.grade.name(), r.ownerPartnerId,
                    r.priceAmount == null ? null : new Price(r.priceAmount, r.priceCurrency, r.priceUnit)));
        }
        return out;
    }

    /** What a stored result keeps besides score and explanation. */
    record StoredResult(ResourceSummary resource, BigDecimal evaluation, Double distanceKm) {
    }

    private RunView view(MatchRun run, int topN) {
        List<MatchRunResult> rows = MatchRunResult.<MatchRunResult>find("runId", Sort.by("position"), run.id)
                .range(0, Math.max(0, topN - 1)).list();
        List<ResultView> results = new ArrayList<>();
        for (MatchRunResult row : rows) {
            StoredResult stored = read(row.summaryJson, new TypeReference<>() {
            });
            List<FactorView> explanation = read(row.explanationJson, new TypeReference<>() {
            });
            results.add(new ResultView(row.position, stored.resource(), row.score, stored.evaluation(),
                    stored.distanceKm(), explanation));
        }
        return new RunView(run.id, run.demandId, run.createdAt, run.requestedBy, run.weightsScope,
                read(run.weightsJson, new TypeReference<>() {
                }), run.resultCount, results);
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
