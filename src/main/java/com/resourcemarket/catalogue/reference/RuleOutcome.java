package com.resourcemarket.catalogue.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/** The result of one admission rule for one resource, with its reason in Chinese and English. */
@Schema(name = "RuleOutcome", description = "The result of one admission rule, with a bilingual reason")
public record RuleOutcome(
        @Schema(format = "uuid", maxLength = 36, examples = "0190a000-0000-7000-8000-000000000001") UUID ruleId,
        @Schema(examples = "false") boolean passed,
        @Schema(maxLength = 1000, pattern = "^[^\\u0000]*$", examples = "粉丝数 80000 低于门槛 100000") String reasonZh,
        @Schema(maxLength = 1000, pattern = "^[^\\u0000]*$", examples = "Followers 80000 is below the threshold 100000")
        String reasonEn) {
}
