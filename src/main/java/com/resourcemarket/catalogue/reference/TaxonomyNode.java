package com.resourcemarket.catalogue.reference;

import com.resourcemarket.core.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A node of the resource taxonomy: a category of a channel, or a type below a category. */
@Entity
@Table(name = "taxonomy_nodes")
public class TaxonomyNode extends AuditedEntity {

    @Id
    @Column(name = "code", length = 80)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 16)
    public Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 16)
    public TaxonomyLevel level;

    @Column(name = "parent_code", length = 80)
    public String parentCode;

    @Column(name = "label_zh", nullable = false, length = 100)
    public String labelZh;

    @Column(name = "label_en", nullable = false, length = 200)
    public String labelEn;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
