package com.resourcemarket.catalogue.reference;

import com.resourcemarket.core.api.PageQuery;
import com.resourcemarket.core.security.Caller;
import com.resourcemarket.core.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

@Path("/api/v1/admission-rules")
@Tag(name = "Admission rules", description = "Admission thresholds (准入门槛) per resource type")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdmissionRuleResource {

    @Inject
    AdmissionRuleService rules;

    @Inject
    Caller caller;

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "listAdmissionRules", summary = "List admission rules",
            description = """
                    The thresholds a resource of a type must meet to enter the catalogue, by type then age. Staff \
                    see every rule; partners see the active ones, so they know the bar before they publish.""")
    @APIResponse(responseCode = "200", description = "A page of rules",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, maxItems = 200, implementation = AdmissionRuleView.class)))
    public List<AdmissionRuleView> list(@Valid @BeanParam AdmissionRuleQuery query, @Valid @BeanParam PageQuery page) {
        return rules.list(query.typeCode, caller.isPartnerOnly(), page.offset(), page.limit());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "getAdmissionRule", summary = "Read an admission rule",
            description = "Staff read any rule; partners only active ones.")
    @APIResponse(responseCode = "200", description = "The rule",
            content = @Content(schema = @Schema(implementation = AdmissionRuleView.class)))
    @APIResponse(responseCode = "404", description = "No such rule")
    public AdmissionRuleView get(
            @Parameter(description = "Rule id", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
            @PathParam("id") UUID id) {
        return rules.get(id, caller.isPartnerOnly());
    }

    @POST
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    @Operation(operationId = "createAdmissionRule", summary = "Add an admission rule",
            description = """
                    Resource managers set the thresholds of a resource type: on a tag of the dictionary (GTE/LTE \
                    need a NUMBER tag) or on a field (capacityAmount, priceAmount, description, location).""")
    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(schema = @Schema(implementation = AdmissionRuleView.class)))
    public Response create(@Valid @NotNull AdmissionRuleRequest request, @Context UriInfo uri) {
        AdmissionRuleView created = rules.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    @Operation(operationId = "updateAdmissionRule", summary = "Change an admission rule",
            description = "Replaces the rule. Send the version you read: a stale one is refused with 409.")
    @APIResponse(responseCode = "200", description = "The updated rule",
            content = @Content(schema = @Schema(implementation = AdmissionRuleView.class)))
    @APIResponse(responseCode = "404", description = "No such rule")
    @APIResponse(responseCode = "409", description = "The rule was changed since you read it")
    public AdmissionRuleView update(
            @Parameter(description = "Rule id", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
            @PathParam("id") UUID id,
            @Valid @NotNull UpdateAdmissionRuleRequest request) {
        return rules.update(id, request);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    @Operation(operationId = "deleteAdmissionRule", summary = "Remove an admission rule",
            description = "Removes the rule; to pause it instead, set active to false.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such rule")
    public void delete(
            @Parameter(description = "Rule id", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36))
            @PathParam("id") UUID id) {
        rules.delete(id);
    }
}
