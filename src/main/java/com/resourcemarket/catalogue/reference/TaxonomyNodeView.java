package com.resourcemarket.catalogue.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "TaxonomyNode", description = "A category of a channel, or a resource type below a category")
public record TaxonomyNodeView(
        @Schema(maxLength = 80, pattern = TaxonomyCodes.PATTERN, examples = "online.digital-marketing.content-platform") String code,
        @Schema(examples = "ONLINE") Channel channel,
        @Schema(examples = "TYPE") TaxonomyLevel level,
        @Schema(description = "The category above a type; absent for a category", maxLength = 80,
                pattern = TaxonomyCodes.PATTERN, examples = "online.digital-marketing") String parentCode,
        @Schema(maxLength = 100, pattern = "^[^\\u0000]*$", examples = "内容平台") String labelZh,
        @Schema(maxLength = 200, pattern = "^[^\\u0000]*$", examples = "Content platform") String labelEn,
        @Schema(description = "Position among its siblings (ascending)", format = "int32", minimum = "0",
                maximum = "100000", examples = "10") int sortOrder,
        @Schema(format = "int64", minimum = "0", maximum = "9223372036854775807", examples = "0") long version) {

    static TaxonomyNodeView of(TaxonomyNode node) {
        return new TaxonomyNodeView(node.code, node.channel, node.level, node.parentCode, node.labelZh, node.labelEn,
                node.sortOrder, node.version);
    }
}
