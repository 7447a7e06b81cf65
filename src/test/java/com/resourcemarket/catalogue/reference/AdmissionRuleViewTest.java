package com.resourcemarket.catalogue.reference;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** evaluate() is a pure function: every operator, the boundaries, missing values, and the bilingual reasons. */
class AdmissionRuleViewTest {

    private static final UUID ID = UUID.fromString("0190a000-0000-7000-8000-000000000001");

    private static AdmissionRuleView rule(SubjectKind kind, String subject, String zh, String en, RuleOperator operator,
                                          String number, String text) {
        return new AdmissionRuleView(ID, "online.digital-marketing.content-platform", kind, subject, zh, en, operator,
                number == null ? null : new BigDecimal(number), text, "d", "d", true, 0);
    }

    private static AdmissionRuleView followers(RuleOperator operator, String threshold) {
        return rule(SubjectKind.TAG, "followers", "粉丝数", "Followers", operator, threshold, null);
    }

    private static AdmissionSubject numbers(Map<String, BigDecimal> tags) {
        return new AdmissionSubject(tags, Map.of(), Set.of(), null, null, null, false);
    }

    private static AdmissionSubject followersOf(String value) {
        return numbers(Map.of("followers", new BigDecimal(value)));
    }

    @Test
    void gteBelowFailsWithExplicitBilingualReason() {
        RuleOutcome outcome = followers(RuleOperator.GTE, "100000.0000").evaluate(followersOf("80000"));
        assertThat(outcome.ruleId()).isEqualTo(ID);
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.reasonZh()).isEqualTo("粉丝数 80000 低于门槛 100000");
        assertThat(outcome.reasonEn()).isEqualTo("Followers 80000 is below the threshold 100000");
    }

    @Test
    void gteEqualAndAbovePass() {
        RuleOutcome equal = followers(RuleOperator.GTE, "100000").evaluate(followersOf("100000.00"));
        assertThat(equal.passed()).isTrue();
        assertThat(equal.reasonZh()).isEqualTo("粉丝数 100000 达到门槛 100000");
        assertThat(equal.reasonEn()).isEqualTo("Followers 100000 meets the threshold 100000");
        assertThat(followers(RuleOperator.GTE, "100000").evaluate(followersOf("2500000")).passed()).isTrue();
        assertThat(followers(RuleOperator.GTE, "100000").evaluate(followersOf("99999.9999")).passed()).isFalse();
    }

    @Test
    void lteBoundaryPassesAndAboveFails() {
        AdmissionRuleView price = rule(SubjectKind.FIELD, "priceAmount", "价格", "Price", RuleOperator.LTE, "5000", null);
        assertThat(price.evaluate(new AdmissionSubject(null, null, null, null, new BigDecimal("5000"), null, false)).passed())
                .isTrue();
        assertThat(price.evaluate(new AdmissionSubject(null, null, null, null, new BigDecimal("4999.5"), null, false)).passed())
                .isTrue();
        RuleOutcome above = price.evaluate(new AdmissionSubject(null, null, null, null, new BigDecimal("5000.01"), null, false));
        assertThat(above.passed()).isFalse();
        assertThat(above.reasonZh()).isEqualTo("价格 5000.01 高于上限 5000");
        assertThat(above.reasonEn()).isEqualTo("Price 5000.01 is above the limit 5000");
    }

    @Test
    void eqOnNumbersComparesNumerically() {
        AdmissionRuleView stores = rule(SubjectKind.TAG, "store_count", "门店数", "Store count", RuleOperator.EQ, "12", null);
        assertThat(stores.evaluate(numbers(Map.of("store_count", new BigDecimal("12.000")))).passed()).isTrue();
        RuleOutcome other = stores.evaluate(numbers(Map.of("store_count", new BigDecimal("13"))));
        assertThat(other.passed()).isFalse();
        assertThat(other.reasonZh()).contains("13").contains("12").contains("不等于");
        assertThat(other.reasonEn()).isEqualTo("Store count 13 is not the required 12");
    }

    @Test
    void eqOnTextIgnoresCaseAndSurroundingSpace() {
        AdmissionRuleView age = rule(SubjectKind.TAG, "age_group", "主要年龄段", "Main age group", RuleOperator.EQ, null, "18-35");
        assertThat(age.evaluate(new AdmissionSubject(null, Map.of("age_group", " 18-35 "), null, null, null, null, false))
                .passed()).isTrue();
        RuleOutcome wrong = age.evaluate(new AdmissionSubject(null, Map.of("age_group", "36-50"), null, null, null, null, false));
        assertThat(wrong.passed()).isFalse();
        assertThat(wrong.reasonZh()).isEqualTo("主要年龄段 为 36-50，要求为 18-35");
        assertThat(wrong.reasonEn()).isEqualTo("Main age group is 36-50, required 18-35");
        RuleOutcome missing = age.evaluate(new AdmissionSubject(null, Map.of("age_group", "  "), null, null, null, null, false));
        assertThat(missing.passed()).isFalse();
        assertThat(missing.reasonEn()).contains("missing");
    }

    @Test
    void missingNumberFailsSayingMissing() {
        RuleOutcome outcome = followers(RuleOperator.GTE, "100000").evaluate(numbers(Map.of("store_area_m2", BigDecimal.TEN)));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.reasonZh()).isEqualTo("缺少 粉丝数（要求不少于 100000）");
        assertThat(outcome.reasonEn()).isEqualTo("Followers is missing (required at least 100000)");
        assertThat(followers(RuleOperator.LTE, "5").evaluate(new AdmissionSubject(null, null, null, null, null, null, false))
                .reasonEn()).isEqualTo("Followers is missing (required at most 5)");
    }

    @Test
    void aNumberGivenAsTextDoesNotCount() {
        RuleOutcome outcome = followers(RuleOperator.GTE, "100000")
                .evaluate(new AdmissionSubject(null, Map.of("followers", "200000"), null, null, null, null, false));
        assertThat(outcome.passed()).isFalse();
        assertThat(outcome.reasonEn()).contains("missing");
    }

    @Test
    void presentOnTagsOfEveryKind() {
        AdmissionRuleView exclusive = rule(SubjectKind.TAG, "exclusive_rights", "独家代理权", "Exclusive agency rights",
                RuleOperator.PRESENT, null, null);
        assertThat(exclusive.evaluate(new AdmissionSubject(null, null, Set.of("exclusive_rights"), null, null, null, false))
                .passed()).isTrue();
        RuleOutcome absent = exclusive.evaluate(new AdmissionSubject(null, null, Set.of("beauty"), null, null, null, false));
        assertThat(absent.passed()).isFalse();
        assertThat(absent.reasonZh()).isEqualTo("缺少 独家代理权");
        assertThat(absent.reasonEn()).isEqualTo("Exclusive agency rights is missing");
        AdmissionRuleView anyFollowers = followers(RuleOperator.PRESENT, null);
        assertThat(anyFollowers.evaluate(followersOf("0")).passed()).isTrue();
        assertThat(anyFollowers.evaluate(numbers(Map.of())).passed()).isFalse();
    }

    @Test
    void presentOnFields() {
        AdmissionSubject empty = new AdmissionSubject(null, null, null, null, null, " ", false);
        AdmissionSubject full = new AdmissionSubject(null, null, null, BigDecimal.ONE, BigDecimal.ZERO, "旗舰店", true);
        for (String field : new String[] {"capacityAmount", "priceAmount", "description", "location"}) {
            AdmissionRuleView present = rule(SubjectKind.FIELD, field, field, field, RuleOperator.PRESENT, null, null);
            assertThat(present.evaluate(empty).passed()).as(field + " absent").isFalse();
            assertThat(present.evaluate(empty).reasonEn()).isEqualTo(field + " is missing");
            assertThat(present.evaluate(full).passed()).as(field + " present").isTrue();
        }
    }

    @Test
    void fieldNumbersCompare() {
        AdmissionRuleView capacity = rule(SubjectKind.FIELD, "capacityAmount", "容量", "Capacity", RuleOperator.GTE, "100", null);
        assertThat(capacity.evaluate(new AdmissionSubject(null, null, null, new BigDecimal("100"), null, null, false)).passed())
                .isTrue();
        assertThat(capacity.evaluate(new AdmissionSubject(null, null, null, new BigDecimal("99"), null, null, false)).passed())
                .isFalse();
        assertThat(capacity.evaluate(new AdmissionSubject(null, null, null, null, null, null, false)).reasonZh())
                .isEqualTo("缺少 容量（要求不少于 100）");
    }

    @Test
    void storeAreaExampleOfTheDocuments() {
        AdmissionRuleView area = rule(SubjectKind.TAG, "store_area_m2", "门店面积", "Store area", RuleOperator.GTE, "50", null);
        assertThat(area.evaluate(numbers(Map.of("store_area_m2", new BigDecimal("50")))).passed()).isTrue();
        RuleOutcome small = area.evaluate(numbers(Map.of("store_area_m2", new BigDecimal("42.5"))));
        assertThat(small.passed()).isFalse();
        assertThat(small.reasonZh()).isEqualTo("门店面积 42.5 低于门槛 50");
    }

    @Test
    void nullSubjectIsRefused() {
        assertThatThrownBy(() -> followers(RuleOperator.GTE, "1").evaluate(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void thresholdsAreShownPlain() {
        assertThat(AdmissionRuleView.normalize(new BigDecimal("100000.0000")).toPlainString()).isEqualTo("100000");
        assertThat(AdmissionRuleView.normalize(new BigDecimal("0.0500")).toPlainString()).isEqualTo("0.05");
    }
}
