package com.resourcemarket.commission.report;

import com.resourcemarket.commission.CommissionDtos;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.UUID;

/** Bodies of commission reports. */
public final class ReportDtos {

    private ReportDtos() {
    }

    /** What a report row sums over (the groupBy query parameter). */
    public enum GroupBy {
        PERIOD, PARTNER, RESOURCE, CATEGORY, CONTRIBUTION_TYPE, COOPERATION
    }

    @Schema(name = "CommissionReportRow", description = "Settled figures of one group: net volume, commission, clawbacks (≤ 0), "
            + "total, number of attributed events and of statement lines")
    public record ReportRow(
            @Schema(maxLength = 80, pattern = CommissionDtos.TEXT, examples = "ONLINE_PLATFORM_ORDER") String key,
            @Schema(examples = "125000.00") BigDecimal volume,
            @Schema(examples = "8750.00") BigDecimal commission,
            @Schema(examples = "-350.00") BigDecimal clawbacks,
            @Schema(examples = "8400.00") BigDecimal total,
            @Schema(format = "int64", minimum = "0", maximum = "9223372036854775807", examples = "412") long events,
            @Schema(format = "int64", minimum = "0", maximum = "9223372036854775807", examples = "3") long lines) {
    }

    @Schema(name = "CooperationRoi", description = "ROI of a cooperation over the months: attributed revenue (net volume) / cost "
            + "(the cooperation's signed price + commission); `belowTarget` when under 3 (DOMAIN: ROI under 1:3 is paused or "
            + "adjusted). `roi` is absent when the cost is 0.")
    public record RoiRow(
            @Schema(format = "uuid", maxLength = 36) UUID cooperationId,
            @Schema(format = "uuid", maxLength = 36) UUID partnerId,
            @Schema(examples = "125000.00") BigDecimal revenue,
            @Schema(examples = "15000.00") BigDecimal price,
            @Schema(examples = "8400.00") BigDecimal commission,
            @Schema(examples = "23400.00") BigDecimal cost,
            @Schema(examples = "5.34") BigDecimal roi,
            boolean belowTarget) {
    }
}
