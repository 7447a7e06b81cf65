package com.resourcemarket.cooperation;

import com.resourcemarket.cooperation.CooperationDtos.CooperationView;
import com.resourcemarket.cooperation.CooperationDtos.EventView;
import com.resourcemarket.cooperation.CooperationDtos.ProposeInput;
import com.resourcemarket.cooperation.CooperationDtos.TransitionCommand;
import com.resourcemarket.core.api.PageQuery;
import com.resourcemarket.core.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/cooperations")
@Tag(name = "Cooperation", description = "The cooperation workflow (合作流程): proposal, acceptance, negotiation, signing, execution, review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CooperationResource {

    @Inject
    CooperationService cooperations;

    @POST
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.ADMIN})
    @Operation(operationId = "proposeCooperation", summary = "Propose a cooperation",
            description = "From a demand and a chosen resource: the demand's partner, or a resource manager/admin on its "
                    + "behalf. The demand must be open; the resource ACTIVE, not the demander's own and not of a partner the "
                    + "demand excludes (400 naming the field otherwise). One open cooperation per demand and resource (409). "
                    + "A SUBMITTED demand becomes MATCHED.")
    @APIResponse(responseCode = "201", description = "Proposed", content = @Content(schema = @Schema(implementation = CooperationView.class)))
    @APIResponse(responseCode = "409", description = "An open cooperation for this demand and resource exists, or the demand is closed")
    public Response propose(@Valid @NotNull ProposeInput input, @Context UriInfo uri) {
        CooperationView created = cooperations.propose(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "listCooperations", summary = "List cooperations",
            description = "Newest first. A partner sees only the cooperations it is a party of; staff see all.")
    @APIResponse(responseCode = "200", description = "A page of cooperations",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, maxItems = 200, implementation = CooperationView.class)))
    public List<CooperationView> list(@Valid @BeanParam CooperationQuery query, @Valid @BeanParam PageQuery page) {
        return cooperations.list(query.status == null ? null : CooperationStatus.valueOf(query.status),
                query.demand == null ? null : UUID.fromString(query.demand),
                query.partner == null ? null : UUID.fromString(query.partner), page.offset(), page.limit());
    }

    @GET
    @Path("/{cooperationId}")
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "getCooperation", summary = "Read a cooperation",
            description = "The two parties and staff; for other partners it does not exist (404). From SIGNED on, each "
                    + "party sees the other's contacts (counterpart).")
    @APIResponse(responseCode = "200", description = "The cooperation", content = @Content(schema = @Schema(implementation = CooperationView.class)))
    @APIResponse(responseCode = "404", description = "No such cooperation, or not yours")
    public CooperationView get(@PathParam("cooperationId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID cooperationId) {
        return cooperations.get(cooperationId);
    }

    @POST
    @Path("/{cooperationId}/transitions")
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.ADMIN})
    @Operation(operationId = "transitionCooperation", summary = "Take a step of the cooperation workflow",
            description = "ACCEPT / DECLINE (resource owner or manager; DECLINE with a reason), START_NEGOTIATION, SIGN (terms; "
                    + "either party or manager), START_EXECUTION (owner or manager), REVIEW (each party once: rating 1-5 and "
                    + "a comment; REVIEWED when both have), CLOSE, CANCEL (a reason, optionally flagged as a dispute; any open "
                    + "step before REVIEWED). Illegal steps are 409; a stale version is 409.")
    @APIResponse(responseCode = "200", description = "The cooperation after the step", content = @Content(schema = @Schema(implementation = CooperationView.class)))
    @APIResponse(responseCode = "404", description = "No such cooperation, or not yours")
    @APIResponse(responseCode = "409", description = "Illegal transition, stale version, or this side has reviewed already")
    public CooperationView act(@PathParam("cooperationId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID cooperationId,
                               @Valid @NotNull TransitionCommand command) {
        return cooperations.act(cooperationId, command);
    }

    @GET
    @Path("/{cooperationId}/events")
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "getCooperationEvents", summary = "Timeline of a cooperation",
            description = "Every step, the proposal first: what, who, when, why.")
    @APIResponse(responseCode = "200", description = "The steps, oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, maxItems = 1000, implementation = EventView.class)))
    @APIResponse(responseCode = "404", description = "No such cooperation, or not yours")
    public List<EventView> events(@PathParam("cooperationId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID cooperationId) {
        return cooperations.events(cooperationId);
    }
}
