package com.resourcemarket.catalogue;

import com.resourcemarket.catalogue.ResourceDtos.AdmissionResultView;
import com.resourcemarket.catalogue.ResourceDtos.EvaluationInput;
import com.resourcemarket.catalogue.ResourceDtos.EvaluationView;
import com.resourcemarket.catalogue.ResourceDtos.GradeChangeView;
import com.resourcemarket.catalogue.ResourceDtos.GradeCommand;
import com.resourcemarket.catalogue.ResourceDtos.LifecycleCommand;
import com.resourcemarket.catalogue.ResourceDtos.LifecycleEventView;
import com.resourcemarket.catalogue.ResourceDtos.ResourceInput;
import com.resourcemarket.catalogue.ResourceDtos.ResourceView;
import com.resourcemarket.catalogue.ResourceDtos.SearchPageView;
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

@Path("/api/v1/resources")
@Tag(name = "Catalogue", description = "Online and offline marketing resources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ResourceResource {

    @Inject
    ResourceService resources;

    @Inject
    ResourceSearchService searchService;

    @Inject
    EvaluationService evaluations;

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "searchResources", summary = "Search the catalogue",
            description = "Filters (channel, category, type, grade, status, owner, region, tag comparisons, distance) and "
                    + "full text in Chinese and English, ranked by relevance, with facet counts by type, grade and region "
                    + "and a cursor for the next page. Partners see other partners' resources only while ACTIVE, without contact data.")
    @APIResponse(responseCode = "200", description = "A page of resources",
            content = @Content(schema = @Schema(implementation = SearchPageView.class)))
    public SearchPageView search(@Valid @BeanParam ResourceSearchQuery query) {
        return searchService.search(query);
    }

    @POST
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.ADMIN})
    @Operation(operationId = "createResource", summary = "Publish a resource as a draft",
            description = "A partner publishes for itself; a manager names the owner. The resource starts as DRAFT.")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ResourceView.class)))
    public Response create(@Valid @NotNull ResourceInput input, @Context UriInfo uri) {
        ResourceView created = resources.create(input);
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @Path("/{resourceId}")
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "getResource", summary = "Read a resource",
            description = "Owners and staff see every status (staff with masked contact data); other partners only ACTIVE resources, without contact.")
    @APIResponse(responseCode = "200", description = "The resource", content = @Content(schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(responseCode = "404", description = "No such resource, or not visible to you")
    public ResourceView get(@PathParam("resourceId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID resourceId) {
        return resources.get(resourceId);
    }

    @PUT
    @Path("/{resourceId}")
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.ADMIN})
    @Operation(operationId = "updateResource", summary = "Edit a resource",
            description = "Send the version you read; a stale version gets 409. An owner's edit to an ACTIVE resource sends it back to review.")
    @APIResponse(responseCode = "200", description = "The edited resource", content = @Content(schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(responseCode = "404", description = "No such resource, or not visible to you")
    @APIResponse(responseCode = "409", description = "Stale version, or the resource has exited")
    public ResourceView update(@PathParam("resourceId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID resourceId,
                               @Valid @NotNull ResourceInput input) {
        return resources.update(resourceId, input);
    }

    @POST
    @Path("/{resourceId}/lifecycle")
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.ADMIN})
    @Operation(operationId = "actOnResource", summary = "Move a resource through its lifecycle",
            description = "SUBMIT (owner or manager; runs the admission rules), APPROVE (needs passed admission), REJECT, SUSPEND, "
                    + "RESUME, RECTIFY, RESTORE, EXIT (managers). Reject, suspend, rectify and exit need a reason. Illegal moves get 409.")
    @APIResponse(responseCode = "200", description = "The resource after the move", content = @Content(schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(responseCode = "404", description = "No such resource, or not visible to you")
    @APIResponse(responseCode = "409", description = "Illegal transition, stale version or failed admission")
    public ResourceView act(@PathParam("resourceId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID resourceId,
                            @Valid @NotNull LifecycleCommand command) {
        return resources.act(resourceId, command);
    }

    @GET
    @Path("/{resourceId}/lifecycle")
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "getResourceLifecycle", summary = "Lifecycle history of a resource", description = "Every transition: who, when, why.")
    @APIResponse(responseCode = "200", description = "The transitions, oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, maxItems = 1000, implementation = LifecycleEventView.class)))
    @APIResponse(responseCode = "404", description = "No such resource, or not visible to you")
    public List<LifecycleEventView> lifecycle(@PathParam("resourceId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID resourceId) {
        return resources.lifecycle(resourceId);
    }

    @GET
    @Path("/{resourceId}/admission")
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "getResourceAdmission", summary = "Latest admission check",
            description = "Each rule of the resource's type with pass/fail and the reason, from the latest submission.")
    @APIResponse(responseCode = "200", description = "The admission result", content = @Content(schema = @Schema(implementation = AdmissionResultView.class)))
    @APIResponse(responseCode = "404", description = "Not submitted yet, or not visible to you")
    public AdmissionResultView admission(@PathParam("resourceId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID resourceId) {
        return resources.admission(resourceId);
    }

    @PUT
    @Path("/{resourceId}/grade")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    @Operation(operationId = "gradeResource", summary = "Set the grade", description = "CORE, IMPORTANT or BASIC with a reason; the history is kept.")
    @APIResponse(responseCode = "200", description = "The graded resource", content = @Content(schema = @Schema(implementation = ResourceView.class)))
    @APIResponse(responseCode = "404", description = "No such resource")
    public ResourceView grade(@PathParam("resourceId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID resourceId,
                              @Valid @NotNull GradeCommand command) {
        return resources.grade(resourceId, command);
    }

    @GET
    @Path("/{resourceId}/grade-history")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "getResourceGradeHistory", summary = "Grade history", description = "Every grade decision with reason, who and when.")
    @APIResponse(responseCode = "200", description = "Grade decisions, oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, maxItems = 1000, implementation = GradeChangeView.class)))
    @APIResponse(responseCode = "404", description = "No such resource")
    public List<GradeChangeView> gradeHistory(@PathParam("resourceId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID resourceId) {
        return resources.gradeHistory(resourceId);
    }

    @POST
    @Path("/{resourceId}/evaluations")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    @Operation(operationId = "evaluateResource", summary = "Evaluate a resource",
            description = "Four sub-scores 0-100; the score is their weighted sum with the current weights, kept with who and when.")
    @APIResponse(responseCode = "200", description = "The evaluation", content = @Content(schema = @Schema(implementation = EvaluationView.class)))
    @APIResponse(responseCode = "404", description = "No such resource")
    public EvaluationView evaluate(@PathParam("resourceId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID resourceId,
                                   @Valid @NotNull EvaluationInput input) {
        return evaluations.evaluate(resourceId, input);
    }

    @GET
    @Path("/{resourceId}/evaluations")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "getResourceEvaluations", summary = "Evaluation history", description = "Every evaluation, oldest first.")
    @APIResponse(responseCode = "200", description = "Evaluations",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, maxItems = 1000, implementation = EvaluationView.class)))
    @APIResponse(responseCode = "404", description = "No such resource")
    public List<EvaluationView> evaluations(@PathParam("resourceId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID resourceId) {
        return evaluations.history(resourceId);
    }
}
