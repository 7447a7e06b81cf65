package com.resourcemarket.catalogue.reference;

/** The four tag dimensions (四维标签): industry 行业, type 类型, attribute 属性, value 价值. */
public enum TagDimension {
    INDUSTRY, TYPE, ATTRIBUTE, VALUE
}
