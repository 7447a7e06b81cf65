package com.resourcemarket.commission.plan;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** The plan version a signed cooperation is bound to, with the cooperation facts settlement needs. */
@Entity
@Table(name = "commission_bindings")
public class CooperationBinding extends PanacheEntityBase {

    @Id
    @Column(name = "cooperation_id")
    public UUID cooperationId;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "plan_version_id", nullable = false)
    public UUID planVersionId;

    @Column(name = "owner_partner_id", nullable = false)
    public UUID ownerPartnerId;

    @Column(name = "demander_partner_id", nullable = false)
    public UUID demanderPartnerId;

    @Column(name = "resource_id", nullable = false)
    public UUID resourceId;

    @Column(name = "category_code", nullable = false, length = 80)
    public String categoryCode;

    @Column(name = "signed_at", nullable = false)
    public Instant signedAt;
}
