package com.resourcemarket.catalogue.reference;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CreateTaxonomyNode", description = """
        A new category (code channel.category, no parent) or type (code parentCode.type, parent a category of the \
        same channel)""")
public record CreateTaxonomyNodeRequest(
        @NotBlank @Size(max = 80) @Pattern(regexp = TaxonomyCodes.PATTERN)
        @Schema(examples = "online.digital-marketing.podcast") String code,
        @NotNull @Schema(examples = "ONLINE") Channel channel,
        @NotNull @Schema(examples = "TYPE") TaxonomyLevel level,
        @Size(max = 80) @Pattern(regexp = TaxonomyCodes.PATTERN)
        @Schema(description = "Required for a type: its category; absent for a category",
                examples = "online.digital-marketing") String parentCode,
        @NotBlank @Size(max = 100) @Pattern(regexp = "^[^\\u0000]*$") @Schema(examples = "播客") String labelZh,
        @NotBlank @Size(max = 200) @Pattern(regexp = "^[^\\u0000]*$") @Schema(examples = "Podcast") String labelEn,
        @Min(0) @Max(100_000)
        @Schema(description = "Position among its siblings; default: after the last one", format = "int32",
                minimum = "0", maximum = "100000", examples = "40") Integer sortOrder) {
}
