package com.resourcemarket.core.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Version;

import java.time.Instant;

/**
 * Base for aggregate roots: creation/update timestamps and an optimistic-lock version, so a stale update is
 * refused rather than lost. Ids are chosen by each entity (UUIDs: no numeric ids leak through the API).
 */
@MappedSuperclass
public abstract class AuditedEntity extends PanacheEntityBase {

    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }
}
