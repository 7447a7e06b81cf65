package com.resourcemarket.cooperation;

import com.resourcemarket.partner.PartnerCard;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The cooperation API's bodies. Entities never leave the service; these records do. */
public final class CooperationDtos {

    static final String TEXT = "^[^\\u0000]*$";
    static final String CODE = "^[A-Za-z0-9_.-]+$";

    private CooperationDtos() {
    }

    @Schema(name = "CooperationProposal", description = "Propose a cooperation from a demand and a chosen resource")
    public record ProposeInput(
            @NotNull @Schema(format = "uuid", maxLength = 36, examples = "0190d3c4-6f7a-7b8c-9d0e-1f2a3b4c5d6e") UUID demandId,
            @NotNull @Schema(format = "uuid", maxLength = 36, examples = "01a20a20-0fa4-7663-965a-5c25eb52dd7f") UUID resourceId,
            @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4)
            @Schema(description = "The match score (0-100) the resource had for the demand, kept for the record",
                    minimum = "0", maximum = "100", examples = "87.5") BigDecimal matchScore) {
    }

    @Schema(name = "CooperationPrice", description = "Agreed price: amount (≥ 0) and ISO 4217 currency")
    public record Price(
            @NotNull @PositiveOrZero @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
            @Schema(minimum = "0", maximum = "9999999999999999.99", examples = "480000.00") BigDecimal amount,
            @NotBlank @Pattern(regexp = "^[A-Z]{3}$") @Size(max = 3) @Schema(examples = "CNY") String currency) {
    }

    @Schema(name = "CooperationQuantity", description = "Agreed quantity (> 0) and its unit")
    public record Quantity(
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
            @Schema(minimum = "0", exclusiveMinimum = true, maximum = "9999999999999999.99", examples = "100") BigDecimal amount,
            @NotBlank @Size(max = 32) @Pattern(regexp = TEXT) @Schema(examples = "台 units") String unit) {
    }

    @Schema(name = "CooperationTerms", description = "The terms fixed at signing")
    public record Terms(
            @NotNull @Valid Price price,
            @NotNull @Valid Quantity quantity,
            @NotNull @Schema(format = "date", maxLength = 10, examples = "2026-12-01") LocalDate startDate,
            @NotNull @Schema(format = "date", maxLength = 10, examples = "2027-02-28") LocalDate endDate,
            @Schema(description = "The commission plan that will apply (optional; the commission feature may require one)",
                    format = "uuid", maxLength = 36) UUID commissionPlanId) {
    }

    @Schema(name = "CooperationReviewInput", description = "One side's review: a rating from 1 to 5 and a comment")
    public record ReviewInput(
            @NotNull @Min(1) @Max(5)
            @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "5", examples = "4") Integer rating,
            @NotBlank @Size(max = 2000) @Pattern(regexp = TEXT) @Schema(examples = "交付准时，沟通顺畅 / on time, smooth") String comment) {
    }

    @Schema(name = "CooperationTransition", description = "A step of the workflow. DECLINE and CANCEL need a reason; "
            + "CANCEL may flag a dispute; SIGN needs terms; REVIEW needs a review. Other fields are refused.")
    public record TransitionCommand(
            @NotNull CooperationAction action,
            @Schema(description = "The version you read; when sent, a stale one is refused with 409",
                    format = "int64", minimum = "0", maximum = "9223372036854775807") Long version,
            @Size(max = 1000) @Pattern(regexp = TEXT) @Schema(examples = "预算调整 / budget changed") String reason,
            @Schema(description = "CANCEL only: the cancellation ends a dispute between the parties", examples = "false")
            Boolean dispute,
            @Valid Terms terms,
            @Valid ReviewInput review) {
    }

    @Schema(name = "CooperationReview", description = "One side's review")
    public record ReviewView(
            ReviewSide side,
            @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "5", examples = "4") int rating,
            @Schema(maxLength = 2000, pattern = TEXT) String comment,
            @Schema(maxLength = 255, pattern = TEXT) String reviewer,
            @Schema(format = "date-time", maxLength = 40) Instant reviewedAt) {
    }

    @Schema(name = "Cooperation", description = "A cooperation (合作) between the partner behind a demand and a resource's owner")
    public record CooperationView(
            @Schema(format = "uuid", maxLength = 36, examples = "0190d3c4-6f7a-7b8c-9d0e-1f2a3b4c5d6e") UUID id,
            @Schema(format = "uuid", maxLength = 36) UUID demandId,
            @Schema(format = "uuid", maxLength = 36) UUID resourceId,
            @Schema(format = "uuid", maxLength = 36) UUID demanderPartnerId,
            @Schema(format = "uuid", maxLength = 36) UUID ownerPartnerId,
            @Schema(maxLength = 80, pattern = CODE, examples = "offline.physical-channel") String categoryCode,
            CooperationStatus status,
            @Schema(minimum = "0", maximum = "100", examples = "87.5") BigDecimal matchScore,
            @Schema(description = "The signed terms; absent before SIGNED") Terms terms,
            @Schema(format = "date-time", maxLength = 40) Instant signedAt,
            @Schema(description = "When it was closed, declined or cancelled", format = "date-time", maxLength = 40) Instant endedAt,
            @Schema(description = "Why it was declined or cancelled", maxLength = 1000, pattern = TEXT) String endReason,
            @Schema(description = "True when a cancellation was flagged as a dispute", examples = "false") boolean disputed,
            @Schema(maxLength = 255, pattern = TEXT, examples = "huadong.buyer") String proposedBy,
            @Schema(type = SchemaType.ARRAY, maxItems = 2) List<ReviewView> reviews,
            @Schema(description = "The other party's name and contacts: only for the two parties, only from SIGNED on "
                    + "(SIGNED, EXECUTING, REVIEWED, CLOSED); absent otherwise") PartnerCard counterpart,
            @Schema(format = "date-time", maxLength = 40) Instant createdAt,
            @Schema(format = "date-time", maxLength = 40) Instant updatedAt,
            @Schema(format = "int64", minimum = "0", maximum = "9223372036854775807", examples = "3") long version) {
    }

    @Schema(name = "CooperationEvent", description = "A step of a cooperation's timeline: what, who, when, why")
    public record EventView(
            CooperationAction action,
            CooperationStatus fromStatus,
            CooperationStatus toStatus,
            @Schema(maxLength = 1000, pattern = TEXT, examples = "预算调整 / budget changed") String reason,
            @Schema(maxLength = 255, pattern = TEXT, examples = "manager") String actor,
            @Schema(format = "date-time", maxLength = 40) Instant occurredAt) {
    }
}
