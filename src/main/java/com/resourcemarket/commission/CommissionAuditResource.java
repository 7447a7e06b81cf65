package com.resourcemarket.commission;

import com.resourcemarket.commission.CommissionDtos.AuditView;
import com.resourcemarket.core.api.PageQuery;
import com.resourcemarket.core.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/commission/audit")
@Tag(name = "Commission audit", description = "Who changed which plan, rule set, hold or statement, when, before and after")
@Produces(MediaType.APPLICATION_JSON)
public class CommissionAuditResource {

    @Inject
    AuditTrail audit;

    @GET
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "listCommissionAudit", summary = "Read the commission audit trail",
            description = "Oldest first; filter by entity type (PLAN, CONTRIBUTION_TYPE, BINDING, SETTLEMENT_RUN, STATEMENT, "
                    + "PARTNER_HOLD) and id.")
    @APIResponse(responseCode = "200", description = "A page of audit entries",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, maxItems = 200, implementation = AuditView.class)))
    public List<AuditView> list(
            @QueryParam("entityType") @Pattern(regexp = "^[A-Z_]{1,32}$", message = "must be an entity type such as STATEMENT")
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 32, pattern = "^[A-Z_]{1,32}$")) String entityType,
            @QueryParam("entityId") @Size(max = 64) @Pattern(regexp = "^[A-Za-z0-9_.:-]{1,64}$", message = "must be an id")
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 64, pattern = "^[A-Za-z0-9_.:-]{1,64}$")) String entityId,
            @Valid @BeanParam PageQuery page) {
        return audit.list(entityType, entityId, page.offset(), page.limit());
    }
}
