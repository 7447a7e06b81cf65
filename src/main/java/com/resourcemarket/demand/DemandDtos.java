package com.resourcemarket.demand;

import com.resourcemarket.catalogue.reference.Channel;
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

/** The demand API's bodies. Entities never leave the service; these records do. */
public final class DemandDtos {

    static final String TEXT = "^[^\\u0000]*$";
    static final String CODE = "^[A-Za-z0-9_.-]+$";
    static final String TAG_KEY = "^[a-z0-9_]+$";
    /** An {@code Idempotency-Key}: 1-64 letters, digits, '_' or '-'. */
    public static final String IDEMPOTENCY_KEY = "^[A-Za-z0-9_-]{1,64}$";
    /** A Keycloak username. */
    static final String USERNAME = "^[A-Za-z0-9._@-]+$";

    private DemandDtos() {
    }

    /** Contract-only type: a region code (province/city administrative code, or a big region such as EAST_CHINA). */
    @Schema(name = "DemandRegionCode", type = SchemaType.STRING, maxLength = 32, pattern = CODE, examples = "310000")
    static final class RegionCode {
        private RegionCode() {
        }
    }

    /** Contract-only type: a partner id. */
    @Schema(name = "PartnerId", type = SchemaType.STRING, format = "uuid", maxLength = 36,
            examples = "c2d9e4f1-7a3b-4e6c-8f15-9b0a3d7e4c02")
    static final class PartnerId {
        private PartnerId() {
        }
    }

