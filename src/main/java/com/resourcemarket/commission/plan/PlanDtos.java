package com.resourcemarket.commission.plan;

import com.resourcemarket.commission.CommissionDtos;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Bodies of the commission plan API. */
public final class PlanDtos {

    static final String TEXT = CommissionDtos.TEXT;
    static final String CODE = CommissionDtos.CODE;

    private PlanDtos() {
    }

    @Schema(name = "CommissionTier", description = "A tier: from `from` (inclusive; CNY or orders) to the next tier's `from`, "
            + "at `rate` (a fraction: 0.05 = 5 %). The first tier starts at 0.")
    public record TierInput(
            @NotNull @DecimalMin("0") @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
            @Schema(examples = "100000.00") BigDecimal from,
            @NotNull @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 6)
            @Schema(examples = "0.07") BigDecimal rate) {
    }

    @Schema(name = "CommissionRuleInput", description = "A tier table for one contribution type and scope")
    public record RuleInput(
            @NotBlank @Size(max = 64) @Pattern(regexp = CODE) @Schema(examples = "ONLINE_PLATFORM_ORDER") String contributionType,
            @NotNull RuleScope scope,
            @Size(max = 80) @Pattern(regexp = "^[A-Za-z0-9_.-]+$")
            @Schema(description = "COOPERATION: cooperation id; PARTNER: partner id; CATEGORY: category code; DEFAULT: none",
                    examples = "online.e-commerce") String scopeKey,
            @NotNull VolumeBasis basis,
            @NotNull TierMode mode,
            @NotNull @Size(min = 1, max = 20) @Schema(minItems = 1, maxItems = 20) List<@Valid @NotNull TierInput> tiers) {
    }

    @Schema(name = "CommissionPlanInput", description = "A new plan with its first version")
    public record PlanInput(
            @NotBlank @Size(max = 64) @Pattern(regexp = CODE) @Schema(examples = "STANDARD_2026") String code,
            @NotBlank @Size(max = 200) @Pattern(regexp = TEXT) @Schema(examples = "标准佣金方案 2026 standard plan") String name,
            @Schema(format = "date-time", maxLength = 40, description = "When the first version takes effect (default: now)")
            Instant effectiveFrom,
            @NotNull @Size(min = 1, max = 200) @Schema(minItems = 1, maxItems = 200) List<@Valid @NotNull RuleInput> rules) {
    }

    @Schema(name = "CommissionPlanVersionInput", description = "A new version of a plan's rules, effective from a later moment "
            + "than the previous version; cooperations already signed keep the version they were signed with")
    public record VersionInput(
            @NotNull @Schema(format = "date-time", maxLength = 40) Instant effectiveFrom,
            @NotNull @Size(min = 1, max = 200) @Schema(minItems = 1, maxItems = 200) List<@Valid @NotNull RuleInput> rules) {
    }

    @Schema(name = "CommissionRule", description = "A stored rule of a plan version")
    public record RuleView(
            @Schema(format = "uuid", maxLength = 36) UUID id,
            @Schema(maxLength = 64, pattern = CODE) String contributionType,
            RuleScope scope,
            @Schema(maxLength = 80, pattern = TEXT) String scopeKey,
            VolumeBasis basis,
            TierMode mode,
            @Schema(maxItems = 20) List<TierInput> tiers) {
    }

    @Schema(name = "CommissionPlanVersion", description = "An immutable version of a plan")
    public record VersionView(
            @Schema(format = "uuid", maxLength = 36) UUID id,
            @Schema(format = "int32", minimum = "1", maximum = "1000000") int number,
            @Schema(format = "date-time", maxLength = 40) Instant effectiveFrom,
            @Schema(maxItems = 200) List<RuleView> rules,
            @Schema(maxLength = 255, pattern = TEXT) String createdBy,
            @Schema(format = "date-time", maxLength = 40) Instant createdAt) {
    }

    @Schema(name = "CommissionPlan", description = "A plan and its versions, oldest first")
    public record PlanView(
            @Schema(format = "uuid", maxLength = 36) UUID id,
            @Schema(maxLength = 64, pattern = CODE, examples = "STANDARD_2026") String code,
            @Schema(maxLength = 200, pattern = TEXT) String name,
            boolean active,
            @Schema(maxItems = 1000) List<VersionView> versions,
            @Schema(format = "int64", minimum = "0", maximum = "9223372036854775807") long version) {
    }

    @Schema(name = "ContributionTypeInput", description = "A new contribution type with optional rate bounds (fractions)")
    public record ContributionTypeInput(
            @NotBlank @Size(max = 64) @Pattern(regexp = CODE) @Schema(examples = "LIVE_STREAM_ORDER") String code,
            @NotBlank @Size(max = 200) @Pattern(regexp = TEXT) @Schema(examples = "直播带货订单 live-stream orders") String name,
            @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 6) @Schema(examples = "0.04") BigDecimal minRate,
            @DecimalMin("0") @DecimalMax("1") @Digits(integer = 1, fraction = 6) @Schema(examples = "0.08") BigDecimal maxRate) {
    }

    @Schema(name = "ContributionType", description = "A kind of contribution that earns commission, and its rate bounds")
    public record ContributionTypeView(
            @Schema(maxLength = 64, pattern = CODE, examples = "ONLINE_PLATFORM_ORDER") String code,
            @Schema(maxLength = 200, pattern = TEXT) String name,
            BigDecimal minRate,
            BigDecimal maxRate) {
    }
}
