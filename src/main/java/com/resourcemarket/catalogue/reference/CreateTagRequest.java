package com.resourcemarket.catalogue.reference;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "CreateTag", description = "A new tag of the dictionary")
public record CreateTagRequest(
        @NotNull @Schema(examples = "INDUSTRY") TagDimension dimension,
        @NotBlank @Size(max = 64) @Pattern(regexp = TagKeys.PATTERN) @Schema(examples = "pet_care") String key,
        @NotBlank @Size(max = 100) @Pattern(regexp = "^[^\\u0000]*$") @Schema(examples = "宠物") String labelZh,
        @NotBlank @Size(max = 200) @Pattern(regexp = "^[^\\u0000]*$") @Schema(examples = "Pet care") String labelEn,
        @NotNull @Schema(examples = "FLAG") ValueKind valueKind,
        @Size(max = 16) @Pattern(regexp = "^[^\\u0000]*$")
        @Schema(description = "Only for NUMBER tags", examples = "%") String unit,
        @Size(max = 20)
        @Schema(type = SchemaType.ARRAY, maxItems = 20, implementation = Synonym.class) List<String> synonyms) {
}
