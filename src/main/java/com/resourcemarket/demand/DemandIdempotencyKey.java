package com.resourcemarket.demand;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * An {@code Idempotency-Key} a partner used to submit a demand, with the SHA-256 of the canonical request. The
 * database keeps (partner, key) unique, so two racing submissions cannot both create a demand.
 */
@Entity
@Table(name = "demand_idempotency_keys")
public class DemandIdempotencyKey extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    @Column(name = "idempotency_key", nullable = false, length = 64)
    public String key;

    @Column(name = "request_hash", nullable = false, length = 64)
    public String requestHash;

    @Column(name = "demand_id", nullable = false)
    public UUID demandId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
