package com.resourcemarket.catalogue.reference;

import com.resourcemarket.core.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** One tag of the four-dimension dictionary. */
@Entity
@Table(name = "tag_definitions")
public class TagDefinition extends AuditedEntity {

    @Id
    @Column(name = "tag_key", length = 64)
    public String key;

    @Enumerated(EnumType.STRING)
    @Column(name = "dimension", nullable = false, length = 16)
    public TagDimension dimension;

    @Column(name = "label_zh", nullable = false, length = 100)
    public String labelZh;

    @Column(name = "label_en", nullable = false, length = 200)
    public String labelEn;

    @Enumerated(EnumType.STRING)
    @Column(name = "value_kind", nullable = false, length = 16)
    public ValueKind valueKind;

    @Column(name = "unit", length = 16)
    public String unit;

    @Convert(converter = StringListJson.class)
    @Column(name = "synonyms", nullable = false)
    public List<String> synonyms = new ArrayList<>();
}
