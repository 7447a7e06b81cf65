package com.resourcemarket.partner;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "CreatePartner", description = "A new partner organisation; every profile field but the names and type is optional")
public record CreatePartnerRequest(
        @Schema(description = "Optional: the partner_id already given to the organisation in Keycloak",
                format = "uuid", maxLength = 36, examples = "8a0f5b7e-2c41-4d8e-9b3a-5d6f1e2a7c01") UUID id,
        @NotBlank @Size(max = 200) @Pattern(regexp = "^[^\\u0000]*$") @Schema(examples = "华东家电联合经销") String nameZh,
        @NotBlank @Size(max = 200) @Pattern(regexp = "^[^\\u0000]*$") @Schema(examples = "Huadong Appliance Dealers") String nameEn,
        @NotNull @Schema(examples = "DEALER") PartnerType type,
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
