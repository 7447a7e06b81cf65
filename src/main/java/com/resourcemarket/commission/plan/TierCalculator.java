package com.resourcemarket.commission.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The commission of one statement line from its tier table. Pure: no state, no I/O.
 *
 * <p>Tiers are sorted by {@code from}; the first starts at 0. The measure is the GMV (basis GMV) or the order count
 * (basis ORDER_COUNT). The tier <em>reached</em> is the last one whose {@code from} is at most the measure: a measure
 * exactly on a threshold reaches the higher tier.
 * <ul>
 *   <li>WHOLE: commission = GMV × rate of the tier reached.</li>
 *   <li>MARGINAL, GMV: commission = Σ rate<sub>i</sub> × (the part of the GMV inside [from<sub>i</sub>, from<sub>i+1</sub>)).</li>
 *   <li>MARGINAL, ORDER_COUNT: each bracket holds the orders counted inside it; the GMV is shared between brackets in
 *       proportion to their orders: commission = GMV × Σ(orders<sub>i</sub> × rate<sub>i</sub>) / orders.</li>
 * </ul>
 * The exact result is rounded <b>once</b>, HALF_UP to 0.01 (the division of the last case is done directly at that
 * scale, so there is no intermediate rounding either).
 */
public final class TierCalculator {

    /** Scale of the effective rate recorded on a line (used to claw back refunds of the line later). */
    public static final int RATE_SCALE = 10;

    private TierCalculator() {
    }

    /**
     * @param tierReached  1-based index of the tier reached
     * @param ratesApplied the rates that earned something (WHOLE: one; MARGINAL: one per bracket touched)
     * @param commission   the commission rounded HALF_UP to 0.01
     * @param effectiveRate commission before rounding ÷ GMV, at {@value #RATE_SCALE} decimals (the reached tier's rate
     *                     when the GMV is 0)
     */
    public record Result(int tierReached, List<BigDecimal> ratesApplied, BigDecimal commission, BigDecimal effectiveRate) {
    }

    public static Result compute(TierMode mode, VolumeBasis basis, List<Tier> tiers, BigDecimal gmv, long orders) {
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("a tier table needs at least one tier");
        }
        BigDecimal measure = basis == VolumeBasis.GMV ? gmv : BigDecimal.valueOf(orders);
        int reached = 0;
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).from().compareTo(measure) <= 0) {
                reached = i;
            }
        }
        if (gmv.signum() <= 0) {
            BigDecimal rate = tiers.get(reached).rate();
            return new Result(reached + 1, List.of(rate), BigDecimal.ZERO.setScale(2), rate.setScale(RATE_SCALE, RoundingMode.HALF_UP));
        }
        if (mode == TierMode.WHOLE) {
            BigDecimal rate = tiers.get(reached).rate();
            BigDecimal exact = gmv.multiply(rate);
            return new Result(reached + 1, List.of(rate), exact.setScale(2, RoundingMode.HALF_UP),
                    rate.setScale(RATE_SCALE, RoundingMode.HALF_UP));
        }
        // MARGINAL: Σ portion_i × rate_i, portion_i = max(0, min(measure, to_i) - from_i)
        BigDecimal weighted = BigDecimal.ZERO;
        List<BigDecimal> applied = new ArrayList<>();
        for (int i = 0; i < tiers.size(); i++) {
            BigDecimal from = tiers.get(i).from();
            BigDecimal upper = i + 1 < tiers.size() ? measure.min(tiers.get(i + 1).from()) : measure;
            BigDecimal portion = upper.subtract(from);
            if (portion.signum() > 0) {
                weighted = weighted.add(portion.multiply(tiers.get(i).rate()));
                applied.add(tiers.get(i).rate());
            }
        }
        if (applied.isEmpty()) {
            applied.add(tiers.get(0).rate());
        }
        if (basis == VolumeBasis.GMV) {
            return new Result(reached + 1, applied, weighted.setScale(2, RoundingMode.HALF_UP),
                    weighted.divide(gmv, RATE_SCALE, RoundingMode.HALF_UP));
        }
        if (orders <= 0) {
            BigDecimal rate = tiers.get(0).rate();
            BigDecimal exact = gmv.multiply(rate);
            return new Result(reached + 1, List.of(rate), exact.setScale(2, RoundingMode.HALF_UP),
                    rate.setScale(RATE_SCALE, RoundingMode.HALF_UP));
        }
        BigDecimal count = BigDecimal.valueOf(orders);
        BigDecimal commission = gmv.multiply(weighted).divide(count, 2, RoundingMode.HALF_UP);
        BigDecimal effective = weighted.divide(count, RATE_SCALE, RoundingMode.HALF_UP);
        return new Result(reached + 1, applied, commission, effective);
    }

    /** A refund clawed back at a line's effective rate: exact product, rounded once HALF_UP to 0.01 by the caller. */
    public static BigDecimal clawback(BigDecimal refunded, BigDecimal effectiveRate) {
        return refunded.multiply(effectiveRate, MathContext.UNLIMITED);
    }
}
