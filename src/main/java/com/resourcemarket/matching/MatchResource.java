package com.resourcemarket.matching;

import com.resourcemarket.core.security.Roles;
import com.resourcemarket.matching.MatchDtos.RunView;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/demands/{demandId}/matches")
@Tag(name = "Matching", description = "Ranked, explained resources for a demand, and the ranking weights")
@Produces(MediaType.APPLICATION_JSON)
public class MatchResource {

    @Inject
    MatchService matches;

    @POST
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.ADMIN})
    @Operation(operationId = "matchDemand", summary = "Match a demand now",
            description = "Runs the matching engine for the demand (hard filters, then the weighted score with the "
                    + "demand category's weights) and stores the ranking: the best 50 results with each factor's "
                    + "contribution, the weights used and the time. A SUBMITTED demand with at least one result becomes "
                    + "MATCHED. The demand's partner, resource managers and admins; finance reads only (403); other "
                    + "partners get 404. Only SUBMITTED, MATCHED and IN_COOPERATION demands are matched (else 409).")
    @APIResponse(responseCode = "200", description = "The stored run, best first",
            content = @Content(schema = @Schema(implementation = RunView.class)))
    @APIResponse(responseCode = "404", description = "No such demand, or not yours")
    @APIResponse(responseCode = "409", description = "The demand is closed, or moved on meanwhile")
    @APIResponse(responseCode = "503", description = "Other writes held the demand's rows longer than the service "
            + "retries; nothing was stored: send the same request again after Retry-After seconds")
    public RunView match(@PathParam("demandId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID demandId,
                         @Valid @BeanParam MatchQuery query) {
        return matches.run(demandId, query.topN());
    }

    @GET
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "getDemandMatches", summary = "Latest matches of a demand",
            description = "The latest stored run: ranked resources (id, names, type, grade, owner, price), each with its "
                    + "score and explanation (factor, value, weight, contribution), and the weights used. 404 when the "
                    + "demand was never matched, or is not the caller's.")
    @APIResponse(responseCode = "200", description = "The latest run, best first",
            content = @Content(schema = @Schema(implementation = RunView.class)))
    @APIResponse(responseCode = "404", description = "No such demand, not yours, or never matched")
    public RunView latest(@PathParam("demandId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID demandId,
                          @Valid @BeanParam MatchQuery query) {
        return matches.latest(demandId, query.topN());
    }
}
