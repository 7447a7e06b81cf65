package com.resourcemarket.matching;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One stored run of the matching engine for a demand: when, by whom, with which weights, how many results. */
@Entity
@Table(name = "match_runs")
public class MatchRun extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "demand_id", nullable = false)
    public UUID demandId;

    @Column(name = "trigger_kind", nullable = false, length = 16)
    public String triggerKind;

    @Column(name = "weights_scope", nullable = false, length = 80)
    public String weightsScope;

    @Column(name = "weights_json", nullable = false, columnDefinition = "TEXT")
    public String weightsJson;

    @Column(name = "result_count", nullable = false)
    public int resultCount;

    @Column(name = "requested_by", nullable = false)
    public String requestedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
