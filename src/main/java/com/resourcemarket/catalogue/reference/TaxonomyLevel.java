package com.resourcemarket.catalogue.reference;

/** A taxonomy node is a category (大类) or a resource type (类型) below a category. */
public enum TaxonomyLevel {
    CATEGORY, TYPE
}
