package com.resourcemarket.catalogue.reference;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "TagDefinition", description = "A tag of the four-dimension dictionary (行业-类型-属性-价值)")
public record TagDefinitionDetails(
        @Schema(examples = "INDUSTRY") TagDimension dimension,
        @Schema(maxLength = 64, pattern = TagKeys.PATTERN, examples = "beauty") String key,
        @Schema(maxLength = 100, pattern = "^[^\\u0000]*$", examples = "美妆") String labelZh,
        @Schema(maxLength = 200, pattern = "^[^\\u0000]*$", examples = "Beauty") String labelEn,
        @Schema(description = "FLAG: the tag carries no value; TEXT: a text; NUMBER: a number compared numerically",
                examples = "FLAG") ValueKind valueKind,
        @Schema(description = "Unit of a NUMBER tag's values", maxLength = 16, pattern = "^[^\\u0000]*$",
                examples = "%") String unit,
        @Schema(description = "Other words search treats as this tag", type = SchemaType.ARRAY, maxItems = 20,
                implementation = Synonym.class) List<String> synonyms,
        @Schema(format = "int64", minimum = "0", maximum = "9223372036854775807", examples = "0") long version) {

    static TagDefinitionDetails of(TagDefinition tag) {
        return new TagDefinitionDetails(tag.dimension, tag.key, tag.labelZh, tag.labelEn, tag.valueKind, tag.unit,
                List.copyOf(tag.synonyms), tag.version);
    }

    TagDefinitionView view() {
        return new TagDefinitionView(dimension, key, labelZh, labelEn, valueKind, unit, synonyms);
    }
}
