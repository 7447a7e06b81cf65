package com.resourcemarket.matching;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/** One ranked result of a {@link MatchRun}: resource summary and explanation as JSON text. */
@Entity
@Table(name = "match_run_results")
@IdClass(MatchRunResult.Key.class)
public class MatchRunResult extends PanacheEntityBase {

    @Id
    @Column(name = "run_id")
    public UUID runId;

    @Id
    @Column(name = "position")
    public int position;

    @Column(name = "resource_id", nullable = false)
    public UUID resourceId;

    @Column(name = "owner_partner_id")
    public UUID ownerPartnerId;

    @Column(nullable = false, precision = 9, scale = 4)
    public BigDecimal score;

    @Column(name = "summary_json", nullable = false, columnDefinition = "TEXT")
    public String summaryJson;

    @Column(name = "explanation_json", nullable = false, columnDefinition = "TEXT")
    public String explanationJson;

    public static class Key implements Serializable {
        public UUID runId;
        public int position;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(runId, k.runId) && position == k.position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(runId, position);
        }
    }
}
