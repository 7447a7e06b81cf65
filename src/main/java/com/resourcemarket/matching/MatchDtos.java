package com.resourcemarket.matching;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The matching API's bodies. Entities never leave the services; these records do. */
public final class MatchDtos {

    static final String TEXT = "^[^\\u0000]*$";
    static final String CODE = "^[A-Za-z0-9_.*-]+$";

    private MatchDtos() {
    }

    @Schema(name = "MatchPrice", description = "The resource's listed price")
    public record Price(
            @Schema(minimum = "0", maximum = "9999999999999999.99", examples = "15000.00") BigDecimal amount,
            @Schema(maxLength = 3, pattern = "^[A-Z]{3}$", examples = "CNY") String currency,
            @Schema(maxLength = 32, pattern = TEXT, examples = "campaign") String unit) {
    }

    @Schema(name = "MatchedResource", description = "What the manager needs to recognise a matched resource")
    public record ResourceSummary(
            @Schema(format = "uuid", maxLength = 36) UUID id,
            @Schema(maxLength = 200, pattern = TEXT, examples = "上海美妆短视频账号") String nameZh,
            @Schema(maxLength = 200, pattern = TEXT, examples = "Shanghai beauty short-video account") String nameEn,
            @Schema(maxLength = 80, pattern = CODE, examples = "online.digital-marketing.content-platform") String typeCode,
            @Schema(maxLength = 80, pattern = CODE, examples = "online.digital-marketing") String categoryCode,
            @Schema(maxLength = 16, pattern = "^[A-Z]+$", examples = "CORE") String grade,
            @Schema(format = "uuid", maxLength = 36) UUID ownerPartnerId,
            Price price) {
    }

    @Schema(name = "MatchFactorContribution", description = "One factor of a result's score: its normalised value in "
            + "[0, 1], its share of the 100 points for this demand (weight) and weight × value (contribution). The "
            + "contributions of a result sum exactly to its score.")
    public record FactorView(
            @Schema(examples = "GRADE") MatchFactor factor,
            @Schema(minimum = "0", maximum = "1", examples = "0.6000") BigDecimal value,
            @Schema(minimum = "0", maximum = "100", examples = "11.7647") BigDecimal weight,
            @Schema(minimum = "0", maximum = "100", examples = "7.0588") BigDecimal contribution) {

        static FactorView of(FactorContribution c) {
            return new FactorView(c.factor(), c.value(), c.weight(), c.contribution());
        }
    }

    @Schema(name = "MatchResult", description = "One ranked resource with its explained score")
    public record ResultView(
            @Schema(format = "int32", minimum = "1", maximum = "200", examples = "1") int rank,
            ResourceSummary resource,
            @Schema(description = "0-100, the sum of the contributions", minimum = "0", maximum = "100", examples = "78.2353")
            BigDecimal score,
            @Schema(description = "Evaluation score (the first tie-break)", minimum = "0", maximum = "100", examples = "80")
            BigDecimal evaluation,
            @Schema(description = "Kilometres to the demand's point, when it has one", minimum = "0", maximum = "40000",
                    examples = "1.2") Double distanceKm,
            @Schema(maxItems = 10) List<FactorView> explanation) {
    }

