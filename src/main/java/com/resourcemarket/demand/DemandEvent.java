package com.resourcemarket.demand;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One status change of a demand (the submission included), kept forever. */
@Entity
@Table(name = "demand_events")
public class DemandEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "demand_id", nullable = false)
    public UUID demandId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status", length = 16)
    public DemandStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status", nullable = false, length = 16)
    public DemandStatus toStatus;

    @Column(length = 1000)
    public String reason;

    @Column(nullable = false)
    public String actor;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
}
