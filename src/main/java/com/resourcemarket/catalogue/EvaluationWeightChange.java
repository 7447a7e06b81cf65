package com.resourcemarket.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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

    @Embedded
    public WeightSet weights;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
