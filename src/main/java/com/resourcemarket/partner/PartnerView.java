package com.resourcemarket.partner;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "Partner", description = "A partner organisation and its profile")
public record PartnerView(
        @Schema(format = "uuid", maxLength = 36, examples = "8a0f5b7e-2c41-4d8e-9b3a-5d6f1e2a7c01") UUID id,
        @Schema(maxLength = 200, pattern = "^[^\\u0000]*$", examples = "华东家电联合经销") String nameZh,
        @Schema(maxLength = 200, pattern = "^[^\\u0000]*$", examples = "Huadong Appliance Dealers") String nameEn,
        @Schema(examples = "DEALER") PartnerType type,
        @Schema(type = SchemaType.ARRAY, maxItems = 50, implementation = RegionCode.class, description = "Region codes, sorted")
        List<String> regions,
        @Schema(description = "Annual purchase volume, if known") MoneyAmount annualPurchase,
        @Schema(type = SchemaType.ARRAY, maxItems = 20) List<TagItem> tags,
        @Schema(type = SchemaType.ARRAY, maxItems = 10) List<ContactView> contacts,
        @Schema(format = "date-time", maxLength = 40, examples = "2026-11-23T08:00:00Z") Instant createdAt,
        @Schema(format = "date-time", maxLength = 40, examples = "2026-11-24T09:30:00Z") Instant updatedAt,
        @Schema(description = "Send it back on update (optimistic locking)", format = "int64", minimum = "0",
                maximum = "9223372036854775807", examples = "0") long version) {

    static PartnerView of(Partner partner, boolean revealContacts) {
        MoneyAmount purchase = partner.annualPurchaseAmount == null ? null
                : new MoneyAmount(partner.annualPurchaseAmount, partner.annualPurchaseCurrency);
        return new PartnerView(partner.id, partner.nameZh, partner.nameEn, partner.type,
                partner.regions.stream().sorted().toList(), purchase,
                partner.tags.stream().map(TagItem::of).toList(),
                partner.contacts.stream().map(contact -> ContactView.of(contact, revealContacts)).toList(),
                partner.createdAt, partner.updatedAt, partner.version);
    }
}
