package com.resourcemarket.catalogue.reference;

/** What an admission rule tests - a tag of the dictionary or a field of the resource. */
public enum SubjectKind {
    TAG, FIELD
}