    @Schema(name = "MatchWeightValues", description = "Relative weights of the ranking factors (0-1000 each; only "
            + "ratios matter: they are normalised over the factors that apply to a demand)")
    public record WeightValues(
            @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 4)
            @Schema(minimum = "0", maximum = "1000", examples = "15") BigDecimal tagIndustry,
            @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 4)
            @Schema(minimum = "0", maximum = "1000", examples = "10") BigDecimal tagType,
            @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 4)
            @Schema(minimum = "0", maximum = "1000", examples = "10") BigDecimal tagAttribute,
            @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 4)
            @Schema(minimum = "0", maximum = "1000", examples = "10") BigDecimal tagValue,
            @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 4)
            @Schema(minimum = "0", maximum = "1000", examples = "10") BigDecimal grade,
            @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 4)
            @Schema(minimum = "0", maximum = "1000", examples = "15") BigDecimal evaluation,
            @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 4)
            @Schema(minimum = "0", maximum = "1000", examples = "5") BigDecimal monthlyQuality,
            @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 4)
            @Schema(minimum = "0", maximum = "1000", examples = "10") BigDecimal price,
            @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 4)
            @Schema(minimum = "0", maximum = "1000", examples = "10") BigDecimal distance,
            @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 4, fraction = 4)
            @Schema(minimum = "0", maximum = "1000", examples = "5") BigDecimal history) {

        static WeightValues of(MatchWeightSetting s) {
            return new WeightValues(plain(s.tagIndustry), plain(s.tagType), plain(s.tagAttribute), plain(s.tagValue),
                    plain(s.grade), plain(s.evaluation), plain(s.monthlyQuality), plain(s.price), plain(s.distance),
                    plain(s.history));
        }

        static WeightValues of(MatchWeights w) {
            return new WeightValues(bd(w.tagIndustry()), bd(w.tagType()), bd(w.tagAttribute()), bd(w.tagValue()),
                    bd(w.grade()), bd(w.evaluation()), bd(w.monthlyQuality()), bd(w.price()), bd(w.distance()), bd(w.history()));
        }

        private static BigDecimal bd(double v) {
            return plain(BigDecimal.valueOf(v));
        }

        /** 15, not 15.0000 (the column's scale): the same number whichever way it was stored. */
        private static BigDecimal plain(BigDecimal v) {
            BigDecimal d = v.stripTrailingZeros();
            return d.scale() < 0 ? d.setScale(0) : d;
        }

        MatchWeights toWeights() {
            return new MatchWeights(tagIndustry.doubleValue(), tagType.doubleValue(), tagAttribute.doubleValue(),
                    tagValue.doubleValue(), grade.doubleValue(), evaluation.doubleValue(), monthlyQuality.doubleValue(),
                    price.doubleValue(), distance.doubleValue(), history.doubleValue());
        }
    }

    @Schema(name = "MatchRun", description = "A stored run of the matching engine for a demand: the ranking, each "
            + "result's explanation, and the weights it used")
    public record RunView(
            @Schema(format = "uuid", maxLength = 36) UUID runId,
            @Schema(format = "uuid", maxLength = 36) UUID demandId,
            @Schema(format = "date-time", maxLength = 40) Instant matchedAt,
            @Schema(maxLength = 255, pattern = TEXT, examples = "manager") String requestedBy,
            @Schema(description = "The weights' scope: '*' (default) or the category whose override applied",
                    maxLength = 80, pattern = CODE, examples = "*") String weightsScope,
            WeightValues weights,
            @Schema(description = "How many results the run stored", format = "int32", minimum = "0", maximum = "200",
                    examples = "20") int storedResults,
            @Schema(maxItems = 200) List<ResultView> results) {
    }

    @Schema(name = "MatchWeights", description = "Ranking weights of a scope: '*' (the default) or a category code")
    public record WeightsView(
            @Schema(maxLength = 80, pattern = CODE, examples = "online.digital-marketing") String scope,
            @Schema(description = "True when this is the category's own override, false when the default applies")
            boolean override,
            WeightValues weights,
            @Schema(maxLength = 255, pattern = TEXT, examples = "manager") String updatedBy,
            @Schema(format = "date-time", maxLength = 40) Instant updatedAt,
            @Schema(format = "int64", minimum = "0", maximum = "9223372036854775807", examples = "0") long version) {
    }

    @Schema(name = "MatchWeightsInput", description = "New weights for a scope; `version` (optional) must be the "
            + "current one (optimistic locking)")
    public record WeightsInput(
            @NotNull @jakarta.validation.Valid WeightValues weights,
            @Schema(format = "int64", minimum = "0", maximum = "9223372036854775807", examples = "0") Long version) {
    }

    @Schema(name = "MatchWeightChange", description = "A change of ranking weights: who, when, before and after")
    public record WeightChangeView(
            @Schema(maxLength = 80, pattern = CODE, examples = "online.digital-marketing") String scope,
            @Schema(description = "Absent when an override was created") WeightValues before,
            @Schema(description = "Absent when an override was removed") WeightValues after,
            @Schema(maxLength = 255, pattern = TEXT, examples = "manager") String changedBy,
            @Schema(format = "date-time", maxLength = 40) Instant changedAt) {
    }
}
