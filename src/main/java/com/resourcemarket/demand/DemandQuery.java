package com.resourcemarket.demand;

import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Filters of the demand listing (kept as text and validated, so a bad value is a 400 naming the parameter). */
public class DemandQuery {

    @QueryParam("status")
    @Pattern(regexp = "^(SUBMITTED|MATCHED|IN_COOPERATION|FULFILLED|CANCELLED|EXPIRED)$")
    @Parameter(description = "Only demands in this status",
            schema = @Schema(type = SchemaType.STRING, maxLength = 16, implementation = DemandStatus.class))
    public String status;

    @QueryParam("partner")
    @Pattern(regexp = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$", message = "must be a UUID")
    @Parameter(description = "Only demands of this partner (partners may name only their own)",
            schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
    public String partner;
}
