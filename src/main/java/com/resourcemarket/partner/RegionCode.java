package com.resourcemarket.partner;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Contract-only type: a region code as listed by GET /api/v1/regions. */
@Schema(name = "RegionCode", type = SchemaType.STRING, maxLength = 16, pattern = PartnerPatterns.REGION_CODE,
        description = "GB/T 2260 6-digit code, a big region (e.g. EAST_CHINA) or CN", examples = "310000")
final class RegionCode {

    private RegionCode() {
    }
}
