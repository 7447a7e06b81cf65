package com.resourcemarket.catalogue.reference;

/** How an admission rule compares - at least, at most, equal, or just present. */
public enum RuleOperator {
    GTE, LTE, EQ, PRESENT
}
