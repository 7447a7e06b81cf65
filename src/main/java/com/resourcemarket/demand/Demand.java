package com.resourcemarket.demand;

import com.resourcemarket.core.persistence.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.BatchSize;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A partner's demand request (需求提报): what it looks for, where, how much, for what budget, until when. */
@Entity
@Table(name = "demands")
public class Demand extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    @Column(nullable = false, length = 200)
    public String title;

    @Column(columnDefinition = "TEXT")
    public String description;

    @Column(length = 16)
    public String channel;

    @Column(name = "category_code", nullable = false, length = 80)
    public String categoryCode;

    @Column(name = "type_code", length = 80)
    public String typeCode;

    @Column(length = 64)
    public String industry;

    @Column(precision = 9, scale = 6)
    public BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    public BigDecimal longitude;

    @Column(name = "radius_km", precision = 6, scale = 2)
    public BigDecimal radiusKm;

    @Column(name = "quantity_amount", precision = 18, scale = 2)
    public BigDecimal quantityAmount;

    @Column(name = "quantity_unit", length = 32)
    public String quantityUnit;

    @Column(name = "budget_amount", precision = 18, scale = 2)
    public BigDecimal budgetAmount;

    @Column(name = "budget_currency", length = 3)
    public String budgetCurrency;

    @Column(name = "window_from")
    public LocalDate windowFrom;

    @Column(name = "window_to")
    public LocalDate windowTo;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public DemandStatus status;

    @Column(name = "submitted_by", nullable = false)
    public String submittedBy;

    /** The docking manager (a Keycloak username) a resource manager assigned; null while unassigned. */
    @Column(name = "assigned_manager")
    public String assignedManager;

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "demand_regions", joinColumns = @JoinColumn(name = "demand_id"))
    @Column(name = "region_code", length = 32)
    public Set<String> regions = new LinkedHashSet<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "demand_must_haves", joinColumns = @JoinColumn(name = "demand_id"))
    @OrderColumn(name = "position")
    public List<DemandMustHave> mustHave = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "demand_nice_to_haves", joinColumns = @JoinColumn(name = "demand_id"))
    @OrderColumn(name = "position")
    public List<DemandNiceToHave> niceToHave = new ArrayList<>();

    @ElementCollection
    @BatchSize(size = 50)
    @CollectionTable(name = "demand_excluded_partners", joinColumns = @JoinColumn(name = "demand_id"))
    @Column(name = "partner_id")
    public Set<UUID> excludedPartners = new LinkedHashSet<>();
}
