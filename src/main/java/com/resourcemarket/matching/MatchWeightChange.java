package com.resourcemarket.matching;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A change of ranking weights: who, when, before (null: override created) and after (null: override removed). */
@Entity
@Table(name = "match_weight_changes")
public class MatchWeightChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false, length = 80)
    public String scope;

    @Column(name = "before_json", columnDefinition = "TEXT")
    public String beforeJson;

    @Column(name = "after_json", columnDefinition = "TEXT")
    public String afterJson;

    @Column(name = "changed_by", nullable = false)
    public String changedBy;

    @Column(name = "changed_at", nullable = false)
    public Instant changedAt;
}
