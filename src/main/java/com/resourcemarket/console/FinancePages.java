package com.resourcemarket.console;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.resourcemarket.commission.plan.PlanDtos.ContributionTypeView;
import com.resourcemarket.commission.plan.PlanDtos.PlanInput;
import com.resourcemarket.commission.plan.PlanDtos.PlanView;
import com.resourcemarket.commission.plan.PlanDtos.RuleInput;
import com.resourcemarket.commission.plan.PlanDtos.TierInput;
import com.resourcemarket.commission.plan.PlanService;
import com.resourcemarket.commission.plan.RuleScope;
import com.resourcemarket.commission.plan.Tier;
import com.resourcemarket.commission.plan.TierCalculator;
import com.resourcemarket.commission.plan.TierMode;
import com.resourcemarket.commission.plan.VolumeBasis;
import com.resourcemarket.commission.report.ReportDtos.GroupBy;
import com.resourcemarket.commission.report.ReportDtos.ReportRow;
import com.resourcemarket.commission.report.ReportService;
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
import java.math.RoundingMode;
import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;

/**
 * Finance (利益分配): commission plans with their tier tables and a preview, settlement runs, statements (approve, pay,
 * resolve a dispute, line holds), reports with charts and the CSV/XLSX export. Finance and admin only; a resource
 * manager is refused (403 page) even where the API would let it read.
 */
@Path("/console/finance")
@Produces(MediaType.TEXT_HTML)
@ConsolePage
@RolesAllowed({Roles.FINANCE, Roles.ADMIN})
public class FinancePages {

    private static final int PAGE_SIZE = 25;
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final java.util.regex.Pattern TIER_PATH =
            java.util.regex.Pattern.compile(".*tiers\\[(\\d+)]\\.(from|rate).*");

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

    /** One row of the tier table as typed: from, and the rate in percent. */
    @TemplateData
    public record TierRow(int index, String from, String rate, String fromError, String rateError) {
    }

    @TemplateData
    public record PlansView(List<PlanView> items, String flash) {
    }

    @TemplateData
    public record PlanDetail(PlanView plan) {
    }

    @TemplateData
    public record PlanForm(Map<String, String> posted, List<TierRow> tiers, List<CataloguePages.Option> types,
                           List<CataloguePages.Option> scopes, List<CataloguePages.Option> bases,
                           List<CataloguePages.Option> modes, FormErrors errors, String bounds) {
    }

    @TemplateData
    public record Preview(String text, boolean error) {
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

    // --- plans --------------------------------------------------------------------------------------------------

    @GET
    @Path("/plans")
    public TemplateInstance plans(@QueryParam("done") String done) {
        return FinanceViews.financePlans(new PlansView(plans.list(0, 200),
                "saved".equals(done) ? context.messages().saved() : null)).setLocale(context.lang());
    }

    @GET
    @Path("/plans/{id}")
    public TemplateInstance plan(@PathParam("id") String id) {
        return FinanceViews.plan(new PlanDetail(plans.get(uuid(id, "Commission plan")))).setLocale(context.lang());
    }

    @GET
    @Path("/plans/new")
    public TemplateInstance newPlan() {
        Map<String, String> posted = new HashMap<>();
        posted.put("scope", "DEFAULT");
        posted.put("basis", "GMV");
        posted.put("mode", "WHOLE");
        List<TierRow> rows = List.of(new TierRow(0, "0", "", null, null), new TierRow(1, "", "", null, null));
        return planForm(posted, rows, FormErrors.none());
    }

    @GET
    @Path("/plans/tier-row")
    public TemplateInstance tierRow(@QueryParam("index") String index) {
        int i;
        try {
            i = Math.max(0, Math.min(19, Integer.parseInt(index == null ? "0" : index)));
        } catch (NumberFormatException e) {
            i = 0;
        }
        return FinanceViews.tierRow(new TierRow(i, "", "", null, null)).setLocale(context.lang());
    }

