package com.resourcemarket.commission.settlement;

import com.resourcemarket.core.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A partner's commission statement for one month. Amounts never change once APPROVED. */
@Entity
@Table(name = "commission_statements")
public class Statement extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "run_id", nullable = false, updatable = false)
    public UUID runId;

    @Column(nullable = false, updatable = false)
    public int period;

    @Column(name = "partner_id", nullable = false, updatable = false)
    public UUID partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public StatementStatus status;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "lines_total", nullable = false)
    public BigDecimal linesTotal;

    @Column(name = "brought_forward", nullable = false)
    public BigDecimal broughtForward;

    @Column(nullable = false)
    public BigDecimal balance;

    @Column(nullable = false)
    public BigDecimal held;

    @Column(nullable = false)
    public BigDecimal payable;

    @Column(name = "carried_forward", nullable = false)
    public BigDecimal carriedForward;

    @Column(name = "payable_reason", length = 200)
    public String payableReason;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "approved_by")
    public String approvedBy;

    @Column(name = "approved_at")
    public Instant approvedAt;

    @Column(name = "paid_at")
    public Instant paidAt;

    @Column(name = "payout_reference", length = 100)
    public String payoutReference;

    @Column(name = "dispute_reason", length = 1000)
    public String disputeReason;

    @Column(length = 1000)
    public String resolution;
}
