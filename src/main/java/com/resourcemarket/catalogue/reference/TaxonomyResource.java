package com.resourcemarket.catalogue.reference;

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

@Path("/api/v1/taxonomy")
@Tag(name = "Taxonomy", description = "Resource taxonomy: channel, category and type (reference data)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaxonomyResource {

    @Inject
    TaxonomyService taxonomy;

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "listTaxonomy", summary = "List the resource taxonomy",
            description = """
                    The taxonomy as a flat list: each category (no parentCode) followed by its types (parentCode = \
                    the category), channel ONLINE first, then by sortOrder. Any role may read it.""")
    @APIResponse(responseCode = "200", description = "The taxonomy nodes",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, maxItems = 1000, implementation = TaxonomyNodeView.class)))
    public List<TaxonomyNodeView> list(@Valid @BeanParam TaxonomyQuery query) {
        return taxonomy.list(query.channel(), query.level());
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "getTaxonomyNode", summary = "Read one taxonomy node",
            description = "A category or type by its code. Any role may read it.")
    @APIResponse(responseCode = "200", description = "The node",
            content = @Content(schema = @Schema(implementation = TaxonomyNodeView.class)))
    @APIResponse(responseCode = "404", description = "No such node")
    public TaxonomyNodeView get(@Parameter(description = "Taxonomy code, e.g. online.digital-marketing.content-platform",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 80, pattern = TaxonomyCodes.PATTERN))
            @PathParam("code") String code) {
        return taxonomy.get(code);
    }

    @POST
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    @Operation(operationId = "createTaxonomyNode", summary = "Add a category or a type",
            description = """
                    Resource managers extend the taxonomy. A category has code channel.name and no parent; a type \
                    has code parentCode.name and a category of the same channel as parentCode.""")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = TaxonomyNodeView.class)))
    @APIResponse(responseCode = "409", description = "A node with this code exists")
    public Response create(@Valid @NotNull CreateTaxonomyNodeRequest request, @Context UriInfo uri) {
        TaxonomyNodeView created = taxonomy.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    @Operation(operationId = "updateTaxonomyNode", summary = "Relabel a taxonomy node",
            description = "Changes the Chinese and English labels (and optionally the position) of a node. "
                    + "Send the version you read: a stale one is refused with 409.")
    @APIResponse(responseCode = "200", description = "The updated node",
            content = @Content(schema = @Schema(implementation = TaxonomyNodeView.class)))
    @APIResponse(responseCode = "404", description = "No such node")
    @APIResponse(responseCode = "409", description = "The node was changed since you read it")
    public TaxonomyNodeView update(@Parameter(description = "Taxonomy code, e.g. online.digital-marketing.content-platform",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 80, pattern = TaxonomyCodes.PATTERN))
            @PathParam("code") String code,
                                   @Valid @NotNull UpdateTaxonomyNodeRequest request) {
        return taxonomy.update(code, request);
    }
}
