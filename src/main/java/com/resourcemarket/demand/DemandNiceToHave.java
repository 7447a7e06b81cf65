package com.resourcemarket.demand;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A preference of a demand: a dictionary tag with a weight 1-10 the matching engine adds to its score. */
@Embeddable
public class DemandNiceToHave {

    @Column(name = "tag_key", nullable = false, length = 64)
    public String key;

    @Column(name = "weight", nullable = false)
    public int weight;
}
