package com.resourcemarket.catalogue.reference;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * What admission rules look at in a resource: its tag values by key (numbers, texts, flags) and the fields a rule
 * may name. Null collections are read as empty.
 */
public record AdmissionSubject(Map<String, BigDecimal> numberTags, Map<String, String> textTags, Set<String> flagTags,
                               BigDecimal capacityAmount, BigDecimal priceAmount, String description,
                               boolean hasLocation) {

    public AdmissionSubject {
        numberTags = numberTags == null ? Map.of() : numberTags;
        textTags = textTags == null ? Map.of() : textTags;
        flagTags = flagTags == null ? Set.of() : flagTags;
    }
}
