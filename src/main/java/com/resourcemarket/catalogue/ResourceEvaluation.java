package com.resourcemarket.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** One evaluation (资源评估) of a resource: four sub-scores, the weights used, the resulting score. */
@Entity
@Table(name = "resource_evaluations")
public class ResourceEvaluation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "resource_id", nullable = false)
    public UUID resourceId;

    @Column(nullable = false, precision = 5, scale = 2)
    public BigDecimal quality;

    @Column(name = "match_fit", nullable = false, precision = 5, scale = 2)
    public BigDecimal matchFit;

    @Column(name = "cooperation_cost", nullable = false, precision = 5, scale = 2)
    public BigDecimal cooperationCost;

    @Column(name = "growth_potential", nullable = false, precision = 5, scale = 2)
    public BigDecimal growthPotential;

    @Column(name = "weight_quality", nullable = false)
    public int weightQuality;

    @Column(name = "weight_match_fit", nullable = false)
    public int weightMatchFit;

    @Column(name = "weight_cost", nullable = false)
    public int weightCost;

    @Column(name = "weight_growth", nullable = false)
    public int weightGrowth;

    @Column(nullable = false, precision = 5, scale = 2)
    public BigDecimal score;

    @Column(length = 1000)
    public String note;

    @Column(nullable = false)
    public String actor;

    @Column(name = "evaluated_at", nullable = false)
    public Instant evaluatedAt;
}
