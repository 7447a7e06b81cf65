package com.resourcemarket.matching;

/**
 * Relative weights of the ranking factors (any non-negative numbers; they are normalised over the factors that apply
 * to a request, so only ratios matter). Later configurable per category. {@link #defaults()} sums to 100:
 * tag fit INDUSTRY 15, TYPE 10, ATTRIBUTE 10, VALUE 10; grade 10; evaluation 15; monthly quality 5; price 10;
 * distance 10; history 5.
 */
public record MatchWeights(double tagIndustry, double tagType, double tagAttribute, double tagValue,
                           double grade, double evaluation, double monthlyQuality, double price,
                           double distance, double history) {

    public MatchWeights {
        double[] all = {tagIndustry, tagType, tagAttribute, tagValue, grade, evaluation, monthlyQuality, price, distance, history};
        for (double w : all) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("weights must be finite and >= 0");
            }
        }
    }

    public static MatchWeights defaults() {
        return new MatchWeights(15, 10, 10, 10, 10, 15, 5, 10, 10, 5);
    }

    public double tag(TagDimension dimension) {
        return switch (dimension) {
            case INDUSTRY -> tagIndustry;
            case TYPE -> tagType;
            case ATTRIBUTE -> tagAttribute;
            case VALUE -> tagValue;
        };
    }
}
