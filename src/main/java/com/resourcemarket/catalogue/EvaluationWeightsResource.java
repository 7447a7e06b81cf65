package com.resourcemarket.catalogue;

import com.resourcemarket.catalogue.ResourceDtos.EvaluationWeightsView;
import com.resourcemarket.core.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/evaluation-weights")
@Tag(name = "Catalogue", description = "Online and offline marketing resources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EvaluationWeightsResource {

    @Inject
    EvaluationService evaluations;

    @GET
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "getEvaluationWeights", summary = "Current evaluation weights",
            description = "Quality, match fit, cooperation cost and growth potential in percent.")
    @APIResponse(responseCode = "200", description = "The weights", content = @Content(schema = @Schema(implementation = EvaluationWeightsView.class)))
    public EvaluationWeightsView get() {
        return evaluations.weights();
    }

    @PUT
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    @Operation(operationId = "changeEvaluationWeights", summary = "Change the evaluation weights",
            description = "The four weights must sum to 100; send the version you read. Past evaluations keep their weights.")
    @APIResponse(responseCode = "200", description = "The new weights", content = @Content(schema = @Schema(implementation = EvaluationWeightsView.class)))
    @APIResponse(responseCode = "409", description = "Stale version")
    public EvaluationWeightsView change(@Valid @NotNull EvaluationWeightsView weights) {
        return evaluations.changeWeights(weights);
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "getEvaluationWeightHistory", summary = "Evaluation weight history", description = "Every change with who and when.")
    @APIResponse(responseCode = "200", description = "Changes, oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, maxItems = 1000, implementation = EvaluationWeightsView.class)))
    public List<EvaluationWeightsView> history() {
        return evaluations.weightHistory();
    }
}
