package com.resourcemarket.demand;

import com.resourcemarket.core.api.PageQuery;
import com.resourcemarket.core.security.Roles;
import com.resourcemarket.demand.DemandDtos.CancelCommand;
import com.resourcemarket.demand.DemandDtos.DemandEventView;
import com.resourcemarket.demand.DemandDtos.DemandInput;
import com.resourcemarket.demand.DemandDtos.DemandView;
import com.resourcemarket.demand.DemandDtos.ManagerAssignment;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/demands")
@Tag(name = "Demand", description = "Partners' demand requests (需求提报) and their status")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DemandResource {

    @Inject
    DemandService demands;

    @POST
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.ADMIN})
    @Operation(operationId = "submitDemand", summary = "Submit a demand request",
            description = "A partner submits for itself; a manager or admin names the partner. The category/type, industry, "
                    + "regions and tags are checked against the reference data. Idempotent: repeating a request with the "
                    + "same Idempotency-Key answers with the demand created the first time (201, same id); the same key "
                    + "with a different request is a 409. Keys are scoped per partner.")
    @APIResponse(responseCode = "201", description = "Submitted (or the earlier submission with this key)",
            content = @Content(schema = @Schema(implementation = DemandView.class)))
    @APIResponse(responseCode = "409", description = "The Idempotency-Key was used with a different request")
    // The header is checked by the service, so a missing or malformed key is a 400 naming the header itself.
    public Response submit(
            @HeaderParam(DemandService.IDEMPOTENCY_KEY_HEADER)
            @Parameter(name = DemandService.IDEMPOTENCY_KEY_HEADER, in = ParameterIn.HEADER, required = true,
                    description = "Unique per demand of a partner: 1-64 characters A-Z, a-z, 0-9, '_' or '-'",
                    schema = @Schema(type = SchemaType.STRING, minLength = 1, maxLength = 64, pattern = DemandDtos.IDEMPOTENCY_KEY))
            String idempotencyKey,
            @Valid @NotNull DemandInput input, @Context UriInfo uri) {
        DemandView demand = demands.submit(idempotencyKey, input).demand();
        return Response.created(uri.getAbsolutePathBuilder().path(demand.id().toString()).build()).entity(demand).build();
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "listDemands", summary = "List demand requests",
            description = "Newest first. A partner sees only its own demands; staff see all and may filter by partner.")
    @APIResponse(responseCode = "200", description = "A page of demands",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, maxItems = 200, implementation = DemandView.class)))
    public List<DemandView> list(@Valid @BeanParam DemandQuery query, @Valid @BeanParam PageQuery page) {
        return demands.list(query.status == null ? null : DemandStatus.valueOf(query.status),
                query.partner == null ? null : UUID.fromString(query.partner), page.offset(), page.limit());
    }

    @GET
    @Path("/{demandId}")
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "getDemand", summary = "Read a demand request",
            description = "Its partner and staff only; for other partners it does not exist (404).")
    @APIResponse(responseCode = "200", description = "The demand", content = @Content(schema = @Schema(implementation = DemandView.class)))
    @APIResponse(responseCode = "404", description = "No such demand, or not yours")
    public DemandView get(@PathParam("demandId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID demandId) {
        return demands.get(demandId);
    }

    @POST
    @Path("/{demandId}/cancel")
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.ADMIN})
    @Operation(operationId = "cancelDemand", summary = "Cancel a demand request",
            description = "Its partner or a resource manager/admin, with a reason, while it is SUBMITTED, MATCHED or "
                    + "IN_COOPERATION; otherwise 409.")
    @APIResponse(responseCode = "200", description = "The cancelled demand", content = @Content(schema = @Schema(implementation = DemandView.class)))
    @APIResponse(responseCode = "404", description = "No such demand, or not yours")
    @APIResponse(responseCode = "409", description = "The demand is no longer open")
    public DemandView cancel(@PathParam("demandId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID demandId,
                             @Valid @NotNull CancelCommand command) {
        return demands.cancel(demandId, command.reason());
    }

    @GET
    @Path("/{demandId}/history")
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "getDemandHistory", summary = "Status history of a demand",
            description = "Every status change, the submission first: who, when, why.")
    @APIResponse(responseCode = "200", description = "The status changes, oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, maxItems = 1000, implementation = DemandEventView.class)))
    @APIResponse(responseCode = "404", description = "No such demand, or not yours")
    public List<DemandEventView> history(@PathParam("demandId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID demandId) {
        return demands.history(demandId);
    }

    @PUT
    @Path("/{demandId}/manager")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    @Operation(operationId = "assignDemandManager", summary = "Assign the docking manager of a demand",
            description = "Resource managers and admins name the manager (a username) responsible for docking the demand; "
                    + "the KPIs are grouped by it. No manager unassigns. Send the version you read (409 when stale).")
    @APIResponse(responseCode = "200", description = "The demand with its manager", content = @Content(schema = @Schema(implementation = DemandView.class)))
    @APIResponse(responseCode = "404", description = "No such demand")
    @APIResponse(responseCode = "409", description = "Stale version")
    public DemandView assignManager(@PathParam("demandId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID demandId,
                                    @Valid @NotNull ManagerAssignment assignment) {
        return demands.assignManager(demandId, assignment.manager(), assignment.version());
    }
}
