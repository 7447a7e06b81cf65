package com.resourcemarket.kpi;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The KPI answers. */
public final class KpiDtos {

    static final String GROUP = "^[^\\u0000]*$";

    private KpiDtos() {
    }

    @Schema(name = "MatchAccuracy", description = "Match accuracy of one group: demands submitted in the period that reached "
            + "SIGNED (a cooperation was signed) / demands submitted in the period × 100")
    public record Accuracy(
            @Schema(description = "`all`, a category code, or a manager's username (`unassigned` for none)",
                    maxLength = 255, pattern = GROUP, examples = "offline.physical-channel") String group,
            @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0", maximum = "9223372036854775807", examples = "20") long submitted,
            @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "0", maximum = "9223372036854775807", examples = "18") long signed,
            @Schema(description = "Percent with 2 decimals; absent when nothing was submitted", minimum = "0", maximum = "100",
                    examples = "90.00") BigDecimal percent,
            @Schema(description = "percent ≥ the target; absent when nothing was submitted", examples = "true") Boolean meetsTarget) {
    }

    @Schema(name = "MatchAccuracyReport", description = "Match accuracy, overall and per category and docking manager")
    public record AccuracyReport(
            @Schema(format = "date", maxLength = 10, examples = "2026-11-01") LocalDate from,
            @Schema(format = "date", maxLength = 10, examples = "2026-11-30") LocalDate to,
            @Schema(description = "The target: at least this percent", minimum = "0", maximum = "100", examples = "85.00") BigDecimal targetPercent,
            Accuracy overall,
            @Schema(type = SchemaType.ARRAY, maxItems = 1000) List<Accuracy> byCategory,
            @Schema(type = SchemaType.ARRAY, maxItems = 1000) List<Accuracy> byManager) {
    }

    @Schema(name = "DockingCycle", description = "Docking cycle of one group: the mean, over the demands submitted in the "
            + "period that have been signed, of the working days from submission to the first SIGNED")
    public record Cycle(
            @Schema(description = "`all`, a category code, or a manager's username (`unassigned` for none)",
                    maxLength = 255, pattern = GROUP, examples = "manager") String group,
            @Schema(description = "Signed demands the mean is over", type = SchemaType.INTEGER, format = "int64", minimum = "0",
                    maximum = "9223372036854775807", examples = "18") long signed,
            @Schema(description = "Mean working days, 2 decimals; absent when none was signed", minimum = "0", maximum = "100000",
                    examples = "5.50") BigDecimal meanWorkingDays,
            @Schema(description = "meanWorkingDays ≤ the target; absent when none was signed", examples = "true") Boolean meetsTarget) {
    }

    @Schema(name = "DockingCycleReport", description = "Docking cycle, overall and per category and docking manager")
    public record CycleReport(
            @Schema(format = "date", maxLength = 10, examples = "2026-11-01") LocalDate from,
            @Schema(format = "date", maxLength = 10, examples = "2026-11-30") LocalDate to,
            @Schema(description = "The target: at most this many working days", minimum = "0", maximum = "100", examples = "7")
            BigDecimal targetWorkingDays,
            Cycle overall,
            @Schema(type = SchemaType.ARRAY, maxItems = 1000) List<Cycle> byCategory,
            @Schema(type = SchemaType.ARRAY, maxItems = 1000) List<Cycle> byManager) {
    }

    static final String MONTH = "^\\d{4}-\\d{2}$";

    /** Contract-only type: a grade counted as quality. */
    @Schema(name = "QualityGrade", type = SchemaType.STRING, enumeration = {"CORE", "IMPORTANT"}, maxLength = 16, examples = "CORE")
    static final class QualityGrade {
        private QualityGrade() {
        }
    }

    @Schema(name = "CatalogueGrowthMonth", description = "One month of catalogue growth (months in Asia/Shanghai)")
    public record GrowthMonth(
            @Schema(description = "The month, yyyy-MM", maxLength = 7, pattern = MONTH, examples = "2026-10") String month,
            @Schema(description = "Resources approved into the catalogue for the first time this month (SUBMITTED → ACTIVE; "
                    + "a later re-approval after an owner's edit does not count again)", type = SchemaType.INTEGER,
                    format = "int64", minimum = "0", maximum = "9223372036854775807", examples = "26") long newResources,
            @Schema(description = "Of those, the quality ones: graded CORE or IMPORTANT (their current grade)",
                    type = SchemaType.INTEGER, format = "int64", minimum = "0", maximum = "9223372036854775807", examples = "21")
            long newQuality,
            @Schema(description = "Resources that left the catalogue this month (EXIT after rectification)", type = SchemaType.INTEGER,
                    format = "int64", minimum = "0", maximum = "9223372036854775807", examples = "2") long exited,
            @Schema(description = "Resources in the catalogue at the end of the month: ever approved and not exited by then "
                    + "(a suspended, in-rectification or re-reviewed resource is still in it)", type = SchemaType.INTEGER,
                    format = "int64", minimum = "0", maximum = "9223372036854775807", examples = "412") long netActive,
            @Schema(description = "netActive against the month before, percent (2 decimals); absent when that was 0",
                    minimum = "-100", maximum = "1000000000", examples = "6.07") BigDecimal momGrowthPercent,
            @Schema(description = "netActive against the same month a year before, percent (2 decimals); absent when that was 0",
                    minimum = "-100", maximum = "1000000000", examples = "34.20") BigDecimal yoyGrowthPercent,
            @Schema(description = "yoyGrowthPercent ≥ the annual target; absent without a year-ago figure", examples = "true")
            Boolean meetsGrowthTarget,
            @Schema(description = "newQuality ≥ the monthly target (the whole catalogue only; absent per channel)", examples = "true")
            Boolean meetsQualityTarget) {
    }

    @Schema(name = "CatalogueGrowthSeries", description = "Catalogue growth of the whole catalogue or of one channel")
    public record GrowthSeries(
            @Schema(description = "`all`, `ONLINE` or `OFFLINE`", maxLength = 16, pattern = "^(all|ONLINE|OFFLINE)$", examples = "all")
            String group,
            @Schema(description = "netActive at the end of the month before `from`", type = SchemaType.INTEGER, format = "int64",
                    minimum = "0", maximum = "9223372036854775807", examples = "310") long activeAtStart,
            @Schema(description = "netActive at the end of `to`", type = SchemaType.INTEGER, format = "int64", minimum = "0",
                    maximum = "9223372036854775807", examples = "412") long activeAtEnd,
            @Schema(description = "New resources over the period", type = SchemaType.INTEGER, format = "int64", minimum = "0",
                    maximum = "9223372036854775807", examples = "130") long newResources,
            @Schema(description = "New quality resources over the period", type = SchemaType.INTEGER, format = "int64", minimum = "0",
                    maximum = "9223372036854775807", examples = "96") long newQuality,
            @Schema(description = "Exits over the period", type = SchemaType.INTEGER, format = "int64", minimum = "0",
                    maximum = "9223372036854775807", examples = "28") long exited,
            @Schema(description = "activeAtEnd against activeAtStart, percent; absent when activeAtStart is 0",
                    minimum = "-100", maximum = "1000000000", examples = "32.90") BigDecimal growthPercent,
            @Schema(description = "growthPercent compounded to a year: ((end/start)^(12/months) − 1) × 100; equals growthPercent "
                    + "over 12 months; absent when activeAtStart is 0", minimum = "-100", maximum = "1000000000", examples = "32.90")
            BigDecimal annualisedGrowthPercent,
            @Schema(description = "annualisedGrowthPercent ≥ the annual target; absent without it", examples = "true")
            Boolean meetsGrowthTarget,
            @Schema(description = "newQuality per month on average, 2 decimals", minimum = "0", maximum = "1000000000", examples = "8.00")
            BigDecimal averageNewQualityPerMonth,
            @Schema(description = "averageNewQualityPerMonth ≥ the monthly target (whole catalogue only; absent per channel)",
                    examples = "false") Boolean meetsQualityTarget,
            @Schema(type = SchemaType.ARRAY, maxItems = 60) List<GrowthMonth> months) {
    }

    @Schema(name = "CatalogueGrowthReport", description = "Catalogue growth per month against the targets of ≥ 30 % a year and ≥ 20 "
            + "new quality resources a month, overall and per channel")
    public record GrowthReport(
            @Schema(description = "First month", maxLength = 7, pattern = MONTH, examples = "2025-12") String from,
            @Schema(description = "Last month, included", maxLength = 7, pattern = MONTH, examples = "2026-11") String to,
            @Schema(description = "Target: the catalogue grows at least this percent a year", minimum = "0", maximum = "1000",
                    examples = "30") BigDecimal targetAnnualGrowthPercent,
            @Schema(description = "The same target as a monthly rate ((1 + 30 %)^(1/12) − 1), 2 decimals", minimum = "0",
                    maximum = "1000", examples = "2.21") BigDecimal targetMonthlyGrowthPercent,
            @Schema(description = "Target: at least this many new quality resources a month", type = SchemaType.INTEGER,
                    format = "int32", minimum = "0", maximum = "1000000", examples = "20") int targetNewQualityPerMonth,
            @Schema(description = "The grades that make a new resource a quality one", type = SchemaType.ARRAY, maxItems = 3,
                    implementation = QualityGrade.class) List<String> qualityGrades,
            GrowthSeries overall,
            @Schema(type = SchemaType.ARRAY, maxItems = 2) List<GrowthSeries> byChannel) {
    }
}
