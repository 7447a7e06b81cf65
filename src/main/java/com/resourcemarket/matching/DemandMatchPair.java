package com.resourcemarket.matching;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A (demand, resource) pair found by reverse matching; its partner was told once, when the row was written. */
@Entity
@Table(name = "demand_match_pairs")
@IdClass(DemandMatchPair.Key.class)
public class DemandMatchPair extends PanacheEntityBase {

    @Id
    @Column(name = "demand_id")
    public UUID demandId;

    @Id
    @Column(name = "resource_id")
    public UUID resourceId;

    @Column(nullable = false, precision = 9, scale = 4)
    public BigDecimal score;

    @Column(name = "explanation_json", nullable = false, columnDefinition = "TEXT")
    public String explanationJson;

    @Column(name = "notified_at", nullable = false)
    public Instant notifiedAt;

    public static class Key implements Serializable {
        public UUID demandId;
        public UUID resourceId;

        public Key() {
        }

        public Key(UUID demandId, UUID resourceId) {
            this.demandId = demandId;
            this.resourceId = resourceId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(demandId, k.demandId) && Objects.equals(resourceId, k.resourceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(demandId, resourceId);
        }
    }
}
