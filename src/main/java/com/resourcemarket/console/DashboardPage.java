package com.resourcemarket.console;

import com.resourcemarket.catalogue.ResourceDtos.ResourceView;
import com.resourcemarket.catalogue.ResourceDtos.SearchPageView;
import com.resourcemarket.catalogue.ResourceSearchQuery;
import com.resourcemarket.catalogue.ResourceSearchService;
import com.resourcemarket.catalogue.ResourceStatus;
import com.resourcemarket.catalogue.reference.Channel;
import com.resourcemarket.catalogue.reference.TaxonomyLevel;
import com.resourcemarket.catalogue.reference.TaxonomyNodeView;
import com.resourcemarket.catalogue.reference.TaxonomyService;
import com.resourcemarket.core.security.Roles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.resourcemarket.core.time.MarketTime;
import com.resourcemarket.kpi.CatalogueGrowthService;
import com.resourcemarket.kpi.KpiDtos.GrowthMonth;
import com.resourcemarket.kpi.KpiDtos.GrowthReport;
import com.resourcemarket.kpi.KpiDtos.GrowthSeries;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The console's home (dashboard with charts), the language switch and the signed-out page. */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
@ConsolePage
public class DashboardPage {

    @Inject
    ConsoleContext context;

    @Inject
    ResourceSearchService search;

    @Inject
    TaxonomyService taxonomy;

    @Inject
    ObjectMapper json;

    @Inject
    com.resourcemarket.kpi.KpiService kpis;

    @Inject
    CatalogueGrowthService growth;

    @TemplateData
    public record Stat(String label, long value) {
    }

    /** A KPI against its target: value shown as text ("—" without data), met or not. */
    @TemplateData
    public record Kpi(String label, String value, Boolean met) {
    }

    /** One row of the catalogue growth table: a channel (or all) over the last 12 months. */
    @TemplateData
    public record GrowthRow(String label, GrowthSeries series, String growth, Boolean met) {
    }

    @TemplateData
    public record Dashboard(List<Stat> stats, String statusChart, String gradeChart, String typeChart,
                            List<ResourceView> rectification, List<Kpi> kpis, String kpiPeriod, String accuracyChart,
                            List<Kpi> growthKpis, List<GrowthRow> growthRows, String growthPeriod, String growthChart) {
    }

