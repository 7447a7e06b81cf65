package com.resourcemarket.commission.report;

import com.resourcemarket.commission.Periods;
import com.resourcemarket.commission.report.ReportDtos.GroupBy;
import com.resourcemarket.commission.report.ReportDtos.ReportRow;
import com.resourcemarket.commission.report.ReportDtos.RoiRow;
import com.resourcemarket.core.error.Problems;
import com.resourcemarket.core.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.YearMonth;
import java.util.List;

@Path("/api/v1/commission/reports")
@Tag(name = "Commission reports", description = "Settled volume, commission and clawbacks by dimension; ROI; CSV/XLSX exports")
public class CommissionReportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    ReportService reports;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "commissionReport", summary = "Commission report by dimension",
            description = "Settled statement lines of the months from..to (inclusive), summed by period, partner, resource, "
                    + "category, contribution type or cooperation.")
    @APIResponse(responseCode = "200", description = "One row per group",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, maxItems = 1000000, implementation = ReportRow.class)))
    public List<ReportRow> report(
            @QueryParam("from") @NotNull @Pattern(regexp = Periods.PATTERN, message = "must be a month written yyyy-MM")
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, maxLength = 7, pattern = Periods.PATTERN)) String from,
            @QueryParam("to") @NotNull @Pattern(regexp = Periods.PATTERN, message = "must be a month written yyyy-MM")
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, maxLength = 7, pattern = Periods.PATTERN)) String to,
            @QueryParam("groupBy") @DefaultValue("PARTNER")
            @Pattern(regexp = "^(PERIOD|PARTNER|RESOURCE|CATEGORY|CONTRIBUTION_TYPE|COOPERATION)$",
                    message = "must be PERIOD, PARTNER, RESOURCE, CATEGORY, CONTRIBUTION_TYPE or COOPERATION")
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 20,
                    enumeration = {"PERIOD", "PARTNER", "RESOURCE", "CATEGORY", "CONTRIBUTION_TYPE", "COOPERATION"})) String groupBy) {
        YearMonth[] range = range(from, to);
        return reports.report(range[0], range[1], GroupBy.valueOf(groupBy));
    }

    @GET
    @Path("/roi")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "commissionRoi", summary = "ROI per cooperation",
            description = "Attributed revenue / (signed price + commission) over the months; flagged when below 3.")
    @APIResponse(responseCode = "200", description = "One row per cooperation",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, maxItems = 1000000, implementation = RoiRow.class)))
    public List<RoiRow> roi(
            @QueryParam("from") @NotNull @Pattern(regexp = Periods.PATTERN, message = "must be a month written yyyy-MM")
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, maxLength = 7, pattern = Periods.PATTERN)) String from,
            @QueryParam("to") @NotNull @Pattern(regexp = Periods.PATTERN, message = "must be a month written yyyy-MM")
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, maxLength = 7, pattern = Periods.PATTERN)) String to) {
        YearMonth[] range = range(from, to);
        return reports.roi(range[0], range[1]);
    }

    @GET
    @Path("/export")
    @Produces({"text/csv", XLSX})
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "exportCommission", summary = "Export a month as CSV or XLSX",
            description = "LINES: every statement line of the month; EVENTS: every attributed event of the month. Streamed "
                    + "row by row (constant memory). CSV is UTF-8 with a BOM.")
    @APIResponse(responseCode = "200", description = "The file", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 2147483647),
                    example = "period,partner_id,statement_id,...\r\n2026-03,8a0f5b7e-...,..."),
            @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 2147483647),
                    example = "(binary XLSX workbook)")})
    public Response export(
            @QueryParam("period") @NotNull @Pattern(regexp = Periods.PATTERN, message = "must be a month written yyyy-MM")
            @Parameter(required = true, schema = @Schema(type = SchemaType.STRING, maxLength = 7, pattern = Periods.PATTERN)) String period,
            @QueryParam("format") @DefaultValue("CSV") @Pattern(regexp = "^(CSV|XLSX)$", message = "must be CSV or XLSX")
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 4, enumeration = {"CSV", "XLSX"})) String format,
            @QueryParam("level") @DefaultValue("LINES") @Pattern(regexp = "^(LINES|EVENTS)$", message = "must be LINES or EVENTS")
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 6, enumeration = {"LINES", "EVENTS"})) String level) {
        YearMonth month = Periods.parse("query", "period", period);
        ReportService.Format f = ReportService.Format.valueOf(format);
        ReportService.Level l = ReportService.Level.valueOf(level);
        StreamingOutput body = out -> reports.export(month, l, f, out);
        String file = "commission-" + level.toLowerCase() + "-" + month + (f == ReportService.Format.CSV ? ".csv" : ".xlsx");
        return Response.ok(body, f == ReportService.Format.CSV ? "text/csv; charset=UTF-8" : XLSX)
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    private static YearMonth[] range(String from, String to) {
        YearMonth start = Periods.parse("query", "from", from);
        YearMonth end = Periods.parse("query", "to", to);
        if (end.isBefore(start)) {
            throw Problems.invalidParameterCode("query", "to", "commission.report.to-before-from");
        }
        if (start.plusYears(10).isBefore(end)) {
            throw Problems.invalidParameterCode("query", "to", "commission.report.too-long");
        }
        return new YearMonth[] {start, end};
    }
}
