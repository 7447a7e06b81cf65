package com.resourcemarket.commission.settlement;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A partner whose payouts finance holds, and why. */
@Entity
@Table(name = "commission_partner_holds")
public class PartnerHold extends PanacheEntityBase {

    @Id
    @Column(name = "partner_id")
    public UUID partnerId;

    @Column(nullable = false, length = 1000)
    public String reason;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
