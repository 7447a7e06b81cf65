package com.resourcemarket.commission.settlement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A completed settlement of one month; its unique period guarantees a month is settled once. */
@Entity
@Table(name = "commission_settlement_runs")
public class SettlementRun extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public int period;

    @Column(nullable = false)
    public String status;

    @Column(name = "statement_count", nullable = false)
    public int statementCount;

    @Column(name = "line_count", nullable = false)
    public int lineCount;

    @Column(name = "event_count", nullable = false)
    public long eventCount;

    @Column(name = "started_by", nullable = false)
    public String startedBy;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "completed_at", nullable = false)
    public Instant completedAt;
}
