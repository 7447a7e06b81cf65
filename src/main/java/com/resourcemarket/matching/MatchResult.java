package com.resourcemarket.matching;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * One ranked resource.
 *
 * @param score       0–100, scale 4: exactly the sum of {@code explanation}'s contributions
 * @param evaluation  the resource's evaluation score (the first tie-break), null when not evaluated
 * @param distanceKm  distance to the request's point, null without a point
 */
public record MatchResult(UUID resourceId, UUID ownerPartnerId, BigDecimal score, BigDecimal evaluation, Double distanceKm,
                          List<FactorContribution> explanation) {

    public MatchResult {
        explanation = List.copyOf(explanation);
    }
}
