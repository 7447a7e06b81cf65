package com.resourcemarket.commission.plan;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pure tier calculator: every boundary (just below, on, just above) of WHOLE and MARGINAL tables, and rounding. */
class TierCalculatorTest {

    /** 5 % from 0, 7 % from 10,000, 9 % from 50,000 (CNY or orders). */
    private static final List<Tier> TIERS = List.of(
            new Tier(new BigDecimal("0"), new BigDecimal("0.05")),
            new Tier(new BigDecimal("10000"), new BigDecimal("0.07")),
            new Tier(new BigDecimal("50000"), new BigDecimal("0.09")));

    @ParameterizedTest(name = "WHOLE GMV {0} -> tier {1}, {2}")
    @CsvSource({
            "0.00,      1, 0.00",
            "0.01,      1, 0.00",
            "9999.99,   1, 500.00",
            "10000.00,  2, 700.00",
            "10000.01,  2, 700.00",
            "49999.99,  2, 3500.00",
            "50000.00,  3, 4500.00",
            "50000.01,  3, 4500.00",
            "123456.78, 3, 11111.11"})
    void wholeByGmv(String gmv, int tier, String commission) {
        TierCalculator.Result result = TierCalculator.compute(TierMode.WHOLE, VolumeBasis.GMV, TIERS, new BigDecimal(gmv), 1);
        assertThat(result.tierReached()).isEqualTo(tier);
        assertThat(result.commission()).isEqualByComparingTo(commission);
        assertThat(result.commission().scale()).isEqualTo(2);
        assertThat(result.ratesApplied()).hasSize(1);
    }

    @ParameterizedTest(name = "MARGINAL GMV {0} -> tier {1}, {2}")
    @CsvSource({
            // below the first threshold: all at 5 %
            "9999.99,   1, 500.00",      // 499.9995 -> 500.00 (HALF_UP once)
            "10000.00,  2, 500.00",      // on the threshold: the higher bracket holds nothing yet
            "10000.01,  2, 500.00",      // 500 + 0.0007 -> 500.00
            "10000.10,  2, 500.01",      // 500 + 0.007 -> 500.007 -> 500.01
            "49999.99,  2, 3300.00",     // 500 + 39999.99*0.07 = 3299.9993 -> 3300.00
            "49999.90,  2, 3299.99",     // 500 + 39999.90*0.07 = 3299.993
            "50000.00,  3, 3300.00",
            "50000.01,  3, 3300.00",     // 3300 + 0.0009
            "60000.00,  3, 4200.00"})    // 3300 + 10000*0.09
    void marginalByGmv(String gmv, int tier, String commission) {
        TierCalculator.Result result = TierCalculator.compute(TierMode.MARGINAL, VolumeBasis.GMV, TIERS, new BigDecimal(gmv), 1);
        assertThat(result.tierReached()).isEqualTo(tier);
        assertThat(result.commission()).isEqualByComparingTo(commission);
    }

    @ParameterizedTest(name = "WHOLE orders {0} -> tier {1}, {2}")
    @CsvSource({
            "9999,  1, 50.00",
            "10000, 2, 70.00",
            "10001, 2, 70.00",
            "49999, 2, 70.00",
            "50000, 3, 90.00",
            "50001, 3, 90.00"})
    void wholeByOrderCount(long orders, int tier, String commission) {
        TierCalculator.Result result = TierCalculator.compute(TierMode.WHOLE, VolumeBasis.ORDER_COUNT, TIERS,
                new BigDecimal("1000.00"), orders);
        assertThat(result.tierReached()).isEqualTo(tier);
        assertThat(result.commission()).isEqualByComparingTo(commission);
    }

