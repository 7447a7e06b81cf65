package com.resourcemarket.cooperation;

import com.resourcemarket.core.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A deal between the partner behind a demand and the owner of a matched resource; terms are frozen at SIGNED. */
@Entity
@Table(name = "cooperations")
public class Cooperation extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "demand_id", nullable = false, updatable = false)
    public UUID demandId;

    @Column(name = "resource_id", nullable = false, updatable = false)
    public UUID resourceId;

    /** The partner that submitted the demand. */
    @Column(name = "demander_partner_id", nullable = false, updatable = false)
    public UUID demanderPartnerId;

    /** The partner that owns the resource (the contributor that earns commission). */
    @Column(name = "owner_partner_id", nullable = false, updatable = false)
    public UUID ownerPartnerId;

    @Column(name = "category_code", nullable = false, updatable = false, length = 80)
    public String categoryCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public CooperationStatus status;

    /** The match score when it was proposed, for the record. */
    @Column(name = "match_score", precision = 7, scale = 4)
    public BigDecimal matchScore;

    @Column(name = "price_amount", precision = 18, scale = 2)
    public BigDecimal priceAmount;

    @Column(name = "price_currency", length = 3)
    public String priceCurrency;

    @Column(name = "quantity_amount", precision = 18, scale = 2)
    public BigDecimal quantityAmount;

    @Column(name = "quantity_unit", length = 32)
    public String quantityUnit;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    /** The commission plan agreed at signing; the commission feature binds the plan version in force then. */
    @Column(name = "commission_plan_id")
    public UUID commissionPlanId;

    @Column(name = "signed_at")
    public Instant signedAt;

    @Column(name = "closed_at")
    public Instant closedAt;

    @Column(name = "end_reason", length = 1000)
    public String endReason;

    /** A cancellation flagged as a dispute (counts as a dispute in the pair's history). */
    @Column(nullable = false)
    public boolean disputed;

    /** The status a cancelled cooperation was cancelled from. */
    @Enumerated(EnumType.STRING)
    @Column(name = "cancelled_from", length = 16)
    public CooperationStatus cancelledFrom;

    @Column(name = "proposed_by", nullable = false, updatable = false)
    public String proposedBy;

    public CooperationFacts facts() {
        return new CooperationFacts(id, demandId, resourceId, demanderPartnerId, ownerPartnerId, categoryCode, status,
                commissionPlanId, signedAt, endDate, closedAt);
    }
}
