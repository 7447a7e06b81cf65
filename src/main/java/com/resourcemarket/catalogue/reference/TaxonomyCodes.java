package com.resourcemarket.catalogue.reference;

/** Shape of taxonomy codes: {@code channel.category} for a category, {@code channel.category.type} for a type. */
final class TaxonomyCodes {

    static final String PATTERN = "^(online|offline)\\.[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)?$";

    private TaxonomyCodes() {
    }
}