    @POST
    @Path("/plans")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createPlan(@RestForm String code, @RestForm String name, @RestForm String contributionType,
                               @RestForm String scope, @RestForm String scopeKey, @RestForm String basis,
                               @RestForm String mode, @RestForm String effectiveFrom, @RestForm List<String> tierFrom,
                               @RestForm List<String> tierRate) {
        ConsoleMessages m = context.messages();
        FormErrors errors = FormErrors.none();
        Map<String, String> posted = new HashMap<>();
        posted.put("code", nz(code));
        posted.put("name", nz(name));
        posted.put("contributionType", nz(contributionType));
        posted.put("scope", nz(scope));
        posted.put("scopeKey", nz(scopeKey));
        posted.put("basis", nz(basis));
        posted.put("mode", nz(mode));
        posted.put("effectiveFrom", nz(effectiveFrom));
        java.time.Instant effective = null;
        if (effectiveFrom != null && !effectiveFrom.isBlank()) {
            try {
                effective = java.time.LocalDate.parse(effectiveFrom.strip()).atStartOfDay(MarketTime.ZONE).toInstant();
            } catch (DateTimeParseException e) {
                errors.put("effectiveFrom", fin().v_date());
            }
        }
        RuleScope ruleScope = parse(RuleScope.class, scope);
        VolumeBasis volumeBasis = parse(VolumeBasis.class, basis);
        TierMode tierMode = parse(TierMode.class, mode);
        if (ruleScope == null) {
            errors.put("scope", m.v_required());
        }
        if (volumeBasis == null) {
            errors.put("basis", m.v_required());
        }
        if (tierMode == null) {
            errors.put("mode", m.v_required());
        }
        List<String> froms = tierFrom == null ? List.of() : tierFrom;
        List<String> rates = tierRate == null ? List.of() : tierRate;
        Map<Integer, String[]> tierErrors = new HashMap<>();
        List<TierInput> tiers = new ArrayList<>();
        ContributionTypeView type = plans.types().stream().filter(t -> t.code().equals(contributionType)).findFirst().orElse(null);
        if (type == null) {
            errors.put("contributionType", m.v_required());
        }
        int count = Math.max(froms.size(), rates.size());
        for (int i = 0; i < count; i++) {
            String from = i < froms.size() ? froms.get(i) : "";
            String rate = i < rates.size() ? rates.get(i) : "";
            BigDecimal fromValue = decimal(from);
            BigDecimal percent = decimal(rate);
            String[] e = new String[2];
            if (fromValue == null) {
                e[0] = from == null || from.isBlank() ? m.v_required() : m.v_number();
            }
            if (percent == null) {
                e[1] = rate == null || rate.isBlank() ? m.v_required() : m.v_number();
            } else if (type != null && outside(percent.divide(HUNDRED), type)) {
                e[1] = fin().plan_rate_bounds(percent(type.minRate()), percent(type.maxRate()));
            }
            if (e[0] != null || e[1] != null) {
                tierErrors.put(i, e);
            }
            tiers.add(new TierInput(fromValue, percent == null ? null : percent.divide(HUNDRED)));
        }
        if (count == 0) {
            errors.put("tiers", m.v_required());
        }
        PlanInput input = new PlanInput(blankToNull(code), blankToNull(name), effective,
                List.of(new RuleInput(blankToNull(contributionType), ruleScope, blankToNull(scopeKey), volumeBasis, tierMode, tiers)));
        validator.validate(input).forEach(v -> {
            String path = v.getPropertyPath().toString();
            String message = FormErrors.message(v.getConstraintDescriptor(), m);
            Matcher matcher = TIER_PATH.matcher(path);
            if (matcher.matches()) {
                String[] row = tierErrors.computeIfAbsent(Integer.parseInt(matcher.group(1)), k -> new String[2]);
                int column = matcher.group(2).equals("from") ? 0 : 1;
                if (row[column] == null) {
                    row[column] = message;
                }
            } else {
                errors.put(field(path), message);
            }
        });
        if (!errors.any() && tierErrors.isEmpty()) {
            try {
                PlanView created = plans.create(input);
                String target = "/console/finance/plans/" + created.id();
                if (context.htmx()) {
                    return Response.noContent().header("HX-Redirect", target).build();
                }
                return Response.seeOther(URI.create(target)).build();
            } catch (HttpProblem problem) {
                Object violations = problem.getParameters().get("violations");
                if (violations instanceof List<?> list) {
                    for (Object item : list) {
                        if (item instanceof Map<?, ?> violation) {
                            String path = String.valueOf(violation.get("field"));
                            String message = m.v_invalid(String.valueOf(violation.get("message")));
                            Matcher matcher = TIER_PATH.matcher(path);
                            if (matcher.matches()) {
                                tierErrors.computeIfAbsent(Integer.parseInt(matcher.group(1)), k -> new String[2])
                                        [matcher.group(2).equals("from") ? 0 : 1] = message;
                            } else {
                                errors.put(field(path), message);
                            }
                        }
                    }
                }
                if (!errors.any() && tierErrors.isEmpty()) {
                    errors.general(problem.getStatusCode() == 409 ? fin().plan_code_taken() : ConsoleErrors.describe(problem, m));
                }
            }
        }
        List<TierRow> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String[] e = tierErrors.getOrDefault(i, new String[2]);
            rows.add(new TierRow(i, i < froms.size() ? froms.get(i) : "", i < rates.size() ? rates.get(i) : "", e[0], e[1]));
        }
        if (errors.general() == null) {
            errors.general(m.form_has_errors());
        }
        if (!tierErrors.isEmpty() && errors.first().isEmpty()) {
            errors.put("tiers", fin().plan_tier_errors());
        }
        return Response.ok(planForm(posted, rows, errors)).build();
    }

