package com.resourcemarket.demand;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.math.BigDecimal;

/** A hard constraint of a demand: a dictionary tag the matched resource must carry, compared by the operator. */
@Embeddable
public class DemandMustHave {

    @Column(name = "tag_key", nullable = false, length = 64)
    public String key;

    @Enumerated(EnumType.STRING)
    @Column(name = "operator", nullable = false, length = 16)
    public DemandOperator operator;

    @Column(name = "number_value", precision = 20, scale = 4)
    public BigDecimal numberValue;

    @Column(name = "number_value_to", precision = 20, scale = 4)
    public BigDecimal numberValueTo;

    @Column(name = "text_value", length = 200)
    public String textValue;
}