    @GET
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    public TemplateInstance dashboard() {
        ConsoleMessages m = context.messages();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (ResourceStatus status : ResourceStatus.values()) {
            byStatus.put(ConsoleExtensions.label(status, context.lang()), count(List.of(status.name())));
        }
        SearchPageView all = query(List.of(), 1);
        SearchPageView rectification = query(List.of(ResourceStatus.RECTIFICATION.name()), 20);
        List<Stat> stats = List.of(
                new Stat(m.dash_total(), all.total()),
                new Stat(m.dash_active(), count(List.of("ACTIVE"))),
                new Stat(m.dash_waiting(), count(List.of("SUBMITTED"))),
                new Stat(m.dash_rectification(), rectification.total()));
        Map<String, Long> byGrade = new LinkedHashMap<>();
        all.facets().getOrDefault("grade", Map.of()).forEach((grade, n) ->
                byGrade.put(ConsoleExtensions.label(com.resourcemarket.catalogue.Grade.valueOf(grade), context.lang()), n));
        Map<String, String> typeLabels = typeLabels();
        Map<String, Long> byType = new LinkedHashMap<>();
        all.facets().getOrDefault("type", Map.of()).forEach((type, n) -> byType.put(typeLabels.getOrDefault(type, type), n));
        // KPIs over the demands submitted in the last 90 days (match accuracy, docking cycle in working days)
        java.time.LocalDate today = java.time.LocalDate.now(MarketTime.ZONE);
        String from = today.minusDays(89).toString();
        var accuracy = kpis.matchAccuracy(from, today.toString());
        var cycle = kpis.dockingCycle(from, today.toString());
        List<Kpi> kpiList = List.of(
                new Kpi(m.kpi_accuracy(), accuracy.overall().percent() == null ? m.kpi_no_data()
                        : ConsoleExtensions.plain(accuracy.overall().percent()) + " %", accuracy.overall().meetsTarget()),
                new Kpi(m.kpi_cycle(), cycle.overall().meanWorkingDays() == null ? m.kpi_no_data()
                        : ConsoleExtensions.plain(cycle.overall().meanWorkingDays()), cycle.overall().meetsTarget()));
        Map<String, Long> byCategory = new LinkedHashMap<>();
        Map<String, String> categoryLabels = categoryLabels();
        for (var group : accuracy.byCategory()) {
            if (group.percent() != null) {
                byCategory.put(categoryLabels.getOrDefault(group.group(), group.group()), group.percent().longValue());
            }
        }
        // Catalogue growth over the last 12 months (through the current month)
        CurationMessages cur = ConsoleI18n.curation(context.lang());
        GrowthReport report = growth.growth(null, null);
        GrowthSeries overall = report.overall();
        GrowthMonth current = overall.months().get(overall.months().size() - 1);
        List<Kpi> growthKpis = List.of(
                new Kpi(cur.growth_yoy(), percentOrNone(overall.growthPercent(), m), overall.meetsGrowthTarget()),
                new Kpi(cur.growth_quality_month(current.month()), Long.toString(current.newQuality()), current.meetsQualityTarget()),
                new Kpi(cur.growth_avg_quality(), ConsoleExtensions.plain(overall.averageNewQualityPerMonth()), overall.meetsQualityTarget()),
                new Kpi(cur.growth_new_month(current.month()), Long.toString(current.newResources()), null),
                new Kpi(cur.growth_exited_month(current.month()), Long.toString(current.exited()), null),
                new Kpi(cur.growth_net(), Long.toString(current.netActive()), null));
        List<GrowthRow> growthRows = new ArrayList<>();
        growthRows.add(new GrowthRow(cur.channel_all(), overall, percentOrNone(overall.growthPercent(), m), overall.meetsGrowthTarget()));
        for (GrowthSeries series : report.byChannel()) {
            growthRows.add(new GrowthRow("ONLINE".equals(series.group()) ? m.channel_ONLINE() : m.channel_OFFLINE(), series,
                    percentOrNone(series.growthPercent(), m), series.meetsGrowthTarget()));
        }
        return Views.dashboard(new Dashboard(stats, chart("bar", m.dash_count(), byStatus),
                chart("doughnut", m.dash_count(), byGrade), chart("bar", m.dash_count(), byType),
                rectification.items(), kpiList, m.kpi_period(from, today.toString()),
                chart("bar", m.kpi_percent(), byCategory), growthKpis, growthRows,
                cur.growth_period(report.from(), report.to()), growthChart(overall, cur))).setLocale(context.lang());
    }

    private static String percentOrNone(java.math.BigDecimal percent, ConsoleMessages m) {
        return percent == null ? m.kpi_no_data() : ConsoleExtensions.plain(percent) + " %";
    }

