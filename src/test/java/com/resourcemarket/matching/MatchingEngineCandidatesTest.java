package com.resourcemarket.matching;

import com.resourcemarket.catalogue.search.CatalogueIndex;
import com.resourcemarket.catalogue.search.ResourceDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static com.resourcemarket.matching.Fixtures.DEMANDER;
import static com.resourcemarket.matching.Fixtures.number;
import static com.resourcemarket.matching.Fixtures.res;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The candidate phase: with more resources passing the filters than the candidate limit, the bounded heap (with its
 * upper-bound pruning) and the parallel slices give exactly the ranking of an unbounded run; restricting to one
 * resource (reverse matching) gives that resource's result or nothing.
 */
class MatchingEngineCandidatesTest {

    @TempDir
    Path tmp;

    private static List<ResourceDocument> catalogue(int n) {
        Random rnd = new Random(42);
        String[] grades = {"CORE", "IMPORTANT", "BASIC", null};
        List<ResourceDocument> docs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            Fixtures.Res r = res(i).grade(grades[rnd.nextInt(4)])
                    .evaluation(rnd.nextInt(5) == 0 ? null : String.valueOf(40 + rnd.nextInt(60)))
                    .price(String.valueOf(1000 + rnd.nextInt(9000)))
                    .northKm(rnd.nextDouble() * 20)
                    .owner(new UUID(0xA0, rnd.nextInt(50)));
            if (rnd.nextBoolean()) {
                r.tag(number("fans", 1000 + rnd.nextInt(100_000)));
            }
            if (rnd.nextInt(3) == 0) {
                r.tag(Fixtures.flag("exclusive"));
            }
            docs.add(r.doc());
        }
        return docs;
    }

    private static MatchRequest request() {
        return MatchRequest.forDemander(DEMANDER).withNear(Fixtures.LAT, Fixtures.LON, 25)
                .withBudget(new BigDecimal("5000"))
                .withNiceToHave(new MatchRequest.NiceToHave(TagDimension.VALUE, "fans", 5, new BigDecimal("50000")),
                        new MatchRequest.NiceToHave(TagDimension.ATTRIBUTE, "exclusive", 3, null))
                .withTopN(50);
    }

    @Test
    void boundedPrunedAndParallelCandidatePhasesRankExactlyAsAnUnboundedOne() throws Exception {
        try (CatalogueIndex index = CatalogueIndex.open(tmp.resolve("index"))) {
            List<ResourceDocument> docs = catalogue(3000);
            index.rebuild(docs.stream().limit(1500));
            docs.stream().skip(1500).forEach(index::upsert); // several segments
            index.refresh();
            List<MatchResult> exact = new MatchingEngine(new MatchingEngine.Options(100_000)).match(index, request(), HistoryLookup.none());
            List<MatchResult> bounded = new MatchingEngine(new MatchingEngine.Options(200)).match(index, request(), HistoryLookup.none());
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                List<MatchResult> parallel = new MatchingEngine(new MatchingEngine.Options(200, pool))
                        .match(index, request(), HistoryLookup.none());
                assertThat(exact).hasSize(50);
                assertThat(bounded).isEqualTo(exact);
                assertThat(parallel).isEqualTo(exact);
            } finally {
                pool.shutdown();
            }
        }
    }

    /** Requests whose factor mixes move the skipping threshold differently (evaluation weight 0, grade only, ...). */
    private static List<MatchRequest> variedRequests() {
        MatchRequest.NiceToHave fans = new MatchRequest.NiceToHave(TagDimension.VALUE, "fans", 5, new BigDecimal("50000"));
        return List.of(
                request(),
                MatchRequest.forDemander(DEMANDER),
                MatchRequest.forDemander(DEMANDER).withBudget(new BigDecimal("3000")),
                MatchRequest.forDemander(DEMANDER).withNiceToHave(fans).withTopN(MatchRequest.MAX_TOP_N),
                MatchRequest.forDemander(DEMANDER).withBudget(new BigDecimal("4000"))
                        .withNiceToHave(new MatchRequest.NiceToHave(TagDimension.TYPE, "exclusive", 8, null), fans),
                MatchRequest.forDemander(DEMANDER).withIndustry("exclusive")
                        .withNiceToHave(new MatchRequest.NiceToHave(TagDimension.VALUE, "fans", 2, null),
                                new MatchRequest.NiceToHave(TagDimension.VALUE, "missing_everywhere", 9, null)),
                MatchRequest.forDemander(DEMANDER).withTopN(1),
                MatchRequest.forDemander(DEMANDER).withWeights(new MatchWeights(15, 10, 10, 10, 10, 0, 5, 10, 10, 5)),
                MatchRequest.forDemander(DEMANDER).withWeights(new MatchWeights(0, 0, 0, 0, 1, 0, 0, 0, 0, 0)),
                MatchRequest.forDemander(DEMANDER).withWeights(new MatchWeights(0, 0, 0, 0, 0, 1, 0, 0, 0, 0)));
    }

    @Test
    void skippingByGradeAndEvaluationRanksExactlyAsAFullVisitAndVisitsFarFewer() throws Exception {
        try (CatalogueIndex index = CatalogueIndex.open(tmp.resolve("skip"))) {
            List<ResourceDocument> docs = catalogue(6000);
            index.rebuild(docs.stream().limit(4000));
            docs.stream().skip(4000).forEach(index::upsert); // a rebuilt segment plus near-real-time ones
            index.refresh();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (MatchRequest r : variedRequests()) {
                    for (int limit : new int[] {MatchRequest.MAX_TOP_N, 2000}) {
                        MatchingEngine.Options options = new MatchingEngine.Options(limit);
                        List<MatchResult> full = new MatchingEngine(options.withoutSkipping()).match(index, r, HistoryLookup.none());
                        assertThat(new MatchingEngine(options).match(index, r, HistoryLookup.none()))
                                .as("limit %d, request %s", limit, r).isEqualTo(full);
                        assertThat(new MatchingEngine(new MatchingEngine.Options(limit, pool)).match(index, r, HistoryLookup.none()))
                                .as("parallel, limit %d, request %s", limit, r).isEqualTo(full);
                    }
                }
            } finally {
                pool.shutdown();
            }
            index.withSearcher(searcher -> {
                for (var leaf : searcher.getIndexReader().leaves()) {
                    assertThat(SegmentRanks.of(leaf.reader())).as("segment %s is rank-sorted", leaf).isNotNull();
                }
                MatchRequest r = MatchRequest.forDemander(DEMANDER).withTopN(20);
                MatchingEngine.Options options = new MatchingEngine.Options(MatchRequest.MAX_TOP_N);
                long everything = visited(searcher, r, options.withoutSkipping());
                long skipping = visited(searcher, r, options);
                assertThat(everything).isEqualTo(6000);
                assertThat(skipping).isLessThan(everything / 2);
                return null;
            });
        }
    }

    private static long visited(org.apache.lucene.search.IndexSearcher searcher, MatchRequest r, MatchingEngine.Options options)
            throws java.io.IOException {
        return visited(searcher, r, options, new MatchingEngine.StaticWeights(MatchingEngine.shares(r)));
    }

    private static long visited(org.apache.lucene.search.IndexSearcher searcher, MatchRequest r, MatchingEngine.Options options,
                                MatchingEngine.StaticWeights weights) throws java.io.IOException {
        MatchingEngine.CandidateCollector collector = new MatchingEngine.CandidateCollector(options, weights,
                MatchingEngine.tagCriteria(r), r);
        searcher.search(MatchingEngine.hardFilters(r), collector);
        return collector.visited;
    }

    @Test
    void historyTheLookupListsIsScoredInTheCandidatePhaseExactlyAndSavesWork() throws Exception {
        try (CatalogueIndex index = CatalogueIndex.open(tmp.resolve("listed"))) {
            List<ResourceDocument> docs = catalogue(4000);
            index.rebuild(docs.stream().limit(3000));
            docs.stream().skip(3000).forEach(index::upsert);
            index.refresh();
            // good, bad and unrated histories with a fifth of the 50 owners; one owner's id is absent from the index
            java.util.Map<UUID, PairHistory> known = new java.util.HashMap<>();
            for (int k = 0; k < 10; k++) {
                known.put(new UUID(0xA0, k * 5), k % 3 == 0 ? new PairHistory(k + 1, 4.5, 0, 0)
                        : k % 3 == 1 ? new PairHistory(0, null, 2, 1) : new PairHistory(1, null, 0, 0));
            }
            known.put(new UUID(0xA0, 999), new PairHistory(9, 5.0, 0, 0));
            HistoryLookup listed = HistoryLookup.ofOwners(known);
            HistoryLookup unlisted = (demander, owner) -> java.util.Optional.ofNullable(known.get(owner));
            assertThat(unlisted.knownOwners(DEMANDER)).isNull();
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                // the reference: history added after the candidate phase, every filtered resource a candidate
                MatchingEngine reference = new MatchingEngine(new MatchingEngine.Options(100_000).withoutSkipping());
                for (MatchRequest r : variedRequests()) {
                    List<MatchResult> expected = reference.match(index, r, unlisted);
                    assertThat(expected.stream().anyMatch(m -> known.containsKey(m.ownerPartnerId()))).isTrue();
                    assertThat(new MatchingEngine(new MatchingEngine.Options(2000)).match(index, r, listed))
                            .as("request %s", r).isEqualTo(expected);
                    assertThat(new MatchingEngine(new MatchingEngine.Options(2000, pool)).match(index, r, listed))
                            .as("parallel, request %s", r).isEqualTo(expected);
                }
                // as few candidates as results: exact all the same, since history is part of the candidates' scores
                MatchRequest r = request().withTopN(MatchRequest.MAX_TOP_N);
                assertThat(new MatchingEngine(new MatchingEngine.Options(MatchRequest.MAX_TOP_N)).match(index, r, listed))
                        .isEqualTo(reference.match(index, r, unlisted));
            } finally {
                pool.shutdown();
            }
            index.withSearcher(searcher -> {
                MatchRequest r = request().withTopN(20);
                MatchingEngine.Options options = new MatchingEngine.Options(MatchRequest.MAX_TOP_N);
                var shares = MatchingEngine.shares(r);
                long allowingForAnyHistory = visited(searcher, r, options, new MatchingEngine.StaticWeights(shares));
                long scoringListedHistory = visited(searcher, r, options, new MatchingEngine.StaticWeights(shares, known, false));
                assertThat(scoringListedHistory).isLessThan(allowingForAnyHistory);
                return null;
            });
        }
    }

    @Test
    void narrowingByMonthlyQualityAndHistoryKeepsTheExactTopN() throws Exception {
        try (CatalogueIndex index = CatalogueIndex.open(tmp.resolve("narrow"))) {
            List<ResourceDocument> docs = catalogue(800);
            index.rebuild(docs.stream());
            index.refresh();
            HistoryLookup history = (demander, owner) -> owner.getLeastSignificantBits() % 3 == 0
                    ? java.util.Optional.of(new PairHistory((int) (owner.getLeastSignificantBits() % 7), 4.5, 0, 0))
                    : owner.getLeastSignificantBits() % 3 == 1
                    ? java.util.Optional.of(new PairHistory(0, null, 2, 1)) : java.util.Optional.empty();
            MonthlyQualityLookup quality = id -> java.util.OptionalDouble.of((id.getLeastSignificantBits() % 10) / 10.0);
            MatchingEngine engine = new MatchingEngine(new MatchingEngine.Options(100_000));
            List<MatchResult> ranked = engine.match(index, request(), history, quality);
            List<MatchResult> brute = index.withSearcher(searcher -> docs.stream()
                    .map(d -> engine.matchOne(searcher, request(), d.id(), history, quality))
                    .flatMap(java.util.Optional::stream).sorted(MatchingEngine.ORDER).limit(50).toList());
            assertThat(ranked).hasSize(50).isEqualTo(brute);
        }
    }

    @Test
    void matchOneChecksOneResourceAgainstTheHardFilters() throws Exception {
        try (CatalogueIndex index = CatalogueIndex.open(tmp.resolve("one"))) {
            index.rebuild(java.util.stream.Stream.of(res(1).doc(), res(2).status("SUSPENDED").doc(), res(3).doc()));
            MatchingEngine engine = new MatchingEngine();
            MatchRequest r = MatchRequest.forDemander(DEMANDER);
            List<MatchResult> all = engine.match(index, r, HistoryLookup.none());
            index.withSearcher(searcher -> {
                assertThat(engine.matchOne(searcher, r, Fixtures.id(3), HistoryLookup.none(), MonthlyQualityLookup.none()))
                        .contains(all.stream().filter(m -> m.resourceId().equals(Fixtures.id(3))).findFirst().orElseThrow());
                assertThat(engine.matchOne(searcher, r, Fixtures.id(2), HistoryLookup.none(), MonthlyQualityLookup.none())).isEmpty();
                assertThat(engine.matchOne(searcher, r.withExcludedOwners(Fixtures.O1), Fixtures.id(1), HistoryLookup.none(),
                        MonthlyQualityLookup.none())).isEmpty();
                return null;
            });
        }
    }
}
