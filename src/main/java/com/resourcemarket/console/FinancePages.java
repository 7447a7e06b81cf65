package com.resourcemarket.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.resourcemarket.commission.plan.PlanDtos.ContributionTypeView;
import com.resourcemarket.commission.plan.PlanDtos.ContributionTypeInput;
import com.resourcemarket.commission.plan.PlanService;
import com.resourcemarket.commission.report.ReportDtos.GroupBy;
import com.resourcemarket.commission.report.ReportDtos.ReportRow;
import com.resourcemarket.commission.report.ReportService;
import com.resourcemarket.commission.settlement.SettlementDtos.PartnerHoldView;
import com.resourcemarket.commission.settlement.SettlementDtos.RunView;
import com.resourcemarket.commission.settlement.SettlementDtos.StatementView;
import com.resourcemarket.commission.settlement.SettlementService;
import com.resourcemarket.commission.settlement.StatementService;
import com.resourcemarket.commission.settlement.StatementStatus;
import com.resourcemarket.core.error.Problems;
import com.resourcemarket.core.security.Roles;
import com.resourcemarket.core.time.MarketTime;
import com.resourcemarket.partner.PartnerService;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.resourcemarket.console.ConsoleParams.blankToNull;
import static com.resourcemarket.console.ConsoleParams.orEmpty;

/**
 * Finance (利益分配): contribution types (list, add with rate bounds), partner-level holds (hold with a reason, release),
 * settlement runs, statements (approve, pay, resolve a dispute, line holds), reports with charts and the CSV/XLSX export.
 * The plans and their editor are {@link PlanPages}. Finance and admin only; a resource manager is refused (403 page)
 * even where the API would let it read.
 */
@Path("/console/finance")
@Produces(MediaType.TEXT_HTML)
@ConsolePage
@RolesAllowed({Roles.FINANCE, Roles.ADMIN})
public class FinancePages {

    private static final int PAGE_SIZE = 25;
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    @Inject
    ConsoleContext context;

    @Inject
    PlanService plans;

    @Inject
    SettlementService settlements;

    @Inject
    StatementService statements;

    @Inject
    ReportService reports;

    @Inject
    PartnerService partners;

    @Inject
    Validator validator;

    @Inject
    ObjectMapper json;

    /** A contribution type with its localized label. */
    @TemplateData
    public record TypeRow(ContributionTypeView type, String label) {
    }

    @TemplateData
    public record TypesView(List<TypeRow> items, Map<String, String> posted, FormErrors errors, String flash) {
    }

    /** A partner on hold with its name. */
    @TemplateData
    public record HoldRow(PartnerHoldView hold, String partnerName) {
    }

    @TemplateData
    public record HoldsView(List<HoldRow> items, List<CataloguePages.Option> partners, Map<String, String> posted,
                            FormErrors errors, String flash) {
    }

    @TemplateData
    public record RunsView(List<RunView> items, String period, FormErrors errors, String flash) {
    }

    @TemplateData
    public record StatementsView(List<StatementView> items, List<CataloguePages.Option> statuses, String period,
                                 int page, String previousHref, String nextHref, Map<UUID, String> partnerNames,
                                 String periodError) {
    }

    @TemplateData
    public record StatementDetail(StatementView s, String partnerName, FormErrors errors, String flash, UUID holdLine) {
    }

    @TemplateData
    public record ReportsView(String from, String to, List<ReportRow> byPartner, Map<String, String> partnerNames,
                              String monthChart, String typeChart, String partnerChart, List<String> months,
                              String error) {
    }

    // --- contribution types and partner holds -------------------------------------------------------------------
    // (the plans, their versions and the editor are in PlanPages)

    @GET
    @Path("/types")
    public TemplateInstance types(@QueryParam("done") String done) {
        return typesPage(new HashMap<>(), FormErrors.none(), "added".equals(done) ? wf().type_added() : null);
    }

