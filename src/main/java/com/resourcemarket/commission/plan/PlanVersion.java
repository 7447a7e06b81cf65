package com.resourcemarket.commission.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One version of a plan: its rules (JSON text), in force from {@code effectiveFrom}. Never updated. */
@Entity
@Table(name = "commission_plan_versions")
public class PlanVersion extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false, updatable = false)
    public UUID planId;

    @Column(nullable = false, updatable = false)
    public int number;

    @Column(name = "effective_from", nullable = false, updatable = false)
    public Instant effectiveFrom;

    @Column(name = "rules_json", nullable = false, updatable = false, columnDefinition = "MEDIUMTEXT")
    public String rulesJson;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
