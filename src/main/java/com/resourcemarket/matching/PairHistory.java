package com.resourcemarket.matching;

/**
 * What happened between a demander partner and a resource owner partner.
 *
 * @param meanRating mean review rating 1–5, or null when there are no reviews
 */
public record PairHistory(int completed, Double meanRating, int cancellations, int disputes) {

    public static final PairHistory NONE = new PairHistory(0, null, 0, 0);

    public PairHistory {
        if (completed < 0 || cancellations < 0 || disputes < 0) {
            throw new IllegalArgumentException("counts must be >= 0");
        }
        if (meanRating != null && !(meanRating >= 1 && meanRating <= 5)) {
            throw new IllegalArgumentException("meanRating must be within 1..5");
        }
    }
}