    /** "Volume X gives commission Y", computed with the settlement's own {@link TierCalculator}. */
    @POST
    @Path("/plans/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance preview(@RestForm String basis, @RestForm String mode, @RestForm List<String> tierFrom,
                                    @RestForm List<String> tierRate, @RestForm String previewVolume,
                                    @RestForm String previewOrders) {
        ConsoleMessages m = context.messages();
        VolumeBasis volumeBasis = parse(VolumeBasis.class, basis);
        TierMode tierMode = parse(TierMode.class, mode);
        BigDecimal gmv = decimal(previewVolume);
        BigDecimal orders = decimal(previewOrders);
        List<Tier> tiers = new ArrayList<>();
        List<String> froms = tierFrom == null ? List.of() : tierFrom;
        List<String> rates = tierRate == null ? List.of() : tierRate;
        boolean valid = volumeBasis != null && tierMode != null && gmv != null && gmv.signum() >= 0 && froms.size() == rates.size()
                && !froms.isEmpty() && (volumeBasis == VolumeBasis.GMV || (orders != null && orders.signum() >= 0));
        for (int i = 0; valid && i < froms.size(); i++) {
            BigDecimal from = decimal(froms.get(i));
            BigDecimal rate = decimal(rates.get(i));
            if (from == null || rate == null || (i == 0 && from.signum() != 0)
                    || (i > 0 && from.compareTo(tiers.get(i - 1).from()) <= 0)) {
                valid = false;
            } else {
                tiers.add(new Tier(from, rate.divide(HUNDRED)));
            }
        }
        if (!valid) {
            return FinanceViews.planPreview(new Preview(fin().plan_preview_invalid(), true)).setLocale(context.lang());
        }
        long orderCount = orders == null ? 0 : orders.longValue();
        TierCalculator.Result result = TierCalculator.compute(tierMode, volumeBasis, tiers, gmv, orderCount);
        String volume = gmv.setScale(2, RoundingMode.HALF_UP).toPlainString();
        String text = volumeBasis == VolumeBasis.GMV
                ? fin().plan_preview_result(volume, result.commission().toPlainString(), result.tierReached())
                : fin().plan_preview_result_orders(volume, orderCount, result.commission().toPlainString(), result.tierReached());
        return FinanceViews.planPreview(new Preview(text, false)).setLocale(context.lang());
    }

