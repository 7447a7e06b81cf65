package com.resourcemarket.matching;

import com.resourcemarket.catalogue.search.CatalogueIndex;
import com.resourcemarket.matching.Fixtures.Res;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static com.resourcemarket.matching.Fixtures.DEMANDER;
import static com.resourcemarket.matching.Fixtures.LAT;
import static com.resourcemarket.matching.Fixtures.LON;
import static com.resourcemarket.matching.Fixtures.O1;
import static com.resourcemarket.matching.Fixtures.O2;
import static com.resourcemarket.matching.Fixtures.O3;
import static com.resourcemarket.matching.Fixtures.flag;
import static com.resourcemarket.matching.Fixtures.id;
import static com.resourcemarket.matching.Fixtures.number;
import static com.resourcemarket.matching.Fixtures.res;
import static com.resourcemarket.matching.Fixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class MatchingEngineTest {

    @TempDir
    Path tmp;
    private final AtomicInteger indexes = new AtomicInteger();
    private final MatchingEngine engine = new MatchingEngine();

    static MatchRequest request() {
        return MatchRequest.forDemander(DEMANDER);
    }

    List<MatchResult> run(MatchRequest r, HistoryLookup history, MonthlyQualityLookup quality, MatchingEngine e, List<Res> resources) {
        try (CatalogueIndex index = CatalogueIndex.open(tmp.resolve("index" + indexes.incrementAndGet()))) {
            index.rebuild(resources.stream().map(Res::doc));
            List<MatchResult> results = e.match(index, r, history, quality);
            results.forEach(MatchingEngineTest::assertExplained);
            return results;
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    List<MatchResult> run(MatchRequest r, HistoryLookup history, Res... resources) {
        return run(r, history, MonthlyQualityLookup.none(), engine, List.of(resources));
    }

    List<MatchResult> run(MatchRequest r, Res... resources) {
        return run(r, HistoryLookup.none(), resources);
    }

    List<UUID> ids(MatchRequest r, Res... resources) {
        return run(r, resources).stream().map(MatchResult::resourceId).toList();
    }

    /** Contributions sum exactly to the score; shares sum to 100; each contribution is share × value. */
    static void assertExplained(MatchResult m) {
        BigDecimal sum = m.explanation().stream().map(FactorContribution::contribution).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(sum).isEqualByComparingTo(m.score());
        assertThat(m.score().scale()).isEqualTo(4);
        assertThat(m.explanation().stream().map(FactorContribution::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("100");
        assertThat(m.score()).isBetween(BigDecimal.ZERO, new BigDecimal("100"));
        for (FactorContribution f : m.explanation()) {
            assertThat(f.value()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
            assertThat(f.contribution()).isEqualByComparingTo(f.weight().multiply(f.value()).setScale(4, java.math.RoundingMode.HALF_EVEN));
        }
    }

    static BigDecimal value(MatchResult m, MatchFactor factor) {
        return m.explanation().stream().filter(f -> f.factor() == factor).findFirst().orElseThrow().value();
    }

    @Nested
    class Ranking {

        @Test
        void gradeAloneDecides() {
            List<MatchResult> results = run(request(),
                    res(1).grade(null), res(2).grade("BASIC"), res(3).grade("CORE"), res(4).grade("IMPORTANT"));
            assertThat(results).extracting(MatchResult::resourceId).containsExactly(id(3), id(4), id(2), id(1));
            assertThat(results).extracting(m -> value(m, MatchFactor.GRADE).doubleValue()).containsExactly(1.0, 0.6, 0.3, 0.0);
        }

        @Test
        void closerNumericTagWins() {
            MatchRequest r = request().withNiceToHave(new MatchRequest.NiceToHave(TagDimension.ATTRIBUTE, "daily_footfall", 5, new BigDecimal("10000")));
            List<MatchResult> results = run(r,
                    res(1).tag(number("daily_footfall", 30_000)), res(2).tag(number("daily_footfall", 9_000)),
                    res(3), res(4).tag(flag("daily_footfall")), res(5).tag(number("daily_footfall", 10_000)));
            assertThat(results).extracting(MatchResult::resourceId).containsExactly(id(5), id(2), id(4), id(1), id(3));
            assertThat(results).extracting(m -> value(m, MatchFactor.TAG_ATTRIBUTE).doubleValue())
                    .containsExactly(1.0, 0.9091, 0.5, 0.3333, 0.0);
        }

        @Test
        void presentFlagBeatsAbsentAndWeightsCountWithinADimension() {
            MatchRequest r = request().withNiceToHave(
                    new MatchRequest.NiceToHave(TagDimension.VALUE, "exclusive_rights", 9, null),
                    new MatchRequest.NiceToHave(TagDimension.VALUE, "free_parking", 1, null));
            List<MatchResult> results = run(r, res(1).tag(flag("free_parking")), res(2).tag(flag("Exclusive_Rights")), res(3),
                    res(4).tag(flag("exclusive_rights")).tag(flag("free_parking")));
            assertThat(results).extracting(MatchResult::resourceId).containsExactly(id(4), id(2), id(1), id(3));
            assertThat(results).extracting(m -> value(m, MatchFactor.TAG_VALUE).doubleValue()).containsExactly(1.0, 0.9, 0.1, 0.0);
        }

        @Test
        void industryTagFits() {
            List<MatchResult> results = run(request().withIndustry("home_appliance"),
                    res(1).tag(flag("beauty")), res(2).tag(flag("home_appliance")));
            assertThat(results).extracting(MatchResult::resourceId).containsExactly(id(2), id(1));
            assertThat(value(results.get(0), MatchFactor.TAG_INDUSTRY)).isEqualByComparingTo("1");
            assertThat(value(results.get(1), MatchFactor.TAG_INDUSTRY)).isEqualByComparingTo("0");
        }

        @Test
        void overBudgetLoses() {
            List<MatchResult> results = run(request().withBudget(new BigDecimal("5000")),
                    res(1).price("10000"), res(2).price("6000"), res(3).price("5000"), res(4).price("1000"));
            // 3 and 4 are both within budget: equal scores, tie broken by id
            assertThat(results).extracting(MatchResult::resourceId).containsExactly(id(3), id(4), id(2), id(1));
            assertThat(results).extracting(m -> value(m, MatchFactor.PRICE).doubleValue()).containsExactly(1.0, 1.0, 0.8333, 0.5);
        }

        @Test
        void nearerWinsWhenAPointIsGiven() {
            List<MatchResult> results = run(request().withNear(LAT, LON, 10),
                    res(1).northKm(8), res(2).northKm(1), res(3).northKm(5));
            assertThat(results).extracting(MatchResult::resourceId).containsExactly(id(2), id(3), id(1));
            assertThat(results.get(0).distanceKm()).isCloseTo(1, within(0.01));
            assertThat(value(results.get(1), MatchFactor.DISTANCE).doubleValue()).isCloseTo(0.5, within(0.001));
        }

        @Test
        void betterHistoryWins() {
            HistoryLookup history = HistoryLookup.ofOwners(Map.of(
                    O1, new PairHistory(2, 2.0, 3, 1),
                    O3, new PairHistory(10, 4.8, 0, 0)));
            List<MatchResult> results = run(request(), history, res(1).owner(O1), res(2).owner(O2), res(3).owner(O3));
            assertThat(results).extracting(MatchResult::resourceId).containsExactly(id(3), id(2), id(1));
            assertThat(value(results.get(1), MatchFactor.HISTORY)).isEqualByComparingTo("0.5");
        }

        @Test
        void historyIsAskedForTheDemanderPair() {
            HistoryLookup history = (demander, owner) -> demander.equals(DEMANDER) && owner.equals(O2)
                    ? java.util.Optional.of(new PairHistory(5, 5.0, 0, 0)) : java.util.Optional.empty();
            assertThat(run(request(), history, res(1).owner(O1), res(2).owner(O2)))
                    .extracting(MatchResult::resourceId).containsExactly(id(2), id(1));
        }

        @Test
        void monthlyQualityCountsAndAbsentIsNeutral() {
            MonthlyQualityLookup quality = id -> id.equals(id(1)) ? OptionalDouble.of(0.2)
                    : id.equals(id(3)) ? OptionalDouble.of(0.9) : OptionalDouble.empty();
            List<MatchResult> results = run(request(), HistoryLookup.none(), quality, engine, List.of(res(1), res(2), res(3)));
            assertThat(results).extracting(MatchResult::resourceId).containsExactly(id(3), id(2), id(1));
            assertThat(value(results.get(1), MatchFactor.MONTHLY_QUALITY)).isEqualByComparingTo("0.5");
        }

        @Test
        void tieBrokenByEvaluationThenId() {
            // Evaluation weight 0: equal scores whatever the evaluation, so only the tie-break orders them.
            MatchRequest r = request().withWeights(new MatchWeights(15, 10, 10, 10, 10, 0, 5, 10, 10, 5));
            List<MatchResult> results = run(r, res(1).evaluation("70"), res(3).evaluation("90"), res(2).evaluation("90"),
                    res(4).evaluation(null));
            assertThat(results).extracting(MatchResult::score).allMatch(s -> s.compareTo(results.get(0).score()) == 0);
            assertThat(results).extracting(MatchResult::resourceId).containsExactly(id(2), id(3), id(1), id(4));
            assertThat(results.get(0).explanation()).extracting(FactorContribution::factor).doesNotContain(MatchFactor.EVALUATION);
        }

        @Test
        void higherEvaluationScoresHigher() {
            List<MatchResult> results = run(request(), res(1).evaluation("60"), res(2).evaluation("95"));
            assertThat(results).extracting(MatchResult::resourceId).containsExactly(id(2), id(1));
            assertThat(value(results.get(0), MatchFactor.EVALUATION)).isEqualByComparingTo("0.95");
        }

        @Test
        void onlyApplicableFactorsShareThePoints() {
            MatchResult plain = run(request(), res(1)).get(0);
            assertThat(plain.explanation()).extracting(FactorContribution::factor)
                    .containsExactly(MatchFactor.GRADE, MatchFactor.EVALUATION, MatchFactor.MONTHLY_QUALITY, MatchFactor.HISTORY);
            // defaults 10 : 15 : 5 : 5 over 35
            assertThat(plain.explanation()).extracting(f -> f.weight().toPlainString())
                    .containsExactly("28.5714", "42.8572", "14.2857", "14.2857");
            MatchRequest full = request().withBudget(new BigDecimal("9000")).withNear(LAT, LON, 5).withIndustry("x")
                    .withNiceToHave(new MatchRequest.NiceToHave(TagDimension.TYPE, "a", 1, null),
                            new MatchRequest.NiceToHave(TagDimension.ATTRIBUTE, "b", 1, null),
                            new MatchRequest.NiceToHave(TagDimension.VALUE, "c", 1, null));
            MatchResult all = run(full, res(1)).get(0);
            assertThat(all.explanation()).extracting(FactorContribution::factor).containsExactly(MatchFactor.values());
            assertThat(all.explanation()).extracting(f -> f.weight().doubleValue())
                    .containsExactly(15.0, 10.0, 10.0, 10.0, 10.0, 15.0, 5.0, 10.0, 10.0, 5.0);
        }
    }

    @Nested
    class HardFilters {

        @Test
        void onlyActive() {
            assertThat(ids(request(), res(1), res(2).status("SUSPENDED"), res(3).status("DRAFT"), res(4).status("EXITED")))
                    .containsExactly(id(1));
        }

        @Test
        void typeCategoryAndChannel() {
            Res[] all = {res(1), res(2).type("BOOTH").category("TRADE_FAIR"), res(3).channel("ONLINE").type("KOL").category("SHORT_VIDEO")};
            assertThat(ids(request().withTypes("STORE_COUNTER"), all)).containsExactly(id(1));
            assertThat(ids(request().withTypes("STORE_COUNTER", "BOOTH"), all)).containsExactlyInAnyOrder(id(1), id(2));
            assertThat(ids(request().withCategories("TRADE_FAIR"), all)).containsExactly(id(2));
            assertThat(ids(request().withChannel("ONLINE"), all)).containsExactly(id(3));
        }

        @Test
        void region() {
            Res[] all = {res(1), res(2).regions("330100", "330000", "EAST_CHINA", "CN"), res(3).regions("110000", "NORTH_CHINA", "CN")};
            assertThat(ids(request().withRegions("310000"), all)).containsExactly(id(1));
            assertThat(ids(request().withRegions("EAST_CHINA"), all)).containsExactlyInAnyOrder(id(1), id(2));
            assertThat(ids(request().withRegions("330000", "NORTH_CHINA"), all)).containsExactlyInAnyOrder(id(2), id(3));
        }

        @Test
        void aResourceDeclaredForAnEnclosingRegionCoversTheWantedOne() {
            Res[] all = {
                    res(1).regions("CN").declared("CN"),                                         // the whole country
                    res(2).regions("310000", "EAST_CHINA", "CN").declared("310000"),             // in Shanghai
                    res(3).regions("EAST_CHINA", "CN").declared("EAST_CHINA"),                   // all of East China
                    res(4).regions("320000", "EAST_CHINA", "CN").declared("320000"),             // Jiangsu: a neighbour
                    res(5).regions("110000", "NORTH_CHINA", "CN").declared("110000")};           // Beijing
            // a demand for Shanghai: what lies in Shanghai, and what is declared for a region enclosing it
            MatchRequest shanghai = request().withRegions("310000").withCoveringRegions("EAST_CHINA", "CN");
            assertThat(ids(shanghai, all)).containsExactlyInAnyOrder(id(1), id(2), id(3));
            // without the enclosing regions only what lies inside counts (the caller decides)
            assertThat(ids(request().withRegions("310000"), all)).containsExactly(id(2));
            // a demand for East China: everything located there (expanded codes) plus the nationwide one
            assertThat(ids(request().withRegions("EAST_CHINA").withCoveringRegions("CN"), all))
                    .containsExactlyInAnyOrder(id(1), id(2), id(3), id(4));
        }

        @Test
        void radius() {
            Res[] all = {res(1).northKm(2.9), res(2).northKm(3.2), res(3).at(null, null)};
            assertThat(ids(request().withNear(LAT, LON, 3), all)).containsExactly(id(1));
            assertThat(ids(request(), all)).hasSize(3);
        }

        @Test
        void regionsAndRadiusTogether() {
            Res[] all = {res(1).northKm(1), res(2).northKm(1).regions("320000", "EAST_CHINA", "CN"), res(3).northKm(50)};
            assertThat(ids(request().withNear(LAT, LON, 3).withRegions("310000"), all)).containsExactly(id(1));
        }

        @Test
        void capacity() {
            Res[] all = {res(1).capacity("100"), res(2).capacity("150"), res(3).capacity("200"), res(4).capacity(null)};
            assertThat(ids(request().withQuantity(new BigDecimal("150")), all)).containsExactlyInAnyOrder(id(2), id(3));
            assertThat(ids(request(), all)).hasSize(4);
        }

        @Test
        void availabilityMustOverlapTheWindow() {
            Res[] all = {
                    res(1).available(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)),
                    res(2).available(LocalDate.of(2026, 5, 1), null),
                    res(3).available(null, null),
                    res(4).available(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 6, 1)),
                    res(5).available(null, LocalDate.of(2026, 3, 1))};
            assertThat(ids(request().withWindow(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 30)), all))
                    .containsExactlyInAnyOrder(id(3), id(4));
            assertThat(ids(request().withWindow(LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30)), all))
                    .containsExactlyInAnyOrder(id(1), id(3), id(4));
            assertThat(ids(request().withWindow(LocalDate.of(2026, 7, 1), null), all)).containsExactlyInAnyOrder(id(2), id(3));
            assertThat(ids(request().withWindow(null, LocalDate.of(2025, 12, 31)), all)).containsExactlyInAnyOrder(id(3), id(5));
        }

        private final Res[] tagged = {
                res(1).tag(number("fans", 1000)).tag(text("audience", "Female")),
                res(2).tag(number("fans", 5000)).tag(text("audience", "male")),
                res(3).tag(number("fans", 9000)).tag(flag("exclusive")),
                res(4)};

        @Test
        void mustHaveEqualNumber() {
            assertThat(ids(request().withMustHave(MatchRequest.MustHave.number("fans", MatchOperator.EQ, "5000")), tagged))
                    .containsExactly(id(2));
        }

        @Test
        void mustHaveEqualTextIgnoresCase() {
            assertThat(ids(request().withMustHave(MatchRequest.MustHave.text("Audience", " FEMALE ")), tagged)).containsExactly(id(1));
        }

        @Test
        void mustHaveFlag() {
            assertThat(ids(request().withMustHave(MatchRequest.MustHave.flag("exclusive")), tagged)).containsExactly(id(3));
            assertThat(ids(request().withMustHave(MatchRequest.MustHave.flag("audience")), tagged)).containsExactlyInAnyOrder(id(1), id(2));
        }

        @Test
        void mustHaveGreaterOrEqual() {
            assertThat(ids(request().withMustHave(MatchRequest.MustHave.number("fans", MatchOperator.GTE, "5000")), tagged))
                    .containsExactlyInAnyOrder(id(2), id(3));
        }

        @Test
        void mustHaveLessOrEqual() {
            assertThat(ids(request().withMustHave(MatchRequest.MustHave.number("fans", MatchOperator.LTE, "5000")), tagged))
                    .containsExactlyInAnyOrder(id(1), id(2));
        }

        @Test
        void mustHaveBetweenIsInclusive() {
            assertThat(ids(request().withMustHave(MatchRequest.MustHave.between("fans", "1000", "5000")), tagged))
                    .containsExactlyInAnyOrder(id(1), id(2));
            assertThat(ids(request().withMustHave(MatchRequest.MustHave.between("fans", "1001", "8999")), tagged))
                    .containsExactly(id(2));
        }

        @Test
        void everyMustHaveMustHold() {
            assertThat(ids(request().withMustHave(MatchRequest.MustHave.number("fans", MatchOperator.GTE, "1000"),
                    MatchRequest.MustHave.text("audience", "male")), tagged)).containsExactly(id(2));
        }

        @Test
        void neverTheDemandersOwnNorExcludedOwners() {
            Res[] all = {res(1).owner(DEMANDER), res(2).owner(O1), res(3).owner(O2), res(4).owner(O3)};
            assertThat(ids(request(), all)).containsExactlyInAnyOrder(id(2), id(3), id(4));
            assertThat(ids(request().withExcludedOwners(O1, O3), all)).containsExactly(id(3));
        }
    }

    @Nested
    class Results {

        private List<Res> many(int n) {
            List<Res> list = new ArrayList<>();
            String[] grades = {"CORE", "IMPORTANT", "BASIC", null};
            for (int i = 1; i <= n; i++) {
                list.add(res(i).grade(grades[i % 4]).evaluation(String.valueOf(40 + (i * 37) % 61))
                        .owner(i % 3 == 0 ? O1 : i % 3 == 1 ? O2 : O3).northKm((i * 13) % 9)
                        .price(String.valueOf(3000 + (i * 71) % 5000))
                        .tag(number("fans", (i * 997) % 20000)));
            }
            return list;
        }

        private MatchRequest rich() {
            return request().withNear(LAT, LON, 10).withBudget(new BigDecimal("5000"))
                    .withNiceToHave(new MatchRequest.NiceToHave(TagDimension.ATTRIBUTE, "fans", 7, new BigDecimal("10000")));
        }

        private final HistoryLookup history = HistoryLookup.ofOwners(Map.of(O1, new PairHistory(3, 4.0, 1, 0), O3, new PairHistory(0, null, 2, 1)));

        @Test
        void deterministicAndExplained() {
            List<Res> list = many(60);
            List<MatchResult> first = run(rich(), history, MonthlyQualityLookup.none(), engine, list);
            List<MatchResult> second = run(rich(), history, MonthlyQualityLookup.none(), engine, list);
            assertThat(first).hasSize(20).isEqualTo(second);
            // shuffled indexing order gives the same ranking
            List<Res> reversed = new ArrayList<>(list);
            java.util.Collections.reverse(reversed);
            assertThat(run(rich(), history, MonthlyQualityLookup.none(), engine, reversed)).isEqualTo(first);
            assertThat(first).isSortedAccordingTo(MatchingEngine.ORDER);
        }

        @Test
        void topNIsRespected() {
            List<Res> list = many(30);
            List<MatchResult> all = run(rich().withTopN(200), history, MonthlyQualityLookup.none(), engine, list);
            assertThat(all).hasSize(30);
            List<MatchResult> top5 = run(rich().withTopN(5), history, MonthlyQualityLookup.none(), engine, list);
            assertThat(top5).isEqualTo(all.subList(0, 5));
        }

        @Test
        void boundedCandidateSetStillFindsTheBest() {
            List<Res> list = new ArrayList<>(many(450));
            list.add(res(999).grade("CORE").evaluation("100").price("100").tag(number("fans", 10000)).northKm(0).owner(O2));
            MatchingEngine bounded = new MatchingEngine(new MatchingEngine.Options(200));
            List<MatchResult> results = run(rich().withTopN(10), history, MonthlyQualityLookup.none(), bounded, list);
            assertThat(results).hasSize(10);
            assertThat(results.get(0).resourceId()).isEqualTo(id(999));
        }

        @Test
        void emptyWhenNothingPasses() {
            assertThat(run(request().withTypes("NOPE"), res(1))).isEmpty();
        }
    }

    @Test
    void searcherOverloadAgreesWithIndexOverload() throws IOException {
        try (CatalogueIndex index = CatalogueIndex.open(tmp.resolve("direct"))) {
            index.rebuild(Arrays.stream(new Res[]{res(1).grade("CORE"), res(2)}).map(Res::doc));
            List<MatchResult> viaIndex = engine.match(index, request(), HistoryLookup.none());
            List<MatchResult> viaSearcher = index.withSearcher(s -> engine.match(s, request(), HistoryLookup.none()));
            assertThat(viaSearcher).isEqualTo(viaIndex).extracting(MatchResult::resourceId).containsExactly(id(1), id(2));
        }
    }
}
