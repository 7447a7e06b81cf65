package com.resourcemarket.partner;

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
import jakarta.ws.rs.PUT;
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

@Path("/api/v1/partners")
@Tag(name = "Partners", description = "Partner organisations and their profiles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PartnerResource {

    @Inject
    PartnerService partners;

    @POST
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    @Operation(operationId = "createPartner", summary = "Register a partner organisation",
            description = """
                    Resource managers register partners; the id links it to the partner_id claim in Keycloak. \
                    The answer shows contacts masked.""")
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
            description = "Staff only; sorted by English name, then id. Contacts are always masked here.")
    @APIResponse(responseCode = "200", description = "A page of partners",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, maxItems = 200, implementation = PartnerView.class)))
    public List<PartnerView> list(@Valid @BeanParam PageQuery page) {
        return partners.list(page.offset(), page.limit());
    }

    @GET
    @Path("/me")
    @RolesAllowed(Roles.PARTNER)
    @Operation(operationId = "getMyPartner", summary = "Read the caller's own partner profile",
            description = "For partner tokens: the organisation of the token's partner_id claim, contacts in full.")
    @APIResponse(responseCode = "200", description = "The caller's partner",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "404", description = "The partner is not registered yet")
    public PartnerView mine() {
        return partners.mine();
    }

    @GET
    @Path("/{partnerId}")
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.ADMIN, Roles.FINANCE})
    @Operation(operationId = "getPartner", summary = "Read a partner organisation",
            description = """
                    A partner may read only its own organisation (contacts in full); staff may read any (contacts \
                    masked unless a resource manager or admin asks reveal=true, which is audited).""")
    @APIResponse(responseCode = "200", description = "The partner",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "404", description = "No such partner")
    public PartnerView get(
            @Parameter(description = "Partner id (the partner_id claim)", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
            @PathParam("partnerId") UUID partnerId,
            @Valid @BeanParam RevealQuery reveal) {
        return partners.get(partnerId, reveal.requested());
    }

    @PUT
    @Path("/{partnerId}")
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.ADMIN})
    @Operation(operationId = "updatePartner", summary = "Update a partner profile",
            description = """
                    Replaces the profile. A partner may edit only its own (not its type); resource managers and \
                    admins may edit any. Send the version you read: a stale version is refused with 409 \
                    (stale-version problem), so no update is lost.""")
    @APIResponse(responseCode = "200", description = "The updated partner (new version)",
            content = @Content(schema = @Schema(implementation = PartnerView.class)))
    @APIResponse(responseCode = "404", description = "No such partner")
    @APIResponse(responseCode = "409", description = "The partner was changed since the version you sent")
    public PartnerView update(
            @Parameter(description = "Partner id (the partner_id claim)", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
            @PathParam("partnerId") UUID partnerId,
            @Valid @NotNull UpdatePartnerRequest request) {
        return partners.update(partnerId, request);
    }
}
