package com.resourcemarket.catalogue.reference;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;

@Schema(name = "CreateAdmissionRule", description = """
        A new admission rule of a resource type. GTE and LTE need a NUMBER subject and thresholdNumber; EQ needs thresholdNumber (NUMBER subject) \
        or thresholdText (TEXT subject); PRESENT takes no threshold. Descriptions default to a sentence made \
        from the rule.""")
public record AdmissionRuleRequest(
        @NotBlank @Size(max = 80) @Pattern(regexp = TaxonomyCodes.PATTERN)
        @Schema(description = "A resource type of the taxonomy", examples = "online.digital-marketing.content-platform")
        String typeCode,
        @NotNull @Schema(examples = "TAG") SubjectKind subjectKind,
        @NotBlank @Size(max = 64) @Pattern(regexp = "^[A-Za-z][A-Za-z0-9_]{0,63}$")
        @Schema(description = "A tag key (TAG) or one of capacityAmount, priceAmount, description, location (FIELD)",
                examples = "followers") String subject,
        @NotNull @Schema(examples = "GTE") RuleOperator operator,
        @Digits(integer = 16, fraction = 4) @DecimalMin("-9999999999999999.9999") @DecimalMax("9999999999999999.9999")
        @Schema(minimum = "-9999999999999999.9999", maximum = "9999999999999999.9999", examples = "100000")
        BigDecimal thresholdNumber,
        @Size(max = 200) @Pattern(regexp = "^[^\\u0000]*$") @Schema(examples = "18-35") String thresholdText,
        @Size(max = 500) @Pattern(regexp = "^[^\\u0000]*$") @Schema(examples = "粉丝数不少于10万") String descriptionZh,
        @Size(max = 500) @Pattern(regexp = "^[^\\u0000]*$") @Schema(examples = "At least 100,000 followers") String descriptionEn,
        @Schema(description = "Whether the rule is applied; default true", examples = "true") Boolean active) {
}
