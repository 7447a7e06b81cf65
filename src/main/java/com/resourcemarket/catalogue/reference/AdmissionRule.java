package com.resourcemarket.catalogue.reference;

import com.resourcemarket.core.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.util.UUID;

/** An admission threshold (准入门槛) for the resources of one taxonomy type. */
@Entity
@Table(name = "admission_rules")
public class AdmissionRule extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "type_code", nullable = false, length = 80)
    public String typeCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 16)
    public SubjectKind subjectKind;

    @Column(name = "subject", nullable = false, length = 64)
    public String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "operator", nullable = false, length = 16)
    public RuleOperator operator;

    @Column(name = "threshold_number", precision = 20, scale = 4)
    public BigDecimal thresholdNumber;

    @Column(name = "threshold_text", length = 200)
    public String thresholdText;

    @Column(name = "description_zh", nullable = false, length = 500)
    public String descriptionZh;

    @Column(name = "description_en", nullable = false, length = 500)
    public String descriptionEn;

    @Column(name = "active", nullable = false)
    public boolean active;
}
