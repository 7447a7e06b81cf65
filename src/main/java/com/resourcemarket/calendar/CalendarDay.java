package com.resourcemarket.calendar;

import com.resourcemarket.core.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.LocalDate;

/** An exception to the Monday–Friday rule: a holiday or a make-up working day. */
@Entity
@Table(name = "calendar_days")
public class CalendarDay extends AuditedEntity {

    @Id
    @Column(name = "day")
    public LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    public DayKind kind;

    @Column(name = "name_zh", nullable = false, length = 100)
    public String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    public String nameEn;
}