    /** Adds a contribution type with optional rate bounds (in percent here, fractions in the service). */
    @POST
    @Path("/types")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addType(@RestForm String code, @RestForm String name, @RestForm String minRate, @RestForm String maxRate) {
        ConsoleMessages m = context.messages();
        WorkflowMessages w = wf();
        FormErrors errors = FormErrors.none();
        Map<String, String> posted = new HashMap<>();
        posted.put("code", orEmpty(code));
        posted.put("name", orEmpty(name));
        posted.put("minRate", orEmpty(minRate));
        posted.put("maxRate", orEmpty(maxRate));
        BigDecimal min = rate(minRate, "minRate", errors);
        BigDecimal max = rate(maxRate, "maxRate", errors);
        ContributionTypeInput input = new ContributionTypeInput(blankToNull(code), blankToNull(name), min, max);
        validator.validate(input).forEach(v -> {
            String field = v.getPropertyPath().toString();
            String kind = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            errors.put(field, field.endsWith("Rate") ? w.rate_percent()
                    : "code".equals(field) && "Pattern".equals(kind) ? w.type_code_format()
                    : FormErrors.message(v.getConstraintDescriptor(), m));
        });
        if (!errors.any()) {
            try {
                plans.addType(input);
                return context.redirect("/console/finance/types?done=added");
            } catch (HttpProblem problem) {
                if (problem.getStatusCode() == 409) {
                    errors.put("code", w.type_code_taken());
                } else if (problem.getStatusCode() == 400 && String.valueOf(problem.getParameters().get("violations")).contains("minRate")) {
                    errors.put("minRate", w.type_min_above_max());
                } else {
                    errors.addProblem(problem, m, f -> f);
                }
            }
        }
        errors.general(m.form_has_errors());
        return Response.ok(typesPage(posted, errors, null)).build();
    }

    private BigDecimal rate(String percent, String field, FormErrors errors) {
        if (percent == null || percent.isBlank()) {
            return null;
        }
        BigDecimal value = decimal(percent);
        if (value == null) {
            errors.put(field, context.messages().v_number());
            return null;
        }
        return value.movePointLeft(2);
    }

    private TemplateInstance typesPage(Map<String, String> posted, FormErrors errors, String flash) {
        List<TypeRow> rows = new ArrayList<>();
        for (ContributionTypeView type : plans.types()) {
            String label = FinanceExtensions.typeLabel(type.code(), context.lang());
            rows.add(new TypeRow(type, label.equals(type.code()) ? type.name() : label));
        }
        return FinanceViews.contributionTypes(new TypesView(rows, posted, errors, flash)).setLocale(context.lang());
    }

    @GET
    @Path("/holds")
    public TemplateInstance holds(@QueryParam("done") String done) {
        String flash = "held".equals(done) ? wf().hold_done() : "released".equals(done) ? wf().hold_released() : null;
        return holdsPage(new HashMap<>(), FormErrors.none(), flash);
    }

    /** Holds every payout of a partner (its latest DRAFT statement is recomputed by the service). */
    @POST
    @Path("/holds")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response holdPartner(@RestForm String partnerId, @RestForm String reason) {
        ConsoleMessages m = context.messages();
        FormErrors errors = FormErrors.none();
        Map<String, String> posted = new HashMap<>();
        posted.put("partnerId", orEmpty(partnerId));
        posted.put("reason", orEmpty(reason));
        UUID partner = null;
        if (partnerId == null || partnerId.isBlank()) {
            errors.put("partnerId", m.v_required());
        } else {
            try {
                partner = partners.get(UUID.fromString(partnerId.strip()), false).id();
            } catch (IllegalArgumentException | HttpProblem e) {
                errors.put("partnerId", wf().hold_unknown_partner());
            }
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", m.v_required());
        } else if (reason.strip().length() > 1000) {
            errors.put("reason", m.v_too_long(1000));
        }
        if (!errors.any()) {
            try {
                statements.holdPartner(partner, reason.strip());
                return context.redirect("/console/finance/holds?done=held");
            } catch (HttpProblem problem) {
                errors.addProblem(problem, m, f -> f);
            }
        }
        errors.general(m.form_has_errors());
        return Response.ok(holdsPage(posted, errors, null)).build();
    }

