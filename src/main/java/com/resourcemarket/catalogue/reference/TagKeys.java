package com.resourcemarket.catalogue.reference;

/** Shape of tag keys: lower-case snake case, e.g. {@code store_area_m2}. */
final class TagKeys {

    static final String PATTERN = "^[a-z][a-z0-9_]{0,63}$";

    private TagKeys() {
    }
}
