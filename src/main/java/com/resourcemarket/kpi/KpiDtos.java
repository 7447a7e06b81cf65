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
}
