package com.resourcemarket.catalogue;

import com.resourcemarket.core.crypto.EncryptedStringConverter;
import com.resourcemarket.core.persistence.AuditedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
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

/** A marketing resource offered by a partner: online (channels, platforms, SaaS) or offline (stores, parks, fairs). */
@Entity
@Table(name = "resources")
public class Resource extends AuditedEntity {

    @Id
    public UUID id;

    @Column(nullable = false, length = 16)
    public String channel;

    @Column(name = "category_code", nullable = false, length = 80)
    public String categoryCode;

    @Column(name = "type_code", nullable = false, length = 80)
    public String typeCode;

    @Column(name = "owner_partner_id", nullable = false)
    public UUID ownerPartnerId;

    @Column(name = "name_zh", nullable = false, length = 200)
    public String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    public String nameEn;

    @Column(columnDefinition = "TEXT")
    public String description;

    @Column(precision = 9, scale = 6)
    public BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    public BigDecimal longitude;

    @Column(name = "capacity_amount", precision = 18, scale = 2)
    public BigDecimal capacityAmount;

    @Column(name = "capacity_unit", length = 32)
    public String capacityUnit;

    @Column(name = "price_amount", precision = 18, scale = 2)
    public BigDecimal priceAmount;

    @Column(name = "price_currency", length = 3)
    public String priceCurrency;

    @Column(name = "price_unit", length = 32)
    public String priceUnit;

    @Column(name = "available_from")
    public LocalDate availableFrom;

    @Column(name = "available_to")
    public LocalDate availableTo;

    @Column(name = "contact_name", length = 100)
    public String contactName;

    /** Encrypted at rest (AES-256-GCM); masked on output for everyone but the owner. */
    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "contact_phone")
    public String contactPhone;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "contact_id_number")
    public String contactIdNumber;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    public Grade grade;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public ResourceStatus status;

    @Column(name = "evaluation_score", precision = 5, scale = 2)
    public BigDecimal evaluationScore;

    // A search page (up to 200 hits) or a match run's summaries load these for many resources at once: one query per
    // collection for up to 200 resources instead of one per 16 (Quarkus' default batch size).
    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 200)
    @CollectionTable(name = "resource_tags", joinColumns = @JoinColumn(name = "resource_id"))
    @OrderColumn(name = "position")
    public List<ResourceTag> tags = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @BatchSize(size = 200)
    @CollectionTable(name = "resource_regions", joinColumns = @JoinColumn(name = "resource_id"))
    @Column(name = "region_code", length = 32)
    public Set<String> regions = new LinkedHashSet<>();
}