    @POST
    @Path("/holds/{partnerId}/release")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response releasePartner(@PathParam("partnerId") String partnerId) {
        statements.releasePartner(ConsoleParams.idOrNotFound(partnerId, "Partner hold"));
        return context.redirect("/console/finance/holds?done=released");
    }

    private TemplateInstance holdsPage(Map<String, String> posted, FormErrors errors, String flash) {
        List<HoldRow> rows = new ArrayList<>();
        for (PartnerHoldView hold : statements.partnerHolds()) {
            rows.add(new HoldRow(hold, partnerName(hold.partnerId())));
        }
        List<CataloguePages.Option> options = new ArrayList<>();
        for (var partner : partners.list(0, 1000)) {
            String id = partner.id().toString();
            options.add(new CataloguePages.Option(id, context.zh() ? partner.nameZh() : partner.nameEn(),
                    id.equals(posted.get("partnerId"))));
        }
        return FinanceViews.partnerHolds(new HoldsView(rows, options, posted, errors, flash)).setLocale(context.lang());
    }


    private WorkflowMessages wf() {
        return ConsoleI18n.workflow(context.lang());
    }

    // --- settlement runs ----------------------------------------------------------------------------------------

    @GET
    @Path("/runs")
    public TemplateInstance runs(@QueryParam("done") String done) {
        return runsPage(YearMonth.now(MarketTime.ZONE).minusMonths(1).toString(), FormErrors.none(),
                "settled".equals(done) ? fin().run_done() : null);
    }

    @POST
    @Path("/runs")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response startRun(@RestForm String period) {
        ConsoleMessages m = context.messages();
        FormErrors errors = FormErrors.none();
        YearMonth month = month(period);
        if (month == null) {
            errors.put("period", period == null || period.isBlank() ? m.v_required() : fin().v_month());
        } else {
            try {
                settlements.run(month);
                return context.redirect("/console/finance/statements?period=" + month);
            } catch (HttpProblem problem) {
                errors.put("period", problem.getStatusCode() == 409 ? fin().run_conflict() : ConsoleErrors.describe(problem, m));
            }
        }
        errors.general(m.form_has_errors());
        return Response.ok(runsPage(orEmpty(period), errors, null)).build();
    }

    private TemplateInstance runsPage(String period, FormErrors errors, String flash) {
        return FinanceViews.settlementRuns(new RunsView(settlements.list(0, 100), period, errors, flash)).setLocale(context.lang());
    }

    // --- statements ---------------------------------------------------------------------------------------------

