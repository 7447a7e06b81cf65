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

/** One lifecycle transition of a resource, kept forever. */
@Entity
@Table(name = "resource_lifecycle_events")
public class LifecycleEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "resource_id", nullable = false)
    public UUID resourceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    public LifecycleAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    public ResourceStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 16)
    public ResourceStatus toStatus;

    @Column(length = 1000)
    public String reason;

    @Column(nullable = false)
    public String actor;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
}
