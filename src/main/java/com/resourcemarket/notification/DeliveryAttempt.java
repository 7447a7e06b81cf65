package com.resourcemarket.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One attempt to deliver a webhook: the receiver's status code or the error, and how long it took. */
@Entity
@Table(name = "webhook_delivery_attempts")
public class DeliveryAttempt extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "delivery_id", nullable = false, updatable = false)
    public UUID deliveryId;

    @Column(name = "attempt", nullable = false, updatable = false)
    public int attempt;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    public Instant attemptedAt;

    @Column(name = "status_code", updatable = false)
    public Integer statusCode;

    @Column(name = "error", length = 500, updatable = false)
    public String error;

    @Column(name = "duration_ms", nullable = false, updatable = false)
    public long durationMs;
}
