package com.resourcemarket.matching;

import java.math.BigDecimal;

/**
 * One line of a match explanation.
 *
 * @param factor       {@link MatchFactor} name
 * @param weight       this factor's share of the 100 points for this request (the configured weight normalised over
 *                     the factors that apply; scale 4; the shares of one result sum to exactly 100)
 * @param value        the factor's normalised value in [0, 1] (scale 4)
 * @param contribution {@code weight × value} rounded HALF_EVEN to scale 4; a result's contributions sum to its score
 */
public record FactorContribution(MatchFactor factor, BigDecimal weight, BigDecimal value, BigDecimal contribution) {
}
