package com.resourcemarket.account;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Contract-only type: the realm roles a caller may hold. */
@Schema(name = "RoleName", type = SchemaType.STRING, maxLength = 32,
        enumeration = {"partner", "resource-manager", "finance", "admin"}, examples = "partner")
final class RoleName {

    private RoleName() {
    }
}