    @Schema(name = "DemandArea", description = "A WGS-84 point and a radius around it")
    public record Area(
            @NotNull @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 3, fraction = 6)
            @Schema(examples = "31.230416") BigDecimal latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 6)
            @Schema(examples = "121.473701") BigDecimal longitude,
            @NotNull @DecimalMin(value = "0.1") @DecimalMax("1000") @Digits(integer = 4, fraction = 2)
            @Schema(description = "Kilometres, 0.1 to 1000", examples = "3") BigDecimal radiusKm) {
    }

    @Schema(name = "DemandQuantity", description = "How much is wanted, in what unit")
    public record Quantity(
            @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
            @Schema(examples = "100") BigDecimal amount,
            @NotBlank @Size(max = 32) @Pattern(regexp = TEXT) @Schema(examples = "台 units") String unit) {
    }

    @Schema(name = "DemandBudget", description = "Budget: amount (≥ 0) and ISO 4217 currency")
    public record Budget(
            @NotNull @PositiveOrZero @DecimalMax("9999999999999999.99") @Digits(integer = 16, fraction = 2)
            @Schema(examples = "500000.00") BigDecimal amount,
            @NotBlank @Pattern(regexp = "^[A-Z]{3}$") @Size(max = 3) @Schema(examples = "CNY") String currency) {
    }

    @Schema(name = "DemandWindow", description = "When the demand applies, both days inclusive; it expires after `to`")
    public record Window(
            @NotNull @Schema(format = "date", maxLength = 10, examples = "2026-12-01") LocalDate from,
            @NotNull @Schema(format = "date", maxLength = 10, examples = "2027-01-31") LocalDate to) {
    }

    @Schema(name = "MustHave", description = "A hard constraint on a dictionary tag. NUMBER tags: EQ/GTE/LTE with `value`, "
            + "BETWEEN with `value` and `valueTo`. TEXT tags: EQ with `textValue`. FLAG tags: EQ with no value (the tag must be present).")
    public record MustHave(
            @NotBlank @Size(max = 64) @Pattern(regexp = TAG_KEY) @Schema(examples = "female_audience_share") String key,
            @NotNull DemandOperator operator,
            @Digits(integer = 16, fraction = 4) @DecimalMin("-9999999999999999.9999") @DecimalMax("9999999999999999.9999")
            @Schema(examples = "60") BigDecimal value,
            @Digits(integer = 16, fraction = 4) @DecimalMin("-9999999999999999.9999") @DecimalMax("9999999999999999.9999")
            @Schema(description = "Upper bound of BETWEEN", examples = "90") BigDecimal valueTo,
            @Size(max = 200) @Pattern(regexp = TEXT) @Schema(examples = "18-24") String textValue) {
    }

    @Schema(name = "NiceToHave", description = "A preferred dictionary tag with a weight from 1 (slight) to 10 (strong)")
    public record NiceToHave(
            @NotBlank @Size(max = 64) @Pattern(regexp = TAG_KEY) @Schema(examples = "exclusive_rights") String key,
            @NotNull @Min(1) @Max(10)
            @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", maximum = "10", examples = "5") Integer weight) {
    }

    @Schema(name = "DemandInput", description = "A demand request. Name a categoryCode and/or a typeCode, and regions "
            + "and/or an area.")
    public record DemandInput(
            @Schema(description = "The partner the demand is for: managers and admins must name it, partners may omit "
                    + "it (their own)", format = "uuid", maxLength = 36) UUID partnerId,
            @NotBlank @Size(max = 200) @Pattern(regexp = TEXT) @Schema(examples = "采购100台X型号空调 / 100 units of air conditioner model X")
            String title,
            @Size(max = 4000) @Pattern(regexp = TEXT) String description,
            @Schema(description = "Wanted channel; must agree with the category/type when both are given") Channel channel,
            @Size(max = 80) @Pattern(regexp = CODE) @Schema(examples = "offline.physical-channel") String categoryCode,
            @Size(max = 80) @Pattern(regexp = CODE) @Schema(examples = "offline.physical-channel.retail-terminal") String typeCode,
            @Size(max = 64) @Pattern(regexp = TAG_KEY) @Schema(description = "An INDUSTRY tag of the dictionary", examples = "home_appliance")
            String industry,
            @Size(max = 50) @Schema(type = SchemaType.ARRAY, maxItems = 50, implementation = RegionCode.class)
            List<@NotBlank @Size(max = 32) @Pattern(regexp = CODE) String> regions,
            @Valid Area area,
            @Valid Quantity quantity,
            @Valid Budget budget,
            @Valid Window window,
            @Size(max = 20) @Schema(maxItems = 20) List<@Valid @NotNull MustHave> mustHave,
            @Size(max = 20) @Schema(maxItems = 20) List<@Valid @NotNull NiceToHave> niceToHave,
            @Size(max = 50) @Schema(type = SchemaType.ARRAY, maxItems = 50, implementation = PartnerId.class)
            List<@NotNull UUID> excludePartners) {
    }

    @Schema(name = "Demand", description = "A demand request with its current status")
    public record DemandView(
            @Schema(format = "uuid", maxLength = 36) UUID id,
            @Schema(format = "uuid", maxLength = 36) UUID partnerId,
            @Schema(maxLength = 200, pattern = TEXT) String title,
            @Schema(maxLength = 4000, pattern = TEXT) String description,
            Channel channel,
            @Schema(maxLength = 80, pattern = CODE) String categoryCode,
            @Schema(maxLength = 80, pattern = CODE) String typeCode,
            @Schema(maxLength = 64, pattern = TAG_KEY) String industry,
            @Schema(type = SchemaType.ARRAY, maxItems = 50, implementation = RegionCode.class) List<String> regions,
            Area area,
            Quantity quantity,
            Budget budget,
            Window window,
            @Schema(maxItems = 20) List<MustHave> mustHave,
            @Schema(maxItems = 20) List<NiceToHave> niceToHave,
            @Schema(type = SchemaType.ARRAY, maxItems = 50, implementation = PartnerId.class) List<UUID> excludePartners,
            DemandStatus status,
            @Schema(maxLength = 255, pattern = TEXT) String submittedBy,
            @Schema(description = "The docking manager assigned to the demand (a username); absent while unassigned",
                    maxLength = 255, pattern = USERNAME, examples = "manager") String assignedManager,
            @Schema(format = "date-time", maxLength = 40) Instant createdAt,
            @Schema(format = "date-time", maxLength = 40) Instant updatedAt,
            @Schema(format = "int64", minimum = "0", maximum = "9223372036854775807") long version) {
    }

    @Schema(name = "DemandCancelCommand", description = "Why the demand is cancelled")
    public record CancelCommand(
            @NotBlank @Size(max = 1000) @Pattern(regexp = TEXT) @Schema(examples = "预算取消 / budget withdrawn") String reason) {
    }

    @Schema(name = "DemandEvent", description = "A status change of a demand: who, when, why")
    public record DemandEventView(
            DemandStatus fromStatus,
            DemandStatus toStatus,
            @Schema(maxLength = 1000, pattern = TEXT) String reason,
            @Schema(maxLength = 255, pattern = TEXT) String actor,
            @Schema(format = "date-time", maxLength = 40) Instant occurredAt) {
    }

    @Schema(name = "DemandManagerAssignment", description = "Assigns (or, with no manager, unassigns) the docking manager of a demand")
    public record ManagerAssignment(
            @Size(max = 255) @Pattern(regexp = USERNAME)
            @Schema(description = "The manager's username; absent or null to unassign", examples = "manager") String manager,
            @Schema(description = "The version you read; a stale one is refused with 409",
                    format = "int64", minimum = "0", maximum = "9223372036854775807") Long version) {
    }
}
