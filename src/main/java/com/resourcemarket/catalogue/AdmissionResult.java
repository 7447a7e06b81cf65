package com.resourcemarket.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The admission rules of the resource's type evaluated at a submission, each rule's pass/fail and reason. */
@Entity
@Table(name = "resource_admission_results")
public class AdmissionResult extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "resource_id", nullable = false)
    public UUID resourceId;

    @Column(nullable = false)
    public boolean passed;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public List<ResourceDtos.AdmissionOutcomeView> outcomes;

    @Column(name = "evaluated_at", nullable = false)
    public Instant evaluatedAt;

    @Column(nullable = false)
    public String actor;
}
