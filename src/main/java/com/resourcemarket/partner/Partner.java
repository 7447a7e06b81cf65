package com.resourcemarket.partner;

import com.resourcemarket.core.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A partner organisation; its id is the {@code partner_id} claim of its Keycloak identities. */
@Entity
@Table(name = "partners")
public class Partner extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "name_zh", nullable = false, length = 200)
    public String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    public String nameEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "partner_type", nullable = false, length = 32)
    public PartnerType type;
}
