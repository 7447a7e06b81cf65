package com.resourcemarket.cooperation;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the cooperation listing (kept as text and validated, so a bad value is a 400 naming the parameter). */
public class CooperationQuery {

    static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    @QueryParam("status")
    @Pattern(regexp = "^(PROPOSED|ACCEPTED|NEGOTIATING|SIGNED|EXECUTING|REVIEWED|CLOSED|DECLINED|CANCELLED)$")
    @Parameter(description = "Only cooperations in this status",
            schema = @Schema(type = SchemaType.STRING, maxLength = 16, implementation = CooperationStatus.class))
    public String status;

    @QueryParam("demand")
    @Pattern(regexp = UUID_PATTERN, message = "must be a UUID")
    @Parameter(description = "Only cooperations of this demand", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
    public String demand;

    @QueryParam("partner")
    @Pattern(regexp = UUID_PATTERN, message = "must be a UUID")
    @Parameter(description = "Only cooperations where this partner is a party (partners may name only their own)",
            schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
    public String partner;
}
