package com.resourcemarket.commission.plan;

import java.math.BigDecimal;

/**
 * Why a rule of a plan cannot be saved: the field ({@code rules[i].tiers[j].rate}), what is wrong ({@link Kind}, so a
 * client can word it in its own language), the service's English message, and the type's bounds for
 * {@link Kind#RATE_OUT_OF_BOUNDS}. {@link PlanService#check} lists them all; saving refuses the first with a 400.
 */
public record RuleProblem(String field, Kind kind, String message, BigDecimal minRate, BigDecimal maxRate) {

    public enum Kind {
        UNKNOWN_TYPE,
        SCOPE_KEY_FORBIDDEN,
        SCOPE_KEY_REQUIRED,
        SCOPE_KEY_NOT_UUID,
        DUPLICATE_RULE,
        FIRST_TIER_NOT_ZERO,
        TIERS_NOT_ASCENDING,
        ORDERS_NOT_WHOLE,
        RATE_OUT_OF_BOUNDS
    }

    static RuleProblem of(String field, Kind kind, String message) {
        return new RuleProblem(field, kind, message, null, null);
    }
}
