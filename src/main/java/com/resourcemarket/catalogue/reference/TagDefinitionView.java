package com.resourcemarket.catalogue.reference;

import java.util.List;

/**
 * A tag of the dictionary as other features use it (matching, catalogue validation).
 *
 * @param unit     unit of a NUMBER tag's values (e.g. {@code %}, {@code m2}); null for other kinds or unitless numbers
 * @param synonyms other words (Chinese and English) search treats as this tag; immutable, at most 20
 */
public record TagDefinitionView(TagDimension dimension, String key, String labelZh, String labelEn,
                                ValueKind valueKind, String unit, List<String> synonyms) {

    public TagDefinitionView {
        synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
    }
}
