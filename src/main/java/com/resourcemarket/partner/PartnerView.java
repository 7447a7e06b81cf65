package com.resourcemarket.partner;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(name = "Partner", description = "A partner organisation")
public record PartnerView(
        @Schema(format = "uuid", maxLength = 36, examples = "8a0f5b7e-2c41-4d8e-9b3a-5d6f1e2a7c01") UUID id,
        @Schema(maxLength = 200, pattern = "^[^\\u0000]*$", examples = "华东家电联合经销") String nameZh,
        @Schema(maxLength = 200, pattern = "^[^\\u0000]*$", examples = "Huadong Appliance Dealers") String nameEn,
        @Schema(examples = "DEALER") PartnerType type,
        @Schema(format = "date-time", maxLength = 40, examples = "2026-11-23T08:00:00Z") Instant createdAt,
        @Schema(format = "int64", minimum = "0", maximum = "9223372036854775807", examples = "0") long version) {

    static PartnerView of(Partner partner) {
        return new PartnerView(partner.id, partner.nameZh, partner.nameEn, partner.type, partner.createdAt, partner.version);
    }
}
