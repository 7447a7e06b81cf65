package com.resourcemarket.notification;

import com.resourcemarket.core.api.PageQuery;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Paging and the status filter of the delivery log; kept as text so a bad value is a 400 naming the parameter. */
public class DeliveryQuery extends PageQuery {

    @QueryParam("status")
    @Pattern(regexp = "^(PENDING|DELIVERED|FAILED)$", message = "must be PENDING, DELIVERED or FAILED")
    @Parameter(description = "Only deliveries in this status",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"PENDING", "DELIVERED", "FAILED"}, maxLength = 9))
    public String status;

    DeliveryStatus status() {
        return status == null || status.isBlank() ? null : DeliveryStatus.valueOf(status);
    }
}
