package com.resourcemarket.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
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

/** The catalogue's API bodies. Entities never leave the service; these records do. */
public final class ResourceDtos {

    static final String TEXT = "^[^\\u0000]*$";
    static final String CODE = "^[A-Za-z0-9_.-]+$";

    private ResourceDtos() {
    }

    /** Contract-only type: a region code (province/city administrative code, or a big region such as EAST_CHINA). */
    @Schema(name = "RegionCode", type = SchemaType.STRING, maxLength = 32, pattern = CODE, examples = "310000")
    static final class RegionCode {
        private RegionCode() {
        }
    }

    @Schema(name = "GeoPoint", description = "WGS-84 coordinates of an offline resource")
    public record GeoPoint(
            @NotNull @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 3, fraction = 6)
            @Schema(examples = "31.230416") BigDecimal latitude,
            @NotNull @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 6)
            @Schema(examples = "121.473701") BigDecimal longitude) {
    }

    @Schema(name = "Capacity", description = "How much the resource can take: units in stock, seats, daily footfall, audience size")
    public record Capacity(
            @NotNull @PositiveOrZero @Digits(integer = 16, fraction = 2) @Schema(examples = "5000") BigDecimal amount,
            @NotBlank @Size(max = 32) @Pattern(regexp = TEXT) @Schema(examples = "people/day") String unit) {
    }

    @Schema(name = "PriceQuote", description = "The quoted price: amount, ISO 4217 currency, per unit")
    public record PriceQuote(
            @NotNull @PositiveOrZero @Digits(integer = 16, fraction = 2) @Schema(examples = "12000.00") BigDecimal amount,
            @NotBlank @Pattern(regexp = "^[A-Z]{3}$") @Size(max = 3) @Schema(examples = "CNY") String currency,
            @NotBlank @Size(max = 32) @Pattern(regexp = TEXT) @Schema(examples = "month") String unit) {
    }

    static final String PHONE_INPUT = "^(|\\+?[0-9 *-]{6,20})$";
    static final String ID_NUMBER_INPUT = "^(|[0-9]{17}[0-9Xx]|[0-9]{6}\\*{8}[0-9]{3}[0-9Xx])$";

    @Schema(name = "ContactInput", description = """
            Contact person of a resource; phone and ID number are stored encrypted. Staff only ever see them masked, \
            so on an update each of the two follows these rules: left out (or null) keeps the stored value; the \
            stored value's mask exactly as the API shows it (e.g. 138****5678) keeps it too; an empty string "" \
            removes it; a full value replaces it. Any other masked value is refused with 400. Sending no contact at \
            all removes the whole contact.""")
    public record ContactInput(
            @NotBlank @Size(max = 100) @Pattern(regexp = TEXT) @Schema(examples = "王芳") String name,
            @Size(max = 20) @Pattern(regexp = PHONE_INPUT)
            @Schema(description = "Full number to set; omit to keep the stored one, its mask keeps it too, \"\" removes it",
                    examples = "13812345678") String phone,
            @Size(max = 18) @Pattern(regexp = ID_NUMBER_INPUT)
            @Schema(description = "Resident ID number to set; omit to keep, its mask keeps it too, \"\" removes it",
                    examples = "110101199003074518") String idNumber) {
    }

    @Schema(name = "Contact", description = "Contact person; phone and ID number masked unless the caller may see them")
    public record Contact(
            @Schema(maxLength = 100, pattern = TEXT, examples = "王芳") String name,
            @Schema(maxLength = 20, pattern = "^[0-9+* -]*$", examples = "138****5678") String phone,
            @Schema(maxLength = 18, pattern = "^[0-9Xx*]*$", examples = "110101********4518") String idNumber) {
    }

    @Schema(name = "TagInput", description = "A tag from the dictionary: a text value, a number (with the dictionary's unit), or nothing for a flag")
    public record TagInput(
            @NotBlank @Size(max = 64) @Pattern(regexp = "^[a-z0-9_]+$") @Schema(examples = "female_audience_share") String key,
            @Size(max = 200) @Pattern(regexp = TEXT) @Schema(examples = "18-24") String textValue,
            @Digits(integer = 16, fraction = 4) @Schema(examples = "80") BigDecimal numberValue) {
    }

    @Schema(name = "Tag", description = "A tag with its dictionary labels")
    public record Tag(
            @Schema(enumeration = {"INDUSTRY", "TYPE", "ATTRIBUTE", "VALUE"}, maxLength = 16) String dimension,
            @Schema(maxLength = 64, pattern = "^[a-z0-9_]+$", examples = "female_audience_share") String key,
            @Schema(maxLength = 200, pattern = TEXT, examples = "女性用户占比") String labelZh,
            @Schema(maxLength = 200, pattern = TEXT, examples = "Female audience share") String labelEn,
            @Schema(maxLength = 200, pattern = TEXT) String textValue,
            @Schema(examples = "80") BigDecimal numberValue,
            @Schema(maxLength = 16, pattern = TEXT, examples = "%") String unit) {
    }

    @Schema(name = "ResourceInput", description = "A resource as its owner or a manager writes it")
    public record ResourceInput(
            @Schema(description = "Owner partner; managers must name it, partners may omit it (their own)", format = "uuid", maxLength = 36)
            UUID ownerPartnerId,
            @NotBlank @Size(max = 80) @Pattern(regexp = CODE) @Schema(examples = "online.digital-marketing.content-platform") String typeCode,
            @NotBlank @Size(max = 200) @Pattern(regexp = TEXT) @Schema(examples = "国内领先的美妆短视频平台") String nameZh,
            @NotBlank @Size(max = 200) @Pattern(regexp = TEXT) @Schema(examples = "Leading beauty short-video platform") String nameEn,
            @Size(max = 4000) @Pattern(regexp = TEXT) String description,
            @NotNull @Size(min = 1, max = 50) @Schema(maxItems = 50) List<@NotBlank @Size(max = 32) @Pattern(regexp = CODE) String> regions,
            @Valid GeoPoint location,
            @Valid Capacity capacity,
            @Valid PriceQuote price,
            @Schema(format = "date", maxLength = 10) LocalDate availableFrom,
            @Schema(format = "date", maxLength = 10) LocalDate availableTo,
            @Valid ContactInput contact,
            @Size(max = 50) @Schema(maxItems = 50) List<@Valid @NotNull TagInput> tags,
            @Schema(description = "For updates: the version you read; a stale one is refused with 409",
                    format = "int64", minimum = "0", maximum = "9223372036854775807") Long version) {
    }

    @Schema(name = "Resource", description = "A catalogue resource. Contact data appears only for its owner and staff.")
    public record ResourceView(
            @Schema(format = "uuid", maxLength = 36, examples = "01a20a20-0fa4-7663-965a-5c25eb52dd7f") UUID id,
            @Schema(enumeration = {"ONLINE", "OFFLINE"}, maxLength = 16, examples = "ONLINE") String channel,
            @Schema(maxLength = 80, pattern = CODE) String categoryCode,
            @Schema(maxLength = 80, pattern = CODE) String typeCode,
            @Schema(format = "uuid", maxLength = 36) UUID ownerPartnerId,
            @Schema(maxLength = 200, pattern = TEXT, examples = "国内领先的美妆短视频平台") String nameZh,
            @Schema(maxLength = 200, pattern = TEXT, examples = "Leading beauty short-video platform") String nameEn,
            @Schema(maxLength = 4000, pattern = TEXT) String description,
            @Schema(type = SchemaType.ARRAY, maxItems = 50, implementation = RegionCode.class) List<String> regions,
            GeoPoint location,
            Capacity capacity,
            PriceQuote price,
            @Schema(format = "date", maxLength = 10) LocalDate availableFrom,
            @Schema(format = "date", maxLength = 10) LocalDate availableTo,
            Contact contact,
            @Schema(maxItems = 50) List<Tag> tags,
            Grade grade,
            ResourceStatus status,
            @Schema(minimum = "0", maximum = "100", examples = "86.50") BigDecimal evaluationScore,
            @Schema(format = "date-time", maxLength = 40) Instant createdAt,
            @Schema(format = "date-time", maxLength = 40) Instant updatedAt,
            @Schema(format = "int64", minimum = "0", maximum = "9223372036854775807") long version,
            @Schema(description = "Kilometres from the search point, when searching near one", minimum = "0", maximum = "50000")
            Double distanceKm) {
    }

    @Schema(name = "LifecycleCommand", description = "An explicit lifecycle action")
    public record LifecycleCommand(
            @NotNull LifecycleAction action,
            @Size(max = 1000) @Pattern(regexp = TEXT) @Schema(examples = "投诉率超过5% / complaint rate above 5%") String reason,
            @Schema(format = "int64", minimum = "0", maximum = "9223372036854775807") Long version) {
    }

    @Schema(name = "LifecycleEvent", description = "A lifecycle transition: who, when, why")
    public record LifecycleEventView(
            LifecycleAction action,
            ResourceStatus fromStatus,
            ResourceStatus toStatus,
            @Schema(maxLength = 1000, pattern = TEXT, examples = "粉丝数不足 / not enough followers") String reason,
            @Schema(maxLength = 255, pattern = TEXT, examples = "manager") String actor,
            @Schema(format = "date-time", maxLength = 40, examples = "2026-11-23T08:00:00Z") Instant occurredAt) {
    }

    @Schema(name = "GradeCommand", description = "A grade with the manager's reason")
    public record GradeCommand(
            @NotNull Grade grade,
            @NotBlank @Size(max = 1000) @Pattern(regexp = TEXT) @Schema(examples = "独家代理权，转化率高 / exclusive rights, high conversion") String reason) {
    }

    @Schema(name = "GradeChange", description = "One grade decision")
    public record GradeChangeView(
            Grade fromGrade,
            Grade toGrade,
            @Schema(maxLength = 1000, pattern = TEXT, examples = "头部KOL渠道 / top KOL channel") String reason,
            @Schema(maxLength = 255, pattern = TEXT, examples = "manager") String actor,
            @Schema(format = "date-time", maxLength = 40) Instant occurredAt) {
    }

    @Schema(name = "AdmissionOutcome", description = "One admission rule's verdict")
    public record AdmissionOutcomeView(
            @Schema(format = "uuid", maxLength = 36) UUID ruleId,
            @Schema(maxLength = 64, pattern = TEXT) String subject,
            boolean passed,
            @Schema(maxLength = 1000, pattern = TEXT) String reasonZh,
            @Schema(maxLength = 1000, pattern = TEXT) String reasonEn) {
    }

    @Schema(name = "AdmissionResult", description = "The admission check made at a submission")
    public record AdmissionResultView(
            boolean passed,
            @Schema(maxItems = 100) List<AdmissionOutcomeView> outcomes,
            @Schema(format = "date-time", maxLength = 40) Instant evaluatedAt,
            @Schema(maxLength = 255, pattern = TEXT) String actor) {
    }

    @Schema(name = "EvaluationInput", description = "Sub-scores 0-100 of the evaluation model")
    public record EvaluationInput(
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) @Schema(examples = "90") BigDecimal quality,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) @Schema(examples = "80") BigDecimal matchFit,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) @Schema(examples = "70") BigDecimal cooperationCost,
            @NotNull @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 2) @Schema(examples = "60") BigDecimal growthPotential,
            @Size(max = 1000) @Pattern(regexp = TEXT) String note) {
    }

    @Schema(name = "Evaluation", description = "An evaluation with the weights it used and the weighted score")
    public record EvaluationView(
            BigDecimal quality, BigDecimal matchFit, BigDecimal cooperationCost, BigDecimal growthPotential,
            @Schema(format = "int32", minimum = "0", maximum = "100") int weightQuality,
            @Schema(format = "int32", minimum = "0", maximum = "100") int weightMatchFit,
            @Schema(format = "int32", minimum = "0", maximum = "100") int weightCost,
            @Schema(format = "int32", minimum = "0", maximum = "100") int weightGrowth,
            @Schema(minimum = "0", maximum = "100", examples = "79.00") BigDecimal score,
            @Schema(maxLength = 1000, pattern = TEXT) String note,
            @Schema(maxLength = 255, pattern = TEXT) String actor,
            @Schema(format = "date-time", maxLength = 40) Instant evaluatedAt) {
    }

    @Schema(name = "EvaluationWeights", description = "Weights in percent; they must sum to 100")
    public record EvaluationWeightsView(
            @NotNull @jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(100)
            @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "100", examples = "40") Integer quality,
            @NotNull @jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(100)
            @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "100", examples = "30") Integer matchFit,
            @NotNull @jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(100)
            @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "100", examples = "20") Integer cooperationCost,
            @NotNull @jakarta.validation.constraints.Min(0) @jakarta.validation.constraints.Max(100)
            @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "0", maximum = "100", examples = "10") Integer growthPotential,
            @Schema(maxLength = 255, pattern = TEXT, readOnly = true) String changedBy,
            @Schema(format = "date-time", maxLength = 40, readOnly = true) Instant changedAt,
            @Schema(format = "int64", minimum = "0", maximum = "9223372036854775807") Long version) {
    }

    /** Contract-only type: the counts of one facet, by value. */
    @Schema(name = "FacetCounts", type = SchemaType.OBJECT, additionalProperties = FacetCount.class,
            examples = "{\"CORE\": 12, \"IMPORTANT\": 40}")
    static final class FacetCounts {
        private FacetCounts() {
        }
    }

    /** Contract-only type: a number of resources. */
    @Schema(name = "FacetCount", type = SchemaType.INTEGER, format = "int64", minimum = "0", maximum = "9223372036854775807")
    static final class FacetCount {
        private FacetCount() {
        }
    }

    @Schema(name = "ResourceSearchPage", description = "Search results with facet counts and the cursor of the next page")
    public record SearchPageView(
            @Schema(maxItems = 200) List<ResourceView> items,
            @Schema(format = "int64", minimum = "0", maximum = "9223372036854775807", examples = "34") long total,
            @Schema(description = "Counts by type, grade and region over the filtered set",
                    type = SchemaType.OBJECT, additionalProperties = FacetCounts.class)
            java.util.Map<String, java.util.Map<String, Long>> facets,
            @Schema(maxLength = 512, pattern = "^[A-Za-z0-9_=-]*$") String nextCursor) {
    }
}
