package com.resourcemarket.commission.settlement;

import com.resourcemarket.commission.CommissionDtos;
import com.resourcemarket.commission.Periods;
import com.resourcemarket.commission.plan.RuleScope;
import com.resourcemarket.commission.plan.TierMode;
import com.resourcemarket.commission.plan.VolumeBasis;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Bodies of settlement runs, statements and holds. */
public final class SettlementDtos {

    static final String TEXT = CommissionDtos.TEXT;
    static final String MONTH = "^[0-9]{4}-[0-9]{2}$";

    private SettlementDtos() {
    }

    @Schema(name = "SettlementRunInput", description = "The month to settle (calendar month, Asia/Shanghai)")
    public record RunInput(
            @NotBlank @Size(max = 7) @Pattern(regexp = Periods.PATTERN) @Schema(examples = "2026-03") String period) {
    }

    @Schema(name = "SettlementRun", description = "A completed settlement of a month; `alreadySettled` when this request found it done")
    public record RunView(
            @Schema(format = "uuid", maxLength = 36) UUID id,
            @Schema(maxLength = 7, pattern = MONTH, examples = "2026-03") String period,
            @Schema(maxLength = 16, pattern = TEXT, examples = "COMPLETED") String status,
            @Schema(format = "int32", minimum = "0", maximum = "2147483647") int statementCount,
            @Schema(format = "int32", minimum = "0", maximum = "2147483647") int lineCount,
            @Schema(format = "int64", minimum = "0", maximum = "9223372036854775807") long eventCount,
            @Schema(maxLength = 255, pattern = TEXT) String startedBy,
            @Schema(format = "date-time", maxLength = 40) Instant startedAt,
            @Schema(format = "date-time", maxLength = 40) Instant completedAt,
            boolean alreadySettled) {
    }

    @Schema(name = "CommissionStatementLine", description = "One cooperation × contribution type: volume, tier, rates, commission, "
            + "clawbacks of refunds of earlier months, total (= commission + clawback), and the rule used")
    public record LineView(
            @Schema(format = "uuid", maxLength = 36) UUID id,
            @Schema(format = "int32", minimum = "1", maximum = "2147483647") int position,
            @Schema(format = "uuid", maxLength = 36) UUID cooperationId,
            @Schema(format = "uuid", maxLength = 36) UUID resourceId,
            @Schema(maxLength = 80, pattern = TEXT) String categoryCode,
            @Schema(maxLength = 64, pattern = TEXT) String contributionType,
            @Schema(format = "uuid", maxLength = 36) UUID planVersionId,
            @Schema(format = "uuid", maxLength = 36) UUID ruleId,
            RuleScope ruleScope,
            VolumeBasis basis,
            TierMode mode,
            BigDecimal grossVolume,
            BigDecimal refundedVolume,
            BigDecimal volume,
            @Schema(format = "int64", minimum = "0", maximum = "9223372036854775807") long orderCount,
            @Schema(format = "int64", minimum = "0", maximum = "9223372036854775807") long eventCount,
            @Schema(format = "int32", minimum = "1", maximum = "20") Integer tierReached,
            @Schema(maxLength = 1000, pattern = TEXT, examples = "0.05,0.07") String ratesApplied,
            BigDecimal effectiveRate,
            BigDecimal commission,
            BigDecimal clawbackVolume,
            BigDecimal clawback,
            BigDecimal total,
            @Schema(maxLength = 1000, pattern = TEXT) String holdReason) {
    }

    @Schema(name = "CommissionStatement", description = "A partner's statement for a month. balance = linesTotal + broughtForward; "
            + "payable = balance − held when positive, at least the minimum payout and the partner is not on hold, else 0; "
            + "carriedForward = balance − payable")
    public record StatementView(
            @Schema(format = "uuid", maxLength = 36) UUID id,
            @Schema(maxLength = 7, pattern = MONTH, examples = "2026-03") String period,
            @Schema(format = "uuid", maxLength = 36) UUID partnerId,
            StatementStatus status,
            @Schema(maxLength = 3, pattern = "^[A-Z]{3}$", examples = "CNY") String currency,
            BigDecimal linesTotal,
            BigDecimal broughtForward,
            BigDecimal balance,
            BigDecimal held,
            BigDecimal payable,
            BigDecimal carriedForward,
            @Schema(maxLength = 200, pattern = TEXT) String payableReason,
            @Schema(maxLength = 255, pattern = TEXT) String createdBy,
            @Schema(maxLength = 255, pattern = TEXT) String approvedBy,
            @Schema(format = "date-time", maxLength = 40) Instant approvedAt,
            @Schema(format = "date-time", maxLength = 40) Instant paidAt,
            @Schema(maxLength = 100, pattern = TEXT) String payoutReference,
            @Schema(maxLength = 1000, pattern = TEXT) String disputeReason,
            @Schema(maxLength = 1000, pattern = TEXT) String resolution,
            @Schema(maxItems = 100000) List<LineView> lines,
            @Schema(format = "int64", minimum = "0", maximum = "9223372036854775807") long version) {
    }

    @Schema(name = "CommissionPayCommand", description = "The payout's reference (bank transfer id)")
    public record PayCommand(
            @NotBlank @Size(max = 100) @Pattern(regexp = TEXT) @Schema(examples = "CMB-20260405-000123") String payoutReference) {
    }

    @Schema(name = "CommissionReasonCommand", description = "Why (a dispute, a hold, a resolution)")
    public record ReasonCommand(
            @NotBlank @Size(max = 1000) @Pattern(regexp = TEXT) @Schema(examples = "3月退款重复计算 refunds counted twice") String reason) {
    }

    @Schema(name = "CommissionPartnerHoldInput", description = "Hold every payout of a partner, with a reason")
    public record PartnerHoldInput(
            @NotNull @Schema(format = "uuid", maxLength = 36) UUID partnerId,
            @NotBlank @Size(max = 1000) @Pattern(regexp = TEXT) @Schema(examples = "合规审查中 compliance review") String reason) {
    }

    @Schema(name = "CommissionPartnerHold", description = "A partner whose payouts are held")
    public record PartnerHoldView(
            @Schema(format = "uuid", maxLength = 36) UUID partnerId,
            @Schema(maxLength = 1000, pattern = TEXT, examples = "合规审查中 compliance review") String reason,
            @Schema(maxLength = 255, pattern = TEXT) String createdBy,
            @Schema(format = "date-time", maxLength = 40) Instant createdAt) {
    }
}
