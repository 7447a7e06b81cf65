package com.resourcemarket.partner;

import com.resourcemarket.core.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import com.resourcemarket.core.api.PageQuery;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/partners")
@Tag(name = "Partners", description = "Partner organisations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerResource {

    @Inject
    PartnerService partners;

    @POST
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    @Operation(operationId = "createPartner", summary = "Register a partner organisation",
            description = "Resource managers register partners; the id links it to the partner_id claim in Keycloak.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "409", description = "A partner with this id exists")
    public Response create(@Valid @NotNull CreatePartnerRequest request, @Context UriInfo uri) {
        PartnerView created = partners.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN, Roles.FINANCE})
    @Operation(operationId = "listPartners", summary = "List partner organisations",
            description = "Staff only; sorted by English name, then id.")
    @APIResponse(responseCode = "200", description = "A page of partners",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, maxItems = 200, implementation = PartnerView.class)))
    public List<PartnerView> list(@Valid @BeanParam PageQuery page) {
        return partners.list(page.offset(), page.limit());
    }

    @GET
    @Path("/{partnerId}")
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.ADMIN, Roles.FINANCE})
    @Operation(operationId = "getPartner", summary = "Read a partner organisation",
            description = "A partner may read only its own organisation; staff may read any.")
    @APIResponse(responseCode = "200", description = "The partner",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "404", description = "No such partner")
    public PartnerView get(
            @Parameter(description = "Partner id (the partner_id claim)", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
            @PathParam("partnerId") UUID partnerId) {
        return partners.get(partnerId);
    }
}
