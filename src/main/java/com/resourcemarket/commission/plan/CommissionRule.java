package com.resourcemarket.commission.plan;

import java.util.List;
import java.util.UUID;

/** A rule of a plan version as stored (JSON) and as settlement applies it. */
public record CommissionRule(UUID id, String contributionType, RuleScope scope, String scopeKey, VolumeBasis basis,
                             TierMode mode, List<Tier> tiers) {

    /** Whether this rule is for the given line (its scope key matches). */
    public boolean matches(String type, UUID cooperationId, UUID partnerId, String categoryCode) {
        if (!contributionType.equals(type)) {
            return false;
        }
        return switch (scope) {
            case COOPERATION -> cooperationId.toString().equalsIgnoreCase(scopeKey);
            case PARTNER -> partnerId.toString().equalsIgnoreCase(scopeKey);
            case CATEGORY -> categoryCode.equals(scopeKey);
            case DEFAULT -> true;
        };
    }

    /** The rule that applies by precedence cooperation > partner > category > default; null when none does. */
    public static CommissionRule resolve(List<CommissionRule> rules, String type, UUID cooperationId, UUID partnerId,
                                         String categoryCode) {
        for (RuleScope scope : RuleScope.values()) {
            for (CommissionRule rule : rules) {
                if (rule.scope() == scope && rule.matches(type, cooperationId, partnerId, categoryCode)) {
                    return rule;
                }
            }
        }
        return null;
    }
}
