package com.resourcemarket.account;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.UUID;

@Schema(name = "Me", description = "The authenticated caller as the service sees it")
public record MeView(
        @Schema(description = "Token subject", maxLength = 255, pattern = "^[\\w.@:-]+$",
                examples = "6f1c1e9e-3b7a-4a8e-9a55-1d2f3c4b5a69") String subject,
        @Schema(maxLength = 255, pattern = "^[^\\u0000]*$", examples = "service-account-partner-huadong-appliance") String username,
        @Schema(maxLength = 255, pattern = "^[^\\u0000]*$", examples = "王芳") String displayName,
        @Schema(type = SchemaType.ARRAY, maxItems = 10, implementation = RoleName.class) List<String> roles,
        @Schema(description = "Set for partner tokens", format = "uuid", maxLength = 36,
                examples = "8a0f5b7e-2c41-4d8e-9b3a-5d6f1e2a7c01") UUID partnerId) {
}
