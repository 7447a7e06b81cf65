package com.resourcemarket.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

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

    @Convert(converter = AdmissionOutcomesJson.class)
    @Column(nullable = false, columnDefinition = "JSON")
    public List<ResourceDtos.AdmissionOutcomeView> outcomes;

    @Column(name = "evaluated_at", nullable = false)
    public Instant evaluatedAt;

    @Column(nullable = false)
    public String actor;
}
