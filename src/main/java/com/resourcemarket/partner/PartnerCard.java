package com.resourcemarket.partner;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

/** A partner's name and contact people, for a counterparty that has a signed deal with it. */
@Schema(name = "PartnerCard", description = "A partner's name and contact people with e-mail and phone in full, never an ID number (shown to the other party of a signed cooperation)")
public record PartnerCard(
        @Schema(format = "uuid", maxLength = 36, examples = "c2d9e4f1-7a3b-4e6c-8f15-9b0a3d7e4c02") UUID partnerId,
        @Schema(maxLength = 200, pattern = "^[^\\u0000]*$", examples = "美妆短视频") String nameZh,
        @Schema(maxLength = 200, pattern = "^[^\\u0000]*$", examples = "Beauty Clip") String nameEn,
        @Schema(type = SchemaType.ARRAY, maxItems = 10) List<ContactView> contacts) {
}