    @GET
    @Path("/statements")
    public TemplateInstance statementList(@QueryParam("period") String period, @QueryParam("status") String status,
                                          @QueryParam("page") String page) {
        YearMonth month = period == null || period.isBlank() ? null : month(period);
        String periodError = period != null && !period.isBlank() && month == null ? fin().v_month() : null;
        StatementStatus chosen = ConsoleParams.enumOrNull(StatementStatus.class, status);
        int p = ConsoleParams.pageNumber(page);
        List<StatementView> items = statements.list(month, null, chosen, (p - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        boolean more = items.size() > PAGE_SIZE;
        items = more ? items.subList(0, PAGE_SIZE) : items;
        List<CataloguePages.Option> statuses = new ArrayList<>();
        for (StatementStatus s : StatementStatus.values()) {
            statuses.add(new CataloguePages.Option(s.name(), FinanceExtensions.label(s, context.lang()), s == chosen));
        }
        String base = "/console/finance/statements?" + (month == null ? "" : "period=" + month + "&")
                + (chosen == null ? "" : "status=" + chosen + "&") + "page=";
        Map<UUID, String> names = new HashMap<>();
        items.forEach(s -> names.computeIfAbsent(s.partnerId(), this::partnerName));
        return FinanceViews.statements(new StatementsView(items, statuses, month == null ? orEmpty(period) : month.toString(), p,
                p > 1 ? base + (p - 1) : null, more ? base + (p + 1) : null, names, periodError)).setLocale(context.lang());
    }

    @GET
    @Path("/statements/{id}")
    public TemplateInstance statement(@PathParam("id") String id, @QueryParam("done") String done) {
        StatementView s = statements.get(ConsoleParams.idOrNotFound(id, "Statement"));
        return statementPage(s, FormErrors.none(), "saved".equals(done) ? context.messages().saved() : null, null);
    }

    @POST
    @Path("/statements/{id}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response statementAction(@PathParam("id") String id, @PathParam("action") String action,
                                    @RestForm String payoutReference, @RestForm String reason, @RestForm String lineId) {
        ConsoleMessages m = context.messages();
        UUID statementId = ConsoleParams.idOrNotFound(id, "Statement");
        FormErrors errors = FormErrors.none();
        UUID holdLine = null;
        int status = 200;
        try {
            switch (action) {
                case "approve" -> statements.approve(statementId);
                case "pay" -> {
                    if (payoutReference == null || payoutReference.isBlank()) {
                        errors.put("payoutReference", m.v_required());
                    } else if (payoutReference.strip().length() > 100) {
                        errors.put("payoutReference", m.v_too_long(100));
                    } else {
                        statements.pay(statementId, payoutReference.strip());
                    }
                }
                case "resolve" -> {
                    if (reason == null || reason.isBlank()) {
                        errors.put("resolution", m.v_required());
                    } else if (reason.strip().length() > 1000) {
                        errors.put("resolution", m.v_too_long(1000));
                    } else {
                        statements.resolve(statementId, reason.strip());
                    }
                }
                case "hold" -> {
                    UUID line = ConsoleParams.idOrNotFound(lineId, "Statement line");
                    if (reason == null || reason.isBlank()) {
                        errors.put("hold", m.v_required());
                        holdLine = line;
                    } else {
                        statements.holdLine(statementId, line, reason.strip());
                    }
                }
                case "release" -> statements.holdLine(statementId, ConsoleParams.idOrNotFound(lineId, "Statement line"), null);
                default -> throw Problems.notFound("Statement action", action);
            }
        } catch (HttpProblem problem) {
            if (problem.getStatusCode() == 404) {
                throw problem;
            }
            status = problem.getStatusCode();
            errors.general(problem.getStatusCode() == 403 && "approve".equals(action) ? fin().stmt_four_eyes()
                    : ConsoleErrors.describe(problem, m));
        }
        if (!errors.any()) {
            return context.redirect("/console/finance/statements/" + statementId + "?done=saved");
        }
        if (errors.general() == null) {
            errors.general(m.form_has_errors());
        }
        return Response.status(status).entity(statementPage(statements.get(statementId), errors, null, holdLine))
                .type("text/html;charset=UTF-8").build();
    }

    private TemplateInstance statementPage(StatementView s, FormErrors errors, String flash, UUID holdLine) {
        return FinanceViews.statement(new StatementDetail(s, partnerName(s.partnerId()), errors, flash, holdLine))
                .setLocale(context.lang());
    }

    // --- reports ------------------------------------------------------------------------------------------------

    @GET
    @Path("/reports")
    public TemplateInstance reportsPage(@QueryParam("from") String from, @QueryParam("to") String to) {
        YearMonth now = YearMonth.now(MarketTime.ZONE);
        YearMonth first = from == null || from.isBlank() ? now.minusMonths(11) : month(from);
        YearMonth last = to == null || to.isBlank() ? now : month(to);
        String error = null;
        if (first == null || last == null || last.isBefore(first) || first.plusMonths(120).isBefore(last)) {
            error = fin().report_range_error();
            first = now.minusMonths(11);
            last = now;
        }
        ConsoleMessages m = context.messages();
        List<ReportRow> byMonth = reports.report(first, last, GroupBy.PERIOD);
        List<ReportRow> byType = reports.report(first, last, GroupBy.CONTRIBUTION_TYPE);
        List<ReportRow> byPartner = reports.report(first, last, GroupBy.PARTNER);
        Map<String, String> names = new HashMap<>();
        for (ReportRow row : byPartner) {
            try {
                names.put(row.key(), partnerName(UUID.fromString(row.key())));
            } catch (IllegalArgumentException e) {
                names.put(row.key(), row.key());
            }
        }
        List<String> months = new ArrayList<>();
        for (ReportRow row : byMonth) {
            months.add(row.key());
        }
        return FinanceViews.financeReports(new ReportsView(first.toString(), last.toString(), byPartner, names,
                chart("bar", fin().report_commission(), byMonth, Map.of()), chart("doughnut", fin().report_commission(), byType, Map.of()),
                chart("bar", fin().report_commission(), byPartner, names), months, error)).setLocale(context.lang());
    }

    /** The existing streamed export (forward-only JDBC cursor), under the console session. */
    @GET
    @Path("/export")
    @Produces({"text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", MediaType.TEXT_HTML})
    public Response export(@QueryParam("period") String period, @QueryParam("format") String format,
                           @QueryParam("level") String level) {
        YearMonth month = month(period);
        ReportService.Format f = ConsoleParams.enumOrNull(ReportService.Format.class, format == null ? "CSV" : format);
        ReportService.Level l = ConsoleParams.enumOrNull(ReportService.Level.class, level == null ? "LINES" : level);
        if (month == null || f == null || l == null) {
            throw Problems.invalidParameter("query", month == null ? "period" : f == null ? "format" : "level", "invalid");
        }
        StreamingOutput body = out -> reports.export(month, l, f, out);
        String file = "commission-" + month + "-" + l.name().toLowerCase() + (f == ReportService.Format.CSV ? ".csv" : ".xlsx");
        return Response.ok(body, f == ReportService.Format.CSV ? "text/csv; charset=UTF-8"
                        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    private String chart(String type, String label, List<ReportRow> rows, Map<String, String> names) {
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (ReportRow row : rows) {
            labels.add(names.getOrDefault(row.key(), FinanceExtensions.typeLabel(row.key(), context.lang())));
            values.add(row.total());
        }
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("label", label);
        dataset.put("data", values);
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", type);
        config.put("data", Map.of("labels", labels, "datasets", List.of(dataset)));
        config.put("options", Map.of("responsive", true, "plugins", Map.of("legend", Map.of("display", !"bar".equals(type)))));
        try {
            return json.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    // --- errors and helpers -------------------------------------------------------------------------------------

    @ServerExceptionMapper
    Response problem(HttpProblem problem) {
        return ConsoleErrors.page(problem, context);
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e) {
        return ConsoleErrors.forbidden(context);
    }

    private FinanceMessages fin() {
        return ConsoleI18n.finance(context.lang());
    }

    private String partnerName(UUID id) {
        try {
            var partner = partners.get(id, false);
            return context.zh() ? partner.nameZh() : partner.nameEn();
        } catch (HttpProblem problem) {
            return id.toString();
        }
    }

    static String percent(BigDecimal fraction) {
        return fraction == null ? "—" : fraction.multiply(HUNDRED).stripTrailingZeros().toPlainString() + " %";
    }

    static BigDecimal decimal(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(text.strip().replace(",", ""));
            // absurd exponents are refused before any arithmetic (1e999999999 would take the server's memory)
            return value.scale() > 8 || value.precision() - value.scale() > 18 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static YearMonth month(String text) {
        if (text == null || !text.strip().matches("^[0-9]{4}-[0-9]{2}$")) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
