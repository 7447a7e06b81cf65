package com.resourcemarket.catalogue.reference;

/** What a tag carries on a resource - nothing (a flag), a text, or a number compared numerically. */
public enum ValueKind {
    FLAG, TEXT, NUMBER
}
