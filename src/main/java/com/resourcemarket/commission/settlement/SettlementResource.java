package com.resourcemarket.commission.settlement;

import com.resourcemarket.commission.Periods;
import com.resourcemarket.commission.settlement.SettlementDtos.PartnerHoldInput;
import com.resourcemarket.commission.settlement.SettlementDtos.PartnerHoldView;
import com.resourcemarket.commission.settlement.SettlementDtos.PayCommand;
import com.resourcemarket.commission.settlement.SettlementDtos.ReasonCommand;
import com.resourcemarket.commission.settlement.SettlementDtos.RunInput;
import com.resourcemarket.commission.settlement.SettlementDtos.RunView;
import com.resourcemarket.commission.settlement.SettlementDtos.StatementView;
import com.resourcemarket.core.api.PageQuery;
import com.resourcemarket.core.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
@Tag(name = "Commission settlement", description = "Monthly settlement runs, partner statements, their lifecycle and holds")
@Produces(MediaType.APPLICATION_JSON)
public class SettlementResource {

    static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    @Inject
    SettlementService settlement;

    @Inject
    StatementService statements;

    @POST
    @Path("/settlement-runs")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "startSettlementRun", summary = "Settle a month",
            description = "Settles the calendar month (Asia/Shanghai) exactly once: one statement per earning partner, in one "
                    + "transaction. 201 with the new run; 200 with the existing run when the month is settled already (nothing "
                    + "changes); 409 when another run for the month is in progress.")
    @APIResponse(responseCode = "201", description = "Settled now", content = @Content(schema = @Schema(implementation = RunView.class)))
    @APIResponse(responseCode = "200", description = "Settled before; nothing changed", content = @Content(schema = @Schema(implementation = RunView.class)))
    @APIResponse(responseCode = "409", description = "A run for the month is in progress, or refunds refer to an unsettled month")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response run(@Valid @NotNull RunInput input) {
        RunView run = settlement.run(Periods.parse("body", "period", input.period()));
        return Response.status(run.alreadySettled() ? Response.Status.OK : Response.Status.CREATED).entity(run).build();
    }

    @GET
    @Path("/settlement-runs")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "listSettlementRuns", summary = "List settlement runs", description = "Newest month first.")
    @APIResponse(responseCode = "200", description = "A page of runs",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, maxItems = 200, implementation = RunView.class)))
    public List<RunView> runs(@Valid @BeanParam PageQuery page) {
        return settlement.list(page.offset(), page.limit());
    }

    @GET
    @Path("/statements")
    @RolesAllowed({Roles.PARTNER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "listCommissionStatements", summary = "List commission statements",
            description = "A partner sees only its own; finance and admin see all and may filter. Lines only when reading one.")
    @APIResponse(responseCode = "200", description = "A page of statements (without lines)",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, maxItems = 200, implementation = StatementView.class)))
    public List<StatementView> list(
            @QueryParam("period") @Pattern(regexp = Periods.PATTERN, message = "must be a month written yyyy-MM")
            @Parameter(description = "Month yyyy-MM", schema = @Schema(type = SchemaType.STRING, maxLength = 7, pattern = Periods.PATTERN)) String period,
            @QueryParam("partner") @Pattern(regexp = UUID_PATTERN, message = "must be a UUID")
            @Parameter(description = "Partner id (staff only)", schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) String partner,
            @QueryParam("status") @Pattern(regexp = "^(DRAFT|APPROVED|PAID|DISPUTED)$", message = "must be DRAFT, APPROVED, PAID or DISPUTED")
            @Parameter(schema = @Schema(type = SchemaType.STRING, maxLength = 16, enumeration = {"DRAFT", "APPROVED", "PAID", "DISPUTED"})) String status,
            @Valid @BeanParam PageQuery page) {
        return statements.list(period == null ? null : Periods.parse("query", "period", period),
                partner == null ? null : UUID.fromString(partner), status == null ? null : StatementStatus.valueOf(status),
                page.offset(), page.limit());
    }

    @GET
    @Path("/statements/{statementId}")
    @RolesAllowed({Roles.PARTNER, Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "getCommissionStatement", summary = "Read a commission statement",
            description = "With its lines. Its partner, finance and admin; for other partners it does not exist (404).")
    @APIResponse(responseCode = "200", description = "The statement", content = @Content(schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "404", description = "No such statement, or not yours")
    public StatementView get(@PathParam("statementId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID statementId) {
        return statements.get(statementId);
    }

    @POST
    @Path("/statements/{statementId}/approve")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "approveCommissionStatement", summary = "Approve a statement",
            description = "DRAFT → APPROVED. Four-eyes (on by default): the approver must not be who started the run (403).")
    @APIResponse(responseCode = "200", description = "Approved", content = @Content(schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "404", description = "No such statement")
    @APIResponse(responseCode = "409", description = "Not DRAFT")
    public StatementView approve(@PathParam("statementId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID statementId) {
        return statements.approve(statementId);
    }

    @POST
    @Path("/statements/{statementId}/pay")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "payCommissionStatement", summary = "Record the payout of a statement",
            description = "APPROVED → PAID with the payout reference; 409 when nothing is payable (balance carried forward).")
    @APIResponse(responseCode = "200", description = "Paid", content = @Content(schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "404", description = "No such statement")
    @APIResponse(responseCode = "409", description = "Not APPROVED, or nothing payable")
    @Consumes(MediaType.APPLICATION_JSON)
    public StatementView pay(@PathParam("statementId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID statementId,
                             @Valid @NotNull PayCommand command) {
        return statements.pay(statementId, command.payoutReference());
    }

    @POST
    @Path("/statements/{statementId}/dispute")
    @RolesAllowed({Roles.PARTNER})
    @Operation(operationId = "disputeCommissionStatement", summary = "Dispute a statement",
            description = "Its partner, with a reason: DRAFT or APPROVED → DISPUTED.")
    @APIResponse(responseCode = "200", description = "Disputed", content = @Content(schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "404", description = "No such statement, or not yours")
    @APIResponse(responseCode = "409", description = "Already paid or disputed")
    @Consumes(MediaType.APPLICATION_JSON)
    public StatementView dispute(@PathParam("statementId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID statementId,
                                 @Valid @NotNull ReasonCommand command) {
        return statements.dispute(statementId, command.reason());
    }

    @POST
    @Path("/statements/{statementId}/resolve")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "resolveCommissionStatementDispute", summary = "Resolve a dispute",
            description = "DISPUTED → DRAFT with the resolution; the statement is then approved again.")
    @APIResponse(responseCode = "200", description = "Resolved", content = @Content(schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "404", description = "No such statement")
    @APIResponse(responseCode = "409", description = "Not DISPUTED")
    @Consumes(MediaType.APPLICATION_JSON)
    public StatementView resolve(@PathParam("statementId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID statementId,
                                 @Valid @NotNull ReasonCommand command) {
        return statements.resolve(statementId, command.reason());
    }

    @POST
    @Path("/statements/{statementId}/lines/{lineId}/hold")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "holdCommissionLine", summary = "Hold a statement line",
            description = "On a DRAFT statement that is its partner's latest: the line's total is not paid now but carried forward.")
    @APIResponse(responseCode = "200", description = "The statement", content = @Content(schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "404", description = "No such statement or line")
    @APIResponse(responseCode = "409", description = "Not DRAFT, or a later statement exists")
    @Consumes(MediaType.APPLICATION_JSON)
    public StatementView holdLine(@PathParam("statementId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID statementId,
                                  @PathParam("lineId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID lineId,
                                  @Valid @NotNull ReasonCommand command) {
        return statements.holdLine(statementId, lineId, command.reason());
    }

    @POST
    @Path("/statements/{statementId}/lines/{lineId}/release")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "releaseCommissionLine", summary = "Release a held statement line", description = "The reverse of hold.")
    @APIResponse(responseCode = "200", description = "The statement", content = @Content(schema = @Schema(implementation = StatementView.class)))
    @APIResponse(responseCode = "404", description = "No such statement or line")
    @APIResponse(responseCode = "409", description = "Not DRAFT, or a later statement exists")
    public StatementView releaseLine(@PathParam("statementId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID statementId,
                                     @PathParam("lineId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID lineId) {
        return statements.holdLine(statementId, lineId, null);
    }

    @GET
    @Path("/partner-holds")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "listCommissionPartnerHolds", summary = "List partners on hold", description = "Oldest first.")
    @APIResponse(responseCode = "200", description = "The holds",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, maxItems = 100000, implementation = PartnerHoldView.class)))
    public List<PartnerHoldView> partnerHolds() {
        return statements.partnerHolds();
    }

    @POST
    @Path("/partner-holds")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "holdCommissionPartner", summary = "Hold a partner's payouts",
            description = "Nothing is payable to the partner until released; its latest DRAFT statement is recomputed.")
    @APIResponse(responseCode = "200", description = "The hold", content = @Content(schema = @Schema(implementation = PartnerHoldView.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    public PartnerHoldView holdPartner(@Valid @NotNull PartnerHoldInput input) {
        return statements.holdPartner(input.partnerId(), input.reason());
    }

    @POST
    @Path("/partner-holds/{partnerId}/release")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN})
    @Operation(operationId = "releaseCommissionPartner", summary = "Release a partner's hold",
            description = "Its latest DRAFT statement is recomputed.")
    @APIResponse(responseCode = "204", description = "Released")
    @APIResponse(responseCode = "404", description = "The partner is not on hold")
    public Response releasePartner(@PathParam("partnerId") @Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid", maxLength = 36)) UUID partnerId) {
        statements.releasePartner(partnerId);
        return Response.noContent().build();
    }
}
