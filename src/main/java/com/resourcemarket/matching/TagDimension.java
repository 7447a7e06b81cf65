package com.resourcemarket.matching;

/** The tag dictionary's dimensions; tag fit is scored per dimension, each with its own weight. */
public enum TagDimension {
    INDUSTRY, TYPE, ATTRIBUTE, VALUE
}
