package com.resourcemarket.catalogue.reference;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "UpdateTag", description = "The new state of a tag (everything but its key)")
public record UpdateTagRequest(
        @NotNull @Schema(examples = "INDUSTRY") TagDimension dimension,
        @NotBlank @Size(max = 100) @Pattern(regexp = "^[^\\u0000]*$") @Schema(examples = "美妆") String labelZh,
        @NotBlank @Size(max = 200) @Pattern(regexp = "^[^\\u0000]*$") @Schema(examples = "Beauty") String labelEn,
        @NotNull @Schema(examples = "FLAG") ValueKind valueKind,
        @Size(max = 16) @Pattern(regexp = "^[^\\u0000]*$")
        @Schema(description = "Only for NUMBER tags", examples = "%") String unit,
        @Size(max = 20)
        @Schema(type = SchemaType.ARRAY, maxItems = 20, implementation = Synonym.class) List<String> synonyms,
        @NotNull @Min(0)
        @Schema(description = "The version you read; a stale one is refused with 409", format = "int64",
                minimum = "0", maximum = "9223372036854775807", examples = "0") Long version) {
}
