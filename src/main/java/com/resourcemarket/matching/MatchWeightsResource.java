package com.resourcemarket.matching;

import com.resourcemarket.core.api.PageQuery;
import com.resourcemarket.core.security.Roles;
import com.resourcemarket.matching.MatchDtos.WeightChangeView;
import com.resourcemarket.matching.MatchDtos.WeightsInput;
import com.resourcemarket.matching.MatchDtos.WeightsView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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

@Path("/api/v1/match-weights")
@Tag(name = "Matching", description = "Ranked, explained resources for a demand, and the ranking weights")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MatchWeightsResource {

    static final String SCOPE = "^(\\*|default|[A-Za-z0-9_.-]{1,80})$";

    @Inject
    MatchWeightsService weights;

    @GET
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "listMatchWeights", summary = "Ranking weights: the default and every category override",
            description = "The default ('*') first, then each category's override, by scope.")
    @APIResponse(responseCode = "200", description = "The default ('*') and the overrides, by scope",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, maxItems = 1000, implementation = WeightsView.class)))
    public List<WeightsView> list() {
        return weights.list();
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "getMatchWeightHistory", summary = "Ranking weight changes",
            description = "Every change, oldest first: scope, who, when, the weights before and after.")
    @APIResponse(responseCode = "200", description = "Changes, oldest first",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, maxItems = 200, implementation = WeightChangeView.class)))
    public List<WeightChangeView> history(
            @QueryParam("scope") @Pattern(regexp = SCOPE)
            @Parameter(description = "Only this scope ('*' or 'default' for the default, or a category code)",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 80, pattern = SCOPE)) String scope,
            @Valid @BeanParam PageQuery page) {
        return weights.history(scope, page.offset(), page.limit());
    }

    @GET
    @Path("/{scope}")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "getMatchWeights", summary = "The ranking weights that apply to a scope",
            description = "'default' (or '*') for the default; a category code for its override, or the default it "
                    + "falls back to (override=false).")
    @APIResponse(responseCode = "200", description = "The weights", content = @Content(schema = @Schema(implementation = WeightsView.class)))
    @APIResponse(responseCode = "404", description = "No such category")
    public WeightsView get(@PathParam("scope") @Pattern(regexp = SCOPE)
                           @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 80, pattern = SCOPE)) String scope) {
        return weights.get(scope);
    }

    @PUT
    @Path("/{scope}")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    @Operation(operationId = "putMatchWeights", summary = "Set the default ranking weights or a category's override",
            description = "Each weight 0-1000 (4 decimals); at least one of grade, evaluation, monthlyQuality or "
                    + "history above 0. Recorded with who, when, before and after. Matching uses the new weights at once.")
    @APIResponse(responseCode = "200", description = "The new weights", content = @Content(schema = @Schema(implementation = WeightsView.class)))
    @APIResponse(responseCode = "404", description = "No such category")
    @APIResponse(responseCode = "409", description = "Stale version")
    public WeightsView put(@PathParam("scope") @Pattern(regexp = SCOPE)
                           @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 80, pattern = SCOPE)) String scope,
                           @Valid @NotNull WeightsInput input) {
        return weights.put(scope, input);
    }

    @DELETE
    @Path("/{scope}")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    @Operation(operationId = "deleteMatchWeights", summary = "Remove a category's override",
            description = "The category's demands are ranked with the default weights again. The default itself cannot be removed (409).")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No override for this category")
    @APIResponse(responseCode = "409", description = "The default cannot be removed")
    public void delete(@PathParam("scope") @Pattern(regexp = SCOPE)
                       @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 80, pattern = SCOPE)) String scope) {
        weights.removeOverride(scope);
    }
}
