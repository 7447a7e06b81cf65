package com.resourcemarket.partner;

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

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    /** Annual purchase volume; exact decimal, never a floating-point number. */
    @Column(name = "annual_purchase_amount", precision = 18, scale = 2)
    public BigDecimal annualPurchaseAmount;

    @Column(name = "annual_purchase_currency", length = 3)
    public String annualPurchaseCurrency;

    /** Region codes (see the region reference data) the partner operates in. */
    @ElementCollection
    @CollectionTable(name = "partner_regions", joinColumns = @JoinColumn(name = "partner_id"))
    @Column(name = "region_code", nullable = false, length = 16)
    public Set<String> regions = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "partner_tags", joinColumns = @JoinColumn(name = "partner_id"))
    @OrderColumn(name = "position")
    public List<PartnerTag> tags = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "partner_contacts", joinColumns = @JoinColumn(name = "partner_id"))
    @OrderColumn(name = "position")
    public List<PartnerContact> contacts = new ArrayList<>();
}
