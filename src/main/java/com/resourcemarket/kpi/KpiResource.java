package com.resourcemarket.kpi;

import com.resourcemarket.core.security.Roles;
import com.resourcemarket.kpi.KpiDtos.AccuracyReport;
import com.resourcemarket.kpi.KpiDtos.CycleReport;
import com.resourcemarket.kpi.KpiDtos.GrowthReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/kpis")
@Tag(name = "KPI", description = "Match accuracy, docking cycle and catalogue growth (效果评估), for resource managers, finance and admins")
@Produces(MediaType.APPLICATION_JSON)
public class KpiResource {

    @Inject
    KpiService kpis;

    @Inject
    CatalogueGrowthService growth;

    @GET
    @Path("/match-accuracy")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "getMatchAccuracy", summary = "Match accuracy",
            description = "Of the demands submitted in the period (days in Asia/Shanghai, default the current month), the "
                    + "percentage that reached SIGNED (a cooperation was signed, at any time up to now); target ≥ 85%. "
                    + "Overall, per category and per docking manager (`unassigned` when none).")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(schema = @Schema(implementation = AccuracyReport.class)))
    public AccuracyReport matchAccuracy(@Valid @BeanParam KpiQuery query) {
        return kpis.matchAccuracy(query.from, query.to);
    }

    @GET
    @Path("/docking-cycle")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "getDockingCycle", summary = "Docking cycle",
            description = "Of the demands submitted in the period that have been signed, the mean working days from "
                    + "submission to the first signing, counted on the holiday calendar (/api/v1/calendar); target ≤ 7. "
                    + "Overall, per category and per docking manager (`unassigned` when none).")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(schema = @Schema(implementation = CycleReport.class)))
    public CycleReport dockingCycle(@Valid @BeanParam KpiQuery query) {
        return kpis.dockingCycle(query.from, query.to);
    }

    @GET
    @Path("/catalogue-growth")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "getCatalogueGrowth", summary = "Catalogue growth",
            description = "Per month (Asia/Shanghai; default the last 12 months up to the current one): resources approved "
                    + "into the catalogue for the first time, of those the quality ones (graded CORE or IMPORTANT), exits, "
                    + "resources in the catalogue at the month's end (approved and not exited), and growth month over month "
                    + "and year over year; for the period, its growth and annualised growth against the target of ≥ 30 % a "
                    + "year, and new quality resources against ≥ 20 a month. Overall and per channel (ONLINE, OFFLINE). "
                    + "Computed from the resources' lifecycle history.")
    @APIResponse(responseCode = "200", description = "The figures", content = @Content(schema = @Schema(implementation = GrowthReport.class)))
    public GrowthReport catalogueGrowth(@Valid @BeanParam CatalogueGrowthQuery query) {
        return growth.growth(query.from, query.to);
    }
}
