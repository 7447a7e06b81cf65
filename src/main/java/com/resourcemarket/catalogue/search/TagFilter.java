package com.resourcemarket.catalogue.search;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A filter on one tag key. EQ with {@code text} matches the tag's text value (case-insensitive); EQ with
 * {@code from} matches its number; GTE/LTE/BETWEEN are inclusive numeric ranges.
 */
public record TagFilter(String key, Operator op, String text, BigDecimal from, BigDecimal to) {

    public enum Operator { EQ, GTE, LTE, BETWEEN }

    public TagFilter {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(op, "op");
        switch (op) {
            case EQ -> {
                if ((text == null) == (from == null)) {
                    throw new IllegalArgumentException("Tag filter EQ on '" + key + "' needs exactly one of text or from");
                }
            }
            case GTE -> require(from, key, "GTE needs from");
            case LTE -> require(to, key, "LTE needs to");
            case BETWEEN -> {
                require(from, key, "BETWEEN needs from");
                require(to, key, "BETWEEN needs to");
            }
        }
    }

    public static TagFilter eq(String key, String text) {
        return new TagFilter(key, Operator.EQ, text, null, null);
    }

    public static TagFilter eq(String key, BigDecimal number) {
        return new TagFilter(key, Operator.EQ, null, number, null);
    }

    public static TagFilter gte(String key, BigDecimal from) {
        return new TagFilter(key, Operator.GTE, null, from, null);
    }

    public static TagFilter lte(String key, BigDecimal to) {
        return new TagFilter(key, Operator.LTE, null, null, to);
    }

    public static TagFilter between(String key, BigDecimal from, BigDecimal to) {
        return new TagFilter(key, Operator.BETWEEN, null, from, to);
    }

    private static void require(Object value, String key, String message) {
        if (value == null) {
            throw new IllegalArgumentException("Tag filter on '" + key + "': " + message);
        }
    }
}
