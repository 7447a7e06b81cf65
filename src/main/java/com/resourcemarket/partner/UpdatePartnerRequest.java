package com.resourcemarket.partner;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(name = "UpdatePartner", description = """
        The whole profile as it shall be (omitted lists become empty, an omitted annualPurchase is removed). \
        version is the version you read: if someone changed the partner since, the update is refused with 409.""")
public record UpdatePartnerRequest(
        @NotNull @Min(0)
        @Schema(description = "The version you read (optimistic locking)", format = "int64", minimum = "0",
                maximum = "9223372036854775807", examples = "3") Long version,
        @NotBlank @Size(max = 200) @Pattern(regexp = "^[^\\u0000]*$")
        @Schema(maxLength = 200, pattern = "^[^\\u0000]*$", examples = "华东家电联合经销") String nameZh,
        @NotBlank @Size(max = 200) @Pattern(regexp = "^[^\\u0000]*$")
        @Schema(maxLength = 200, pattern = "^[^\\u0000]*$", examples = "Huadong Appliance Dealers") String nameEn,
        @NotNull @Schema(description = "Only staff may change the type", examples = "DEALER") PartnerType type,
        @Size(max = 50) @Schema(type = SchemaType.ARRAY, maxItems = 50, implementation = RegionCode.class,
                description = "Region codes (GET /api/v1/regions)")
        List<@NotNull @Pattern(regexp = PartnerPatterns.REGION_CODE, message = "must be a region code") String> regions,
        @Valid @Schema(description = "Annual purchase volume") MoneyAmount annualPurchase,
        @Size(max = 20) @Schema(type = SchemaType.ARRAY, maxItems = 20) List<@NotNull @Valid TagItem> tags,
        @Size(max = 10) @Schema(type = SchemaType.ARRAY, maxItems = 10) List<@NotNull @Valid ContactInput> contacts) {

    PartnerProfile profile() {
        return new PartnerProfile(nameZh, nameEn, type, regions, annualPurchase, tags, contacts);
    }
}
