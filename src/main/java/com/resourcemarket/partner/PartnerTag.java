package com.resourcemarket.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One of a partner's own tags, e.g. REGION / region / 华东 or VALUE / annual_purchase / ≥ 5M CNY. */
@Embeddable
public class PartnerTag {

    @Enumerated(EnumType.STRING)
    @Column(name = "dimension", nullable = false, length = 16)
    public TagDimension dimension;

    @Column(name = "tag_key", nullable = false, length = 64)
    public String key;

    @Column(name = "tag_value", nullable = false, length = 200)
    public String value;
}
