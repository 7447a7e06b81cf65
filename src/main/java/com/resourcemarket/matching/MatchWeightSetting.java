package com.resourcemarket.matching;

import com.resourcemarket.core.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;

/** Ranking weights of one scope: {@value #DEFAULT_SCOPE} (the default) or a category code (its override). */
@Entity
@Table(name = "match_weight_settings")
public class MatchWeightSetting extends AuditedEntity {

    public static final String DEFAULT_SCOPE = "*";

    @Id
    @Column(length = 80)
    public String scope;

    @Column(name = "tag_industry", nullable = false, precision = 9, scale = 4)
    public BigDecimal tagIndustry;
    @Column(name = "tag_type", nullable = false, precision = 9, scale = 4)
    public BigDecimal tagType;
    @Column(name = "tag_attribute", nullable = false, precision = 9, scale = 4)
    public BigDecimal tagAttribute;
    @Column(name = "tag_value", nullable = false, precision = 9, scale = 4)
    public BigDecimal tagValue;
    @Column(nullable = false, precision = 9, scale = 4)
    public BigDecimal grade;
    @Column(nullable = false, precision = 9, scale = 4)
    public BigDecimal evaluation;
    @Column(name = "monthly_quality", nullable = false, precision = 9, scale = 4)
    public BigDecimal monthlyQuality;
    @Column(nullable = false, precision = 9, scale = 4)
    public BigDecimal price;
    @Column(nullable = false, precision = 9, scale = 4)
    public BigDecimal distance;
    @Column(nullable = false, precision = 9, scale = 4)
    public BigDecimal history;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    MatchWeights weights() {
        return new MatchWeights(tagIndustry.doubleValue(), tagType.doubleValue(), tagAttribute.doubleValue(),
                tagValue.doubleValue(), grade.doubleValue(), evaluation.doubleValue(), monthlyQuality.doubleValue(),
                price.doubleValue(), distance.doubleValue(), history.doubleValue());
    }
}
