package com.resourcemarket.console;

import com.resourcemarket.cooperation.CooperationDtos.CooperationView;
import com.resourcemarket.cooperation.CooperationDtos.EventView;
import com.resourcemarket.cooperation.CooperationService;
import com.resourcemarket.cooperation.CooperationStatus;
import com.resourcemarket.core.error.Problems;
import com.resourcemarket.core.security.Roles;
import com.resourcemarket.demand.DemandDtos.DemandEventView;
import com.resourcemarket.demand.DemandDtos.DemandView;
import com.resourcemarket.demand.DemandService;
import com.resourcemarket.demand.DemandStatus;
import com.resourcemarket.matching.MatchDtos.RunView;
import com.resourcemarket.matching.MatchService;
import com.resourcemarket.partner.PartnerService;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Demands (需求) with their history and cooperations, and cooperations (合作) with their timeline; read-only. */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
@ConsolePage
public class DockingPages {

    private static final int PAGE_SIZE = 25;
    private static final int MATCHES_SHOWN = 20;

    @Inject
    ConsoleContext context;

    @Inject
    DemandService demands;

    @Inject
    CooperationService cooperations;

    @Inject
    PartnerService partners;

    @Inject
    MatchService matches;

    @TemplateData
    public record DemandsView(List<DemandView> items, List<CataloguePages.Option> statuses, String status, int page,
                              String previousHref, String nextHref, Map<UUID, String> partnerNames) {
    }

    @TemplateData
    public record DemandDetail(DemandView d, List<DemandEventView> history, List<CooperationView> cooperations,
                               Map<UUID, String> partnerNames, RunView matches, String flash, String matchError) {
    }

    @TemplateData
    public record CooperationsView(List<CooperationView> items, List<CataloguePages.Option> statuses, String status,
                                   int page, String previousHref, String nextHref, Map<UUID, String> partnerNames) {
    }

    @TemplateData
    public record CooperationDetail(CooperationView c, List<EventView> timeline, Map<UUID, String> partnerNames) {
    }

    @GET
    @Path("/demands")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    public TemplateInstance demands(@QueryParam("status") String status, @QueryParam("page") String page) {
        DemandStatus chosen = parse(DemandStatus.class, status);
        int p = page(page);
        List<DemandView> items = demands.list(chosen, null, (p - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        boolean more = items.size() > PAGE_SIZE;
        items = more ? items.subList(0, PAGE_SIZE) : items;
        List<CataloguePages.Option> statuses = new ArrayList<>();
        for (DemandStatus s : DemandStatus.values()) {
            statuses.add(new CataloguePages.Option(s.name(), ConsoleExtensions.label(s, context.lang()), s == chosen));
        }
        String base = "/console/demands?" + (chosen == null ? "" : "status=" + chosen + "&") + "page=";
        return ConsoleViews.demands(new DemandsView(items, statuses, chosen == null ? "" : chosen.name(), p,
                p > 1 ? base + (p - 1) : null, more ? base + (p + 1) : null,
                names(items.stream().map(DemandView::partnerId).toList()))).setLocale(context.lang());
    }

    @GET
    @Path("/demands/{id}")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    public TemplateInstance demand(@PathParam("id") String id, @QueryParam("done") String done) {
        return demandPage(uuid(id, "Demand"), "matched".equals(done) ? ConsoleI18n.finance(context.lang()).match_done() : null, null);
    }

    /** Runs the matching engine for the demand now (managers, admin) and shows the new ranking. */
    @POST
    @Path("/demands/{id}/match")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    public Response match(@PathParam("id") String id) {
        UUID demandId = uuid(id, "Demand");
        try {
            matches.run(demandId, MATCHES_SHOWN);
        } catch (HttpProblem problem) {
            if (problem.getStatusCode() == 404) {
                throw problem;
            }
            return Response.status(problem.getStatusCode()).entity(demandPage(demandId, null,
                    ConsoleErrors.describe(problem, context.messages()))).type("text/html;charset=UTF-8").build();
        }
        String target = "/console/demands/" + demandId + "?done=matched";
        if (context.htmx()) {
            return Response.noContent().header("HX-Redirect", target).build();
        }
        return Response.seeOther(URI.create(target)).build();
    }

    private TemplateInstance demandPage(UUID demandId, String flash, String matchError) {
        DemandView demand = demands.get(demandId);
        List<CooperationView> related = cooperations.list(null, demandId, null, 0, 50);
        List<UUID> ids = new ArrayList<>(List.of(demand.partnerId()));
        related.forEach(c -> ids.add(c.ownerPartnerId()));
        RunView ranking;
        try {
            ranking = matches.latest(demandId, MATCHES_SHOWN);
            ranking.results().stream().filter(r -> r.resource() != null).forEach(r -> ids.add(r.resource().ownerPartnerId()));
        } catch (HttpProblem problem) {
            ranking = null; // never matched
        }
        return ConsoleViews.demand(new DemandDetail(demand, demands.history(demandId), related, names(ids), ranking,
                flash, matchError)).setLocale(context.lang());
    }

    @GET
    @Path("/cooperations")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    public TemplateInstance cooperations(@QueryParam("status") String status, @QueryParam("page") String page) {
        CooperationStatus chosen = parse(CooperationStatus.class, status);
        int p = page(page);
        List<CooperationView> items = cooperations.list(chosen, null, null, (p - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        boolean more = items.size() > PAGE_SIZE;
        items = more ? items.subList(0, PAGE_SIZE) : items;
        List<CataloguePages.Option> statuses = new ArrayList<>();
        for (CooperationStatus s : CooperationStatus.values()) {
            statuses.add(new CataloguePages.Option(s.name(), ConsoleExtensions.label(s, context.lang()), s == chosen));
        }
        List<UUID> ids = new ArrayList<>();
        items.forEach(c -> {
            ids.add(c.demanderPartnerId());
            ids.add(c.ownerPartnerId());
        });
        String base = "/console/cooperations?" + (chosen == null ? "" : "status=" + chosen + "&") + "page=";
        return ConsoleViews.cooperations(new CooperationsView(items, statuses, chosen == null ? "" : chosen.name(), p,
                p > 1 ? base + (p - 1) : null, more ? base + (p + 1) : null, names(ids))).setLocale(context.lang());
    }

    @GET
    @Path("/cooperations/{id}")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    public TemplateInstance cooperation(@PathParam("id") String id) {
        UUID cooperationId = uuid(id, "Cooperation");
        CooperationView cooperation = cooperations.get(cooperationId);
        return ConsoleViews.cooperation(new CooperationDetail(cooperation, cooperations.events(cooperationId),
                names(List.of(cooperation.demanderPartnerId(), cooperation.ownerPartnerId())))).setLocale(context.lang());
    }

    @ServerExceptionMapper
    Response problem(HttpProblem problem) {
        return ConsoleErrors.page(problem, context);
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e) {
        return ConsoleErrors.forbidden(context);
    }

    private Map<UUID, String> names(List<UUID> ids) {
        Map<UUID, String> names = new HashMap<>();
        for (UUID id : ids) {
            if (id != null && !names.containsKey(id)) {
                try {
                    var partner = partners.get(id, false);
                    names.put(id, context.zh() ? partner.nameZh() : partner.nameEn());
                } catch (HttpProblem problem) {
                    names.put(id, id.toString());
                }
            }
        }
        return names;
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
        } catch (IllegalArgumentException e) {
            throw Problems.notFound(what, id);
        }
    }
}