    @ParameterizedTest(name = "MARGINAL orders {0} -> tier {1}, {2}")
    @CsvSource({
            // GMV 100,000.00 shared in proportion to the orders in each bracket
            "9999,  1, 5000.00",
            "10000, 2, 5000.00",
            "10001, 2, 5000.20",
            "50000, 3, 6600.00",   // (10000*0.05 + 40000*0.07)/50000 = 0.066
            "50001, 3, 6600.00"})
    void marginalByOrderCount(long orders, int tier, String ignored) {
        BigDecimal gmv = new BigDecimal("100000.00");
        TierCalculator.Result result = TierCalculator.compute(TierMode.MARGINAL, VolumeBasis.ORDER_COUNT, TIERS, gmv, orders);
        assertThat(result.tierReached()).isEqualTo(tier);
        // independent recomputation: weighted rate = Σ orders_i × rate_i / orders
        long inFirst = Math.min(orders, 10000);
        long inSecond = Math.max(0, Math.min(orders, 50000) - 10000);
        long inThird = Math.max(0, orders - 50000);
        BigDecimal weighted = new BigDecimal("0.05").multiply(BigDecimal.valueOf(inFirst))
                .add(new BigDecimal("0.07").multiply(BigDecimal.valueOf(inSecond)))
                .add(new BigDecimal("0.09").multiply(BigDecimal.valueOf(inThird)));
        BigDecimal expected = gmv.multiply(weighted).divide(BigDecimal.valueOf(orders), 2, java.math.RoundingMode.HALF_UP);
        assertThat(result.commission()).isEqualByComparingTo(expected);
    }

    @Test
    void marginalOrderCountExamples() {
        BigDecimal gmv = new BigDecimal("100000.00");
        assertThat(TierCalculator.compute(TierMode.MARGINAL, VolumeBasis.ORDER_COUNT, TIERS, gmv, 10000).commission())
                .isEqualByComparingTo("5000.00");
        // (10000*0.05 + 1*0.07) / 10001 * 100000 = 500.07/10001*100000 = 5000.1999800... -> 5000.20
        assertThat(TierCalculator.compute(TierMode.MARGINAL, VolumeBasis.ORDER_COUNT, TIERS, gmv, 10001).commission())
                .isEqualByComparingTo("5000.20");
        assertThat(TierCalculator.compute(TierMode.MARGINAL, VolumeBasis.ORDER_COUNT, TIERS, gmv, 50000).commission())
                .isEqualByComparingTo("6600.00");
    }

    @Test
    void roundsHalfUpOnceToTheCent() {
        List<Tier> flat = List.of(new Tier(BigDecimal.ZERO, new BigDecimal("0.05")));
        // 0.10 * 0.05 = 0.005 -> 0.01 (HALF_UP), 0.09 * 0.05 = 0.0045 -> 0.00
        assertThat(TierCalculator.compute(TierMode.WHOLE, VolumeBasis.GMV, flat, new BigDecimal("0.10"), 1).commission())
                .isEqualByComparingTo("0.01");
        assertThat(TierCalculator.compute(TierMode.WHOLE, VolumeBasis.GMV, flat, new BigDecimal("0.09"), 1).commission())
                .isEqualByComparingTo("0.00");
        // rounding once: 3 × 0.0045 summed exactly is 0.0135 -> 0.01, not 3 × round(0.0045)=0.00
        assertThat(TierCalculator.compute(TierMode.WHOLE, VolumeBasis.GMV, flat, new BigDecimal("0.27"), 3).commission())
                .isEqualByComparingTo("0.01");
        TierCalculator.Result result = TierCalculator.compute(TierMode.MARGINAL, VolumeBasis.GMV, TIERS, new BigDecimal("60000.00"), 1);
        assertThat(result.effectiveRate()).isEqualByComparingTo("0.07");
        assertThat(result.ratesApplied()).extracting(BigDecimal::toPlainString).containsExactly("0.05", "0.07", "0.09");
    }

    @Test
    void zeroVolumeEarnsNothing() {
        TierCalculator.Result result = TierCalculator.compute(TierMode.MARGINAL, VolumeBasis.GMV, TIERS, BigDecimal.ZERO.setScale(2), 0);
        assertThat(result.commission()).isEqualByComparingTo("0.00");
        assertThat(result.tierReached()).isEqualTo(1);
    }

    @Test
    void needsTiers() {
        assertThatThrownBy(() -> TierCalculator.compute(TierMode.WHOLE, VolumeBasis.GMV, List.of(), BigDecimal.ONE, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
