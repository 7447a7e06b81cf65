package com.resourcemarket.cooperation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** One side's review of a cooperation: a rating 1–5 and a comment. At most one per side. */
@Entity
@Table(name = "cooperation_reviews")
@IdClass(CooperationReview.Key.class)
public class CooperationReview extends PanacheEntityBase {

    @Id
    @Column(name = "cooperation_id", nullable = false, updatable = false)
    public UUID cooperationId;

    @Id
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    public ReviewSide side;

    @Column(nullable = false, updatable = false)
    public int rating;

    @Column(length = 2000, updatable = false)
    public String comment;

    @Column(nullable = false, updatable = false)
    public String reviewer;

    @Column(name = "reviewed_at", nullable = false, updatable = false)
    public Instant reviewedAt;

    /** Composite primary key (cooperation, side). */
    public static class Key implements Serializable {
        public UUID cooperationId;
        public ReviewSide side;

        public Key() {
        }

        public Key(UUID cooperationId, ReviewSide side) {
            this.cooperationId = cooperationId;
            this.side = side;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(cooperationId, k.cooperationId) && side == k.side;
        }

        @Override
        public int hashCode() {
            return Objects.hash(cooperationId, side);
        }
    }
}
