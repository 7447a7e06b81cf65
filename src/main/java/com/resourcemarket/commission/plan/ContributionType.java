package com.resourcemarket.commission.plan;

import com.resourcemarket.core.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** A kind of contribution that earns commission, with the rate bounds every rule for it must respect. */
@Entity
@Table(name = "commission_contribution_types")
public class ContributionType extends AuditedEntity {

    @Id
    public String code;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(name = "min_rate", precision = 9, scale = 6)
    public BigDecimal minRate;

    @Column(name = "max_rate", precision = 9, scale = 6)
    public BigDecimal maxRate;

    @Column(name = "created_by", nullable = false)
    public String createdBy;
}
