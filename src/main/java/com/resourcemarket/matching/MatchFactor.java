package com.resourcemarket.matching;

/** The ranking factors, in explanation order. */
public enum MatchFactor {
    TAG_INDUSTRY, TAG_TYPE, TAG_ATTRIBUTE, TAG_VALUE, GRADE, EVALUATION, MONTHLY_QUALITY, PRICE, DISTANCE, HISTORY;

    static MatchFactor tag(TagDimension d) {
        return switch (d) {
            case INDUSTRY -> TAG_INDUSTRY;
            case TYPE -> TAG_TYPE;
            case ATTRIBUTE -> TAG_ATTRIBUTE;
            case VALUE -> TAG_VALUE;
        };
    }
}
