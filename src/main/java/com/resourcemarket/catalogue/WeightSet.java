package com.resourcemarket.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** The four weights of the evaluation model in percent, as stored with the current setting and its history. */
@Embeddable
public class WeightSet {

    @Column(nullable = false)
    public int quality;

    @Column(name = "match_fit", nullable = false)
    public int matchFit;

    @Column(name = "cooperation_cost", nullable = false)
    public int cooperationCost;

    @Column(name = "growth_potential", nullable = false)
    public int growthPotential;

    static WeightSet of(int quality, int matchFit, int cooperationCost, int growthPotential) {
        WeightSet weights = new WeightSet();
        weights.quality = quality;
        weights.matchFit = matchFit;
        weights.cooperationCost = cooperationCost;
        weights.growthPotential = growthPotential;
        return weights;
    }

    int sum() {
        return quality + matchFit + cooperationCost + growthPotential;
    }
}
