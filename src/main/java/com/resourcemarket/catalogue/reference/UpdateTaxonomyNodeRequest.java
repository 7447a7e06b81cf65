package com.resourcemarket.catalogue.reference;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "UpdateTaxonomyNode", description = "New labels (and optionally position) of a taxonomy node")
public record UpdateTaxonomyNodeRequest(
        @NotBlank @Size(max = 100) @Pattern(regexp = "^[^\\u0000]*$") @Schema(examples = "内容平台") String labelZh,
        @NotBlank @Size(max = 200) @Pattern(regexp = "^[^\\u0000]*$") @Schema(examples = "Content platform") String labelEn,
        @Min(0) @Max(100_000)
        @Schema(description = "New position among its siblings; unchanged when absent", format = "int32",
                minimum = "0", maximum = "100000", examples = "10") Integer sortOrder,
        @NotNull @Min(0)
        @Schema(description = "The version you read; a stale one is refused with 409", format = "int64",
                minimum = "0", maximum = "9223372036854775807", examples = "0") Long version) {
}
