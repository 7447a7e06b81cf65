package com.resourcemarket.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** The evaluation model's current weights (quality 40, match fit 30, cost 20, growth 10 by default). */
@Entity
@Table(name = "evaluation_weights")
public class EvaluationWeights extends PanacheEntityBase {

    public static final byte CURRENT = 1;

    @Id
    public Byte id;

    @Embedded
    public WeightSet weights;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;

    @Version
    public long version;
}
