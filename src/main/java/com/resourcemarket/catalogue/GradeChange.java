package com.resourcemarket.catalogue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A grade set by a resource manager, with the reason; the history of a resource's grades. */
@Entity
@Table(name = "resource_grade_changes")
public class GradeChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "resource_id", nullable = false)
    public UUID resourceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_grade", length = 16)
    public Grade fromGrade;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_grade", nullable = false, length = 16)
    public Grade toGrade;

    @Column(nullable = false, length = 1000)
    public String reason;

    @Column(nullable = false)
    public String actor;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
}
