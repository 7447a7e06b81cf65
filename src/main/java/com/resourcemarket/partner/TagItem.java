package com.resourcemarket.partner;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerTag", description = "One of the partner's own tags, e.g. REGION / region / 华东")
public record TagItem(
        @NotNull @Schema(examples = "REGION") TagDimension dimension,
        @NotBlank @Size(max = 64) @Pattern(regexp = "^[a-z][a-z0-9_]*$", message = "must be lower_snake_case")
        @Schema(maxLength = 64, pattern = "^[a-z][a-z0-9_]*$", examples = "region") String key,
        @NotBlank @Size(max = 200) @Pattern(regexp = "^[^\\u0000-\\u001f]*$", message = "must not contain control characters")
        @Schema(maxLength = 200, pattern = "^[^\\u0000-\\u001f]*$", examples = "华东") String value) {

    static TagItem of(PartnerTag tag) {
        return new TagItem(tag.dimension, tag.key, tag.value);
    }
}