    private TemplateInstance planForm(Map<String, String> posted, List<TierRow> rows, FormErrors errors) {
        List<ContributionTypeView> types = plans.types();
        List<CataloguePages.Option> typeOptions = new ArrayList<>();
        StringBuilder bounds = new StringBuilder();
        for (ContributionTypeView t : types) {
            typeOptions.add(new CataloguePages.Option(t.code(), t.name() + " (" + t.code() + ")", t.code().equals(posted.get("contributionType"))));
            bounds.append(t.code()).append(": ").append(percent(t.minRate())).append(" – ").append(percent(t.maxRate())).append("; ");
        }
        List<CataloguePages.Option> scopes = new ArrayList<>();
        for (RuleScope s : RuleScope.values()) {
            scopes.add(new CataloguePages.Option(s.name(), FinanceExtensions.label(s, context.lang()), s.name().equals(posted.get("scope"))));
        }
        List<CataloguePages.Option> bases = new ArrayList<>();
        for (VolumeBasis b : VolumeBasis.values()) {
            bases.add(new CataloguePages.Option(b.name(), FinanceExtensions.label(b, context.lang()), b.name().equals(posted.get("basis"))));
        }
        List<CataloguePages.Option> modes = new ArrayList<>();
        for (TierMode t : TierMode.values()) {
            modes.add(new CataloguePages.Option(t.name(), FinanceExtensions.label(t, context.lang()), t.name().equals(posted.get("mode"))));
        }
        return FinanceViews.planForm(new PlanForm(posted, rows, typeOptions, scopes, bases, modes, errors,
                bounds.toString())).setLocale(context.lang());
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
                String target = "/console/finance/statements?period=" + month;
                if (context.htmx()) {
                    return Response.noContent().header("HX-Redirect", target).build();
                }
                return Response.seeOther(URI.create(target)).build();
            } catch (HttpProblem problem) {
                errors.put("period", problem.getStatusCode() == 409 ? fin().run_conflict() : ConsoleErrors.describe(problem, m));
            }
        }
        errors.general(m.form_has_errors());
        return Response.ok(runsPage(nz(period), errors, null)).build();
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
        StatementStatus chosen = parse(StatementStatus.class, status);
        int p = page(page);
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
        return FinanceViews.statements(new StatementsView(items, statuses, month == null ? nz(period) : month.toString(), p,
                p > 1 ? base + (p - 1) : null, more ? base + (p + 1) : null, names, periodError)).setLocale(context.lang());
    }

    @GET
    @Path("/statements/{id}")
    public TemplateInstance statement(@PathParam("id") String id, @QueryParam("done") String done) {
        StatementView s = statements.get(uuid(id, "Statement"));
        return statementPage(s, FormErrors.none(), "saved".equals(done) ? context.messages().saved() : null, null);
    }

    @POST
    @Path("/statements/{id}/{action}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response statementAction(@PathParam("id") String id, @PathParam("action") String action,
                                    @RestForm String payoutReference, @RestForm String reason, @RestForm String lineId) {
        ConsoleMessages m = context.messages();
        UUID statementId = uuid(id, "Statement");
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
                    UUID line = uuid(lineId, "Statement line");
                    if (reason == null || reason.isBlank()) {
                        errors.put("hold", m.v_required());
                        holdLine = line;
                    } else {
                        statements.holdLine(statementId, line, reason.strip());
                    }
                }
                case "release" -> statements.holdLine(statementId, uuid(lineId, "Statement line"), null);
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
            String target = "/console/finance/statements/" + statementId + "?done=saved";
            if (context.htmx()) {
                return Response.noContent().header("HX-Redirect", target).build();
            }
            return Response.seeOther(URI.create(target)).build();
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
        ReportService.Format f = parse(ReportService.Format.class, format == null ? "CSV" : format);
        ReportService.Level l = parse(ReportService.Level.class, level == null ? "LINES" : level);
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

    private static String field(String path) {
        String f = path.replaceFirst("^create\\.arg0\\.", "").replaceFirst("^rules\\[0]\\.", "");
        if (f.startsWith("rules") || f.startsWith("tiers")) {
            return "tiers";
        }
        return f;
    }

    private static boolean outside(BigDecimal rate, ContributionTypeView type) {
        return (type.minRate() != null && rate.compareTo(type.minRate()) < 0)
                || (type.maxRate() != null && rate.compareTo(type.maxRate()) > 0);
    }

    static String percent(BigDecimal fraction) {
        return fraction == null ? "—" : fraction.multiply(HUNDRED).stripTrailingZeros().toPlainString() + " %";
    }

    private static BigDecimal decimal(String text) {
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

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int page(String page) {
        try {
            return Math.max(1, Math.min(10_000, Integer.parseInt(page == null ? "1" : page)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static UUID uuid(String id, String what) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw Problems.notFound(what, id);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
