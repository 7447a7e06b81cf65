package com.resourcemarket.region;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A region of the reference tree (seeded by Flyway, read-only for the application). */
@Entity
@Immutable
@Table(name = "regions")
public class Region extends PanacheEntityBase {

    @Id
    @Column(name = "code", length = 16)
    public String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "level", nullable = false, length = 16)
    public RegionLevel level;

    @Column(name = "parent_code", length = 16)
    public String parentCode;

    @Column(name = "name_zh", nullable = false, length = 64)
    public String nameZh;

    @Column(name = "name_en", nullable = false, length = 64)
    public String nameEn;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;
}
