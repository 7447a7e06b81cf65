package com.resourcemarket.commission.plan;

import java.math.BigDecimal;

/**
 * One row of a tier table: from {@code from} (inclusive) up to the next tier's {@code from} (exclusive), at {@code rate}
 * (a fraction: 0.05 is 5 %).
 */
public record Tier(BigDecimal from, BigDecimal rate) {
}
