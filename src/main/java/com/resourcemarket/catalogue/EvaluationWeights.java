package com.resourcemarket.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;

/** The evaluation model's weights in percent (quality 40, match fit 30, cost 20, growth 10 by default). */
@Entity
@Table(name = "evaluation_weights")
public class EvaluationWeights extends PanacheEntityBase {

    public static final byte CURRENT = 1;

    @Id
    public Byte id;

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

    @Version
    public long version;
}
