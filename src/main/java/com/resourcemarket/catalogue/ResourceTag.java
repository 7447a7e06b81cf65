package com.resourcemarket.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.math.BigDecimal;

/** One four-dimension tag on a resource: a dictionary key with a text value, a number with unit, or nothing (a flag). */
@Embeddable
public class ResourceTag {

    @Column(name = "dimension", nullable = false, length = 16)
    public String dimension;

    @Column(name = "tag_key", nullable = false, length = 64)
    public String key;

    @Column(name = "text_value", length = 200)
    public String textValue;

    @Column(name = "number_value", precision = 20, scale = 4)
    public BigDecimal numberValue;

    @Column(name = "unit", length = 16)
    public String unit;
}
