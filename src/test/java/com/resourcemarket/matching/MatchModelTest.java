package com.resourcemarket.matching;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;

import static com.resourcemarket.matching.Fixtures.DEMANDER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class MatchModelTest {

    @Test
    void requestValidation() {
        MatchRequest base = MatchRequest.forDemander(DEMANDER);
        assertThat(base.topN()).isEqualTo(20);
        assertThat(base.weights()).isEqualTo(MatchWeights.defaults());
        assertThatThrownBy(() -> base.withTopN(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> base.withTopN(201)).isInstanceOf(IllegalArgumentException.class);
        assertThat(base.withTopN(200).topN()).isEqualTo(200);
        assertThatThrownBy(() -> base.withWindow(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> base.withBudget(BigDecimal.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> base.withQuantity(new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MatchRequest.MustHave.between("k", "5", "4")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MatchRequest.MustHave("k", MatchOperator.GTE, null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MatchRequest.MustHave("k", MatchOperator.EQ, BigDecimal.ONE, null, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MatchRequest.NiceToHave(TagDimension.VALUE, "k", 0, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MatchRequest.NiceToHave(TagDimension.VALUE, "k", 11, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> base.withNear(0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MatchWeights(-1, 0, 0, 0, 0, 0, 0, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MatchingEngine.Options(199)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultWeightsSumTo100() {
        MatchWeights w = MatchWeights.defaults();
        assertThat(w.tagIndustry() + w.tagType() + w.tagAttribute() + w.tagValue() + w.grade() + w.evaluation()
                + w.monthlyQuality() + w.price() + w.distance() + w.history()).isEqualTo(100);
    }

    @Test
    void allZeroApplicableWeightsAreRejected() {
        MatchRequest r = MatchRequest.forDemander(DEMANDER).withWeights(new MatchWeights(5, 5, 5, 5, 0, 0, 0, 5, 5, 0));
        assertThatThrownBy(() -> MatchingEngine.shares(r)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void sharesAlwaysSumTo100() {
        MatchRequest r = MatchRequest.forDemander(DEMANDER).withWeights(new MatchWeights(1, 1, 1, 1, 1, 1, 1, 1, 1, 1));
        assertThat(MatchingEngine.shares(r).values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100");
        assertThat(MatchingEngine.shares(r)).hasSize(4); // grade, evaluation, quality, history: 25 each
    }

    @Test
    void factorFunctions() {
        assertThat(MatchingEngine.closeness(10, 10)).isEqualTo(1);
        assertThat(MatchingEngine.closeness(5, 10)).isCloseTo(1 / 1.5, within(1e-9));
        assertThat(MatchingEngine.closeness(15, 10)).isCloseTo(1 / 1.5, within(1e-9));
        assertThat(MatchingEngine.closeness(1, 0)).isEqualTo(0.5);
        assertThat(MatchingEngine.priceValue(100.0, 100)).isEqualTo(1);
        assertThat(MatchingEngine.priceValue(200.0, 100)).isEqualTo(0.5);
        assertThat(MatchingEngine.priceValue(null, 100)).isEqualTo(0.5);
        assertThat(MatchingEngine.distanceValue(2.5, 10)).isEqualTo(0.75);
        assertThat(MatchingEngine.distanceValue(12.0, 10)).isEqualTo(0);
        assertThat(MatchingEngine.evaluationValue(130.0)).isEqualTo(1);
        assertThat(MatchingEngine.gradeValue("UNKNOWN")).isEqualTo(0);
    }

    @Test
    void historyValue() {
        double none = MatchingEngine.historyValue(PairHistory.NONE);
        double good = MatchingEngine.historyValue(new PairHistory(10, 4.8, 0, 0));
        double fewGood = MatchingEngine.historyValue(new PairHistory(1, 4.8, 0, 0));
        double bad = MatchingEngine.historyValue(new PairHistory(2, 2.0, 3, 1));
        double cancelledOnly = MatchingEngine.historyValue(new PairHistory(0, null, 2, 0));
        assertThat(none).isEqualTo(0.5);
        assertThat(good).isGreaterThan(fewGood).isGreaterThan(none).isLessThanOrEqualTo(1);
        assertThat(fewGood).isGreaterThan(none);
        assertThat(bad).isLessThan(none).isGreaterThanOrEqualTo(0);
        assertThat(cancelledOnly).isLessThan(none);
        assertThat(MatchingEngine.historyValue(new PairHistory(3, 4.0, 0, 1)))
                .isLessThan(MatchingEngine.historyValue(new PairHistory(3, 4.0, 1, 0)));
    }
}
