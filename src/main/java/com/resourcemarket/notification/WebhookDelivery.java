package com.resourcemarket.notification;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** An outbox row: one event for one webhook, written in the transaction of the business change. */
@Entity
@Table(name = "webhook_deliveries")
public class WebhookDelivery extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "webhook_id", nullable = false, updatable = false)
    public UUID webhookId;

    @Column(name = "partner_id", nullable = false, updatable = false)
    public UUID partnerId;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", nullable = false, length = 64, updatable = false)
    public EventType eventType;

    /** The exact JSON body sent (and signed). */
    @Column(name = "payload", nullable = false, columnDefinition = "MEDIUMTEXT", updatable = false)
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    public DeliveryStatus status;

    /** Attempts made in all (numbering of the log). */
    @Column(name = "attempts", nullable = false)
    public int attempts;

    /** Failed attempts since the row was (re)queued: drives back-off and the attempt limit. */
    @Column(name = "retry_count", nullable = false)
    public int retryCount;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "claim_token")
    public UUID claimToken;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_error", length = 500)
    public String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;
}