    /**
     * Bars per month: new resources (of which quality) and exits (drawn below zero); a line: the resources in the
     * catalogue at the month's end, on its own axis.
     */
    private String growthChart(GrowthSeries series, CurationMessages cur) {
        List<String> labels = new ArrayList<>();
        List<Long> added = new ArrayList<>();
        List<Long> quality = new ArrayList<>();
        List<Long> exited = new ArrayList<>();
        List<Long> net = new ArrayList<>();
        for (GrowthMonth month : series.months()) {
            labels.add(month.month());
            added.add(month.newResources());
            quality.add(month.newQuality());
            exited.add(-month.exited());
            net.add(month.netActive());
        }
        List<Map<String, Object>> datasets = List.of(
                Map.of("type", "bar", "label", cur.growth_series_new(), "data", added, "backgroundColor", "#7aa7d9", "yAxisID", "y"),
                Map.of("type", "bar", "label", cur.growth_series_quality(), "data", quality, "backgroundColor", "#1b7f3b", "yAxisID", "y"),
                Map.of("type", "bar", "label", cur.growth_series_exited(), "data", exited, "backgroundColor", "#b3261e", "yAxisID", "y"),
                Map.of("type", "line", "label", cur.growth_series_net(), "data", net, "borderColor", "#0b5cad",
                        "backgroundColor", "#0b5cad", "yAxisID", "y1", "tension", 0.2));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", "bar");
        config.put("data", Map.of("labels", labels, "datasets", datasets));
        config.put("options", Map.of("responsive", true,
                "plugins", Map.of("legend", Map.of("display", true)),
                "scales", Map.of("y", Map.of("beginAtZero", true, "ticks", Map.of("precision", 0)),
                        "y1", Map.of("position", "right", "beginAtZero", true, "ticks", Map.of("precision", 0),
                                "grid", Map.of("drawOnChartArea", false)))));
        try {
            return json.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Language switch: remembers the choice in a cookie and goes back to the page (console paths only). */
    @GET
    @Path("/lang")
    @PermitAll
    public Response switchLanguage(@QueryParam("to") String to, @QueryParam("back") String back) {
        String lang = ConsoleI18n.ZH.equals(to) ? ConsoleI18n.ZH : ConsoleI18n.EN;
        String target = back != null && back.startsWith("/console") && !back.startsWith("//") && !back.contains("\\")
                ? back : "/console";
        NewCookie cookie = new NewCookie.Builder(ConsoleI18n.COOKIE).value(lang).path("/console")
                .maxAge(365 * 24 * 3600).sameSite(NewCookie.SameSite.LAX).httpOnly(true).build();
        return Response.seeOther(URI.create(target)).cookie(cookie).build();
    }

    @GET
    @Path("/signed-out")
    @PermitAll
    public TemplateInstance signedOut() {
        return Views.signedOut().setLocale(context.lang());
    }

    @ServerExceptionMapper
    Response problem(HttpProblem problem) {
        return ConsoleErrors.page(problem, context);
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e) {
        return ConsoleErrors.forbidden(context);
    }

    Map<String, String> typeLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            for (TaxonomyNodeView node : taxonomy.list(channel, TaxonomyLevel.TYPE)) {
                labels.put(node.code(), context.zh() ? node.labelZh() : node.labelEn());
            }
        }
        return labels;
    }

    Map<String, String> categoryLabels() {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Channel channel : Channel.values()) {
            for (TaxonomyNodeView node : taxonomy.list(channel, TaxonomyLevel.CATEGORY)) {
                labels.put(node.code(), context.zh() ? node.labelZh() : node.labelEn());
            }
        }
        return labels;
    }

    private long count(List<String> statuses) {
        return query(statuses, 1).total();
    }

    private SearchPageView query(List<String> statuses, int limit) {
        ResourceSearchQuery query = new ResourceSearchQuery();
        query.statuses = statuses.isEmpty() ? null : new ArrayList<>(statuses);
        query.sort = statuses.isEmpty() ? "NEWEST" : "NEWEST";
        query.limit = Integer.toString(limit);
        return search.search(query);
    }

    private String chart(String type, String label, Map<String, Long> data) {
        Map<String, Object> dataset = new LinkedHashMap<>();
        dataset.put("label", label);
        dataset.put("data", new ArrayList<>(data.values()));
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("type", type);
        config.put("data", Map.of("labels", new ArrayList<>(data.keySet()), "datasets", List.of(dataset)));
        config.put("options", Map.of("responsive", true, "plugins", Map.of("legend", Map.of("display", !"bar".equals(type)))));
        try {
            return json.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
