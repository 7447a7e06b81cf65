package com.resourcemarket.region;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of GET /api/v1/regions, kept as validated text so a bad value is a 400 naming the parameter. */
public class RegionQuery {

    static final String CODE = "^(CN|[A-Z_]{2,16}|\\d{6})$";

    @QueryParam("level")
    @Pattern(regexp = "^(COUNTRY|GROUP|PROVINCE|CITY)$", message = "must be one of COUNTRY, GROUP, PROVINCE, CITY")
    @Parameter(description = "Only regions of this level",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"COUNTRY", "GROUP", "PROVINCE", "CITY"}))
    public String level;

    @QueryParam("parent")
    @Pattern(regexp = CODE, message = "must be a region code such as CN, EAST_CHINA or 320000")
    @Parameter(description = "Only the direct children of this region code",
            schema = @Schema(type = SchemaType.STRING, maxLength = 16, pattern = CODE))
    public String parent;

    RegionLevel levelOrNull() {
        return level == null ? null : RegionLevel.valueOf(level);
    }
}
