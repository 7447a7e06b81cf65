package com.resourcemarket.catalogue.search;

import java.math.BigDecimal;
import java.util.List;

/**
 * One tag of a resource. Labels and synonyms are searchable text; {@code textValue} is matched exactly
 * (case-insensitive) by a {@link TagFilter} EQ, {@code numberValue} by EQ/GTE/LTE/BETWEEN.
 *
 * @param dimension INDUSTRY, TYPE, ATTRIBUTE or VALUE
 * @param key       stable tag key, e.g. "daily_uv"; filters address tags by key (case-insensitive)
 */
public record TagValue(String dimension, String key, String labelZh, String labelEn, List<String> synonyms,
                       String textValue, BigDecimal numberValue, String unit) {

    public TagValue {
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    }
}
