package com.resourcemarket.matching;

/** Operators of a must-have constraint. */
public enum MatchOperator {
    /** Number equal to {@code value}, text equal to {@code text} (case-insensitive), or with neither: the tag is present (flag). */
    EQ,
    GTE,
    LTE,
    /** {@code value} ≤ x ≤ {@code valueTo}. */
    BETWEEN
}
