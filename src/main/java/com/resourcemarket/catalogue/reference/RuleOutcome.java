package com.resourcemarket.catalogue.reference;

import java.util.UUID;

/**
 * The result of one admission rule for one resource, with its reason in Chinese and English, e.g.
 * {@code 粉丝数 80000 低于门槛 100000} / {@code Followers 80000 is below the threshold 100000}.
 */
public record RuleOutcome(UUID ruleId, boolean passed, String reasonZh, String reasonEn) {
}
