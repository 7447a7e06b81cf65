package com.resourcemarket.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A past setting of the evaluation weights: who set what, and when. */
@Entity
@Table(name = "evaluation_weight_changes")
public class EvaluationWeightChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public int quality;

    @Column(name = "match_fit", nullable = false)
    public int matchFit;

    @Column(name = "cooperation_cost", nullable = false)
    public int cooperationCost;

    @Column(name = "growth_potential", nullable = false)
    public int growthPotential;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
