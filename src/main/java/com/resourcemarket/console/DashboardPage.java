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

    @TemplateData
    public record Stat(String label, long value) {
    }

    /** A KPI against its target: value shown as text ("—" without data), met or not. */
    @TemplateData
    public record Kpi(String label, String value, Boolean met) {
    }

    @TemplateData
    public record Dashboard(List<Stat> stats, String statusChart, String gradeChart, String typeChart,
                            List<ResourceView> rectification, List<Kpi> kpis, String kpiPeriod, String accuracyChart) {
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
        return Views.dashboard(new Dashboard(stats, chart("bar", m.dash_count(), byStatus),
                chart("doughnut", m.dash_count(), byGrade), chart("bar", m.dash_count(), byType),
                rectification.items(), kpiList, m.kpi_period(from, today.toString()),
                chart("bar", m.kpi_percent(), byCategory))).setLocale(context.lang());
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
