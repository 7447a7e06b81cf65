package com.resourcemarket.partner;

/** The dimension of a partner tag: the four dimensions of the catalogue (行业-类型-属性-价值) plus region. */
public enum TagDimension {
    INDUSTRY, TYPE, ATTRIBUTE, VALUE, REGION
}
