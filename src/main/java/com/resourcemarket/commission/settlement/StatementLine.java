package com.resourcemarket.commission.settlement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

/** One cooperation × contribution type of a statement. Written by the settlement run; only the hold can change. */
@Entity
@Table(name = "commission_statement_lines")
public class StatementLine extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "statement_id", nullable = false, updatable = false)
    public UUID statementId;

    @Column(nullable = false, updatable = false)
    public int period;

    @Column(nullable = false, updatable = false)
    public int position;

    @Column(name = "cooperation_id", nullable = false, updatable = false)
    public UUID cooperationId;

    @Column(name = "resource_id", nullable = false, updatable = false)
    public UUID resourceId;

    @Column(name = "category_code", nullable = false, updatable = false)
    public String categoryCode;

    @Column(name = "contribution_type", nullable = false, updatable = false)
    public String contributionType;

    @Column(name = "plan_version_id", nullable = false, updatable = false)
    public UUID planVersionId;

    @Column(name = "rule_id", updatable = false)
    public UUID ruleId;

    @Column(name = "rule_scope", updatable = false)
    public String ruleScope;

    @Column(updatable = false)
    public String basis;

    @Column(name = "tier_mode", updatable = false)
    public String tierMode;

    @Column(name = "gross_volume", nullable = false, updatable = false)
    public BigDecimal grossVolume;

    @Column(name = "refunded_volume", nullable = false, updatable = false)
    public BigDecimal refundedVolume;

    @Column(nullable = false, updatable = false)
    public BigDecimal volume;

    @Column(name = "order_count", nullable = false, updatable = false)
    public long orderCount;

    @Column(name = "event_count", nullable = false, updatable = false)
    public long eventCount;

    @Column(name = "tier_reached", updatable = false)
    public Integer tierReached;

    @Column(name = "rates_applied", updatable = false)
    public String ratesApplied;

    @Column(name = "effective_rate", nullable = false, updatable = false)
    public BigDecimal effectiveRate;

    @Column(nullable = false, updatable = false)
    public BigDecimal commission;

    @Column(name = "clawback_volume", nullable = false, updatable = false)
    public BigDecimal clawbackVolume;

    @Column(nullable = false, updatable = false)
    public BigDecimal clawback;

    @Column(nullable = false, updatable = false)
    public BigDecimal total;

    @Column(name = "hold_reason", length = 1000)
    public String holdReason;
}
