package com.resourcemarket.region;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Region", description = "A region of China (GB/T 2260 code), a big region (GROUP) or CN for nationwide")
public record RegionView(
        @Schema(description = "GB/T 2260 6-digit code, a GROUP name, or CN", maxLength = 16,
                pattern = "^(CN|[A-Z_]{2,16}|\\d{6})$", examples = "320500") String code,
        @Schema(examples = "CITY") RegionLevel level,
        @Schema(description = "The next region up (null for CN)", maxLength = 16,
                pattern = "^(CN|[A-Z_]{2,16}|\\d{6})$", examples = "320000") String parentCode,
        @Schema(maxLength = 64, pattern = "^[^\\u0000]*$", examples = "苏州市") String nameZh,
        @Schema(maxLength = 64, pattern = "^[^\\u0000]*$", examples = "Suzhou") String nameEn) {

    static RegionView of(Region region) {
        return new RegionView(region.code, region.level, region.parentCode, region.nameZh, region.nameEn);
    }
}
