package com.resourcemarket.cooperation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One step of a cooperation's timeline (the proposal included), kept forever. */
@Entity
@Table(name = "cooperation_events")
public class CooperationEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "cooperation_id", nullable = false, updatable = false)
    public UUID cooperationId;

    @Enumerated(EnumType.STRING)
    @Column(length = 24, updatable = false)
    public CooperationAction action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16, updatable = false)
    public CooperationStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 16, updatable = false)
    public CooperationStatus toStatus;

    @Column(length = 1000, updatable = false)
    public String reason;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public Instant occurredAt;
}
