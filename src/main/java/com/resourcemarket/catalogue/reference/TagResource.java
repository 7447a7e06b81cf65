package com.resourcemarket.catalogue.reference;

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

@Path("/api/v1/tags")
@Tag(name = "Tags", description = "The four-dimension tag dictionary: industry, type, attribute, value (reference data)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TagResource {

    @Inject
    TagDictionary dictionary;

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "listTags", summary = "List or search the tag dictionary",
            description = """
                    Any role. Without q: tags by dimension, then key. With q (autocomplete, Chinese or English): \
                    tags whose key, labels or synonyms match, best matches first.""")
    @APIResponse(responseCode = "200", description = "A page of tags",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, maxItems = 200, implementation = TagDefinitionDetails.class)))
    public List<TagDefinitionDetails> list(@Valid @BeanParam TagQuery query, @Valid @BeanParam PageQuery page) {
        return dictionary.search(query.dimension(), query.q, page.offset(), page.limit());
    }

    @GET
    @Path("/{key}")
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "getTag", summary = "Read one tag", description = "A tag by its key. Any role.")
    @APIResponse(responseCode = "200", description = "The tag",
            content = @Content(schema = @Schema(implementation = TagDefinitionDetails.class)))
    @APIResponse(responseCode = "404", description = "No such tag")
    public TagDefinitionDetails get(
            @Parameter(description = "Tag key", schema = @Schema(type = SchemaType.STRING, maxLength = 64, pattern = TagKeys.PATTERN))
            @PathParam("key") String key) {
        return dictionary.get(key);
    }

    @POST
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    @Operation(operationId = "createTag", summary = "Add a tag to the dictionary",
            description = "Resource managers extend the dictionary. Only NUMBER tags have a unit; at most 20 synonyms.")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = TagDefinitionDetails.class)))
    @APIResponse(responseCode = "409", description = "A tag with this key exists")
    public Response create(@Valid @NotNull CreateTagRequest request, @Context UriInfo uri) {
        TagDefinitionDetails created = dictionary.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.key()).build()).entity(created).build();
    }

    @PUT
    @Path("/{key}")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    @Operation(operationId = "updateTag", summary = "Change a tag",
            description = "Replaces everything but the key. Send the version you read: a stale one is refused with 409.")
    @APIResponse(responseCode = "200", description = "The updated tag",
            content = @Content(schema = @Schema(implementation = TagDefinitionDetails.class)))
    @APIResponse(responseCode = "404", description = "No such tag")
    @APIResponse(responseCode = "409", description = "The tag was changed since you read it")
    public TagDefinitionDetails update(
            @Parameter(description = "Tag key", schema = @Schema(type = SchemaType.STRING, maxLength = 64, pattern = TagKeys.PATTERN))
            @PathParam("key") String key,
            @Valid @NotNull UpdateTagRequest request) {
        return dictionary.update(key, request);
    }
}
