package com.resourcemarket.commission.plan;

import com.resourcemarket.commission.plan.PlanDtos.ContributionTypeInput;
import com.resourcemarket.commission.plan.PlanDtos.ContributionTypeView;
import com.resourcemarket.commission.plan.PlanDtos.PlanInput;
import com.resourcemarket.commission.plan.PlanDtos.PlanView;
import com.resourcemarket.commission.plan.PlanDtos.VersionInput;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/commission")
@Tag(name = "Commission plans", description = "Contribution types, versioned commission plans and their tier tables (利益分配)")
@Produces(MediaType.APPLICATION_JSON)
public class CommissionPlanResource {

    @Inject
    PlanService plans;

    @GET
    @Path("/contribution-types")
    @RolesAllowed({Roles.PARTNER, Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "listContributionTypes", summary = "List contribution types",
            description = "Every kind of contribution that earns commission, with its rate bounds (fractions).")
    @APIResponse(responseCode = "200", description = "The contribution types",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, maxItems = 1000, implementation = ContributionTypeView.class)))
    public List<ContributionTypeView> types() {
        return plans.types();
    }

    @POST
    @Path("/contribution-types")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "addContributionType", summary = "Add a contribution type",
            description = "Finance adds a kind of contribution; its bounds constrain every rule saved for it later.")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = ContributionTypeView.class)))
    @APIResponse(responseCode = "409", description = "The code exists already")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addType(@Valid @NotNull ContributionTypeInput input) {
        return Response.status(Response.Status.CREATED).entity(plans.addType(input)).build();
    }

    @POST
    @Path("/plans")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "createCommissionPlan", summary = "Create a commission plan",
            description = "A plan with its first version of rules. Every tier rate must lie within its contribution type's "
                    + "bounds (400 naming rules[i].tiers[j].rate otherwise).")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "409", description = "The code exists already")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Valid @NotNull PlanInput input) {
        return Response.status(Response.Status.CREATED).entity(plans.create(input)).build();
    }

    @GET
    @Path("/plans")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "listCommissionPlans", summary = "List commission plans", description = "By code, with their versions.")
    @APIResponse(responseCode = "200", description = "A page of plans",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, maxItems = 200, implementation = PlanView.class)))
    public List<PlanView> list(@Valid @BeanParam PageQuery page) {
        return plans.list(page.offset(), page.limit());
    }

    @GET
    @Path("/plans/{planId}")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "getCommissionPlan", summary = "Read a commission plan", description = "With every version, oldest first.")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", description = "No such plan")
    public PlanView get(@PathParam("planId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID planId) {
        return plans.get(planId);
    }

    @POST
    @Path("/plans/{planId}/versions")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "addCommissionPlanVersion", summary = "Add a version of a plan's rules",
            description = "Effective from a moment after the previous version. Cooperations signed earlier keep their "
                    + "version; settled periods never change.")
    @APIResponse(responseCode = "201", description = "The plan with the new version", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", description = "No such plan")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response newVersion(@PathParam("planId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID planId,
                               @Valid @NotNull VersionInput input) {
        return Response.status(Response.Status.CREATED).entity(plans.newVersion(planId, input)).build();
    }

    @POST
    @Path("/plans/{planId}/deactivate")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "deactivateCommissionPlan", summary = "Deactivate a plan",
            description = "No new cooperation can be signed with it; cooperations already bound keep it.")
    @APIResponse(responseCode = "200", description = "The plan", content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "404", description = "No such plan")
    public PlanView deactivate(@PathParam("planId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID planId) {
        return plans.setActive(planId, false);
    }
}
