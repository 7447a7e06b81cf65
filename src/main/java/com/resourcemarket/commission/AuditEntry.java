package com.resourcemarket.commission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One change to a commission object: who, when, what it was before and after (JSON). Append-only. */
@Entity
@Table(name = "commission_audit")
public class AuditEntry extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "entity_type", nullable = false, length = 32)
    public String entityType;

    @Column(name = "entity_id", nullable = false, length = 64)
    public String entityId;

    @Column(nullable = false, length = 32)
    public String action;

    @Column(nullable = false)
    public String actor;

    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;

    @Column(name = "before_json", columnDefinition = "MEDIUMTEXT")
    public String beforeJson;

    @Column(name = "after_json", columnDefinition = "MEDIUMTEXT")
    public String afterJson;
}
