package com.resourcemarket.console;

import com.resourcemarket.commission.plan.PlanDtos.PlanView;
import com.resourcemarket.commission.plan.PlanService;
import com.resourcemarket.cooperation.CooperationAction;
import com.resourcemarket.cooperation.CooperationDtos.CooperationView;
import com.resourcemarket.cooperation.CooperationDtos.EventView;
import com.resourcemarket.cooperation.CooperationDtos.Price;
import com.resourcemarket.cooperation.CooperationDtos.Quantity;
import com.resourcemarket.cooperation.CooperationDtos.Terms;
import com.resourcemarket.cooperation.CooperationDtos.TransitionCommand;
import com.resourcemarket.cooperation.CooperationService;
import com.resourcemarket.cooperation.CooperationStatus;
import com.resourcemarket.core.error.ProblemTypes;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.resourcemarket.console.ConsoleParams.blankToNull;
import static com.resourcemarket.console.ConsoleParams.orEmpty;

/**
 * Demands (需求) with their history, matches and cooperations; cooperations (合作) with their timeline and, for resource
 * managers and admins, the workflow steps {@link CooperationService} lets staff take now (finance reads only).
 */
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

    @Inject
    PlanService plans;

    @Inject
    Validator validator;

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
    public record CooperationDetail(CooperationView c, List<EventView> timeline, Map<UUID, String> partnerNames,
                                    List<StepForm> steps, String failed, Map<String, String> posted, FormErrors errors,
                                    String flash, List<CataloguePages.Option> plans, List<TermField> termFields) {
    }

    /** A step the signed-in user may take now (from {@link CooperationService#actionsFor}), as a form; failed: the one just refused. */
    @TemplateData
    public record StepForm(CooperationAction action, String label, String confirm, boolean reason, boolean dispute,
                           boolean terms, boolean failed) {
    }

    /** A text field of the signing terms. */
    @TemplateData
    public record TermField(String name, String label, int maxLength, String placeholder) {
    }

    @GET
    @Path("/demands")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    public TemplateInstance demands(@QueryParam("status") String status, @QueryParam("page") String page) {
        DemandStatus chosen = ConsoleParams.enumOrNull(DemandStatus.class, status);
        int p = ConsoleParams.pageNumber(page);
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
        return demandPage(ConsoleParams.idOrNotFound(id, "Demand"), "matched".equals(done) ? ConsoleI18n.finance(context.lang()).match_done() : null, null);
    }

    /** Runs the matching engine for the demand now (managers, admin) and shows the new ranking. */
    @POST
    @Path("/demands/{id}/match")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    public Response match(@PathParam("id") String id) {
        UUID demandId = ConsoleParams.idOrNotFound(id, "Demand");
        try {
            matches.run(demandId, MATCHES_SHOWN);
        } catch (HttpProblem problem) {
            if (problem.getStatusCode() == 404) {
                throw problem;
            }
            return Response.status(problem.getStatusCode()).entity(demandPage(demandId, null,
                    ConsoleErrors.describe(problem, context.messages()))).type("text/html;charset=UTF-8").build();
        }
        return context.redirect("/console/demands/" + demandId + "?done=matched");
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
        CooperationStatus chosen = ConsoleParams.enumOrNull(CooperationStatus.class, status);
        int p = ConsoleParams.pageNumber(page);
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
    public TemplateInstance cooperation(@PathParam("id") String id, @QueryParam("done") String done) {
        UUID cooperationId = ConsoleParams.idOrNotFound(id, "Cooperation");
        CooperationAction step = ConsoleParams.enumOrNull(CooperationAction.class, done);
        String flash = step == null ? null : ConsoleI18n.workflow(context.lang())
                .coop_step_done(ConsoleExtensions.label(step, context.lang()));
        Map<String, String> posted = new HashMap<>();
        posted.put("priceCurrency", "CNY");
        return cooperationPage(cooperationId, null, posted, FormErrors.none(), flash);
    }

    /**
     * A workflow step taken by a resource manager or admin, as {@link CooperationService#act} allows it (staff may
     * accept, decline, negotiate, sign, start execution, close and cancel; reviews are the parties'). Illegal or stale
     * steps come back as a localized message with the problem's status; field errors next to their fields.
     */
    @POST
    @Path("/cooperations/{id}/transitions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    public Response act(@PathParam("id") String id, @RestForm String action, @RestForm String version,
                        @RestForm String reason, @RestForm String dispute, @RestForm String priceAmount,
                        @RestForm String priceCurrency, @RestForm String quantityAmount, @RestForm String quantityUnit,
                        @RestForm String startDate, @RestForm String endDate, @RestForm String commissionPlanId) {
        UUID cooperationId = ConsoleParams.idOrNotFound(id, "Cooperation");
        ConsoleMessages m = context.messages();
        WorkflowMessages w = ConsoleI18n.workflow(context.lang());
        FormErrors errors = FormErrors.none();
        Map<String, String> posted = new HashMap<>();
        posted.put("reason", orEmpty(reason));
        posted.put("dispute", orEmpty(dispute));
        posted.put("priceAmount", orEmpty(priceAmount));
        posted.put("priceCurrency", orEmpty(priceCurrency));
        posted.put("quantityAmount", orEmpty(quantityAmount));
        posted.put("quantityUnit", orEmpty(quantityUnit));
        posted.put("startDate", orEmpty(startDate));
        posted.put("endDate", orEmpty(endDate));
        posted.put("commissionPlanId", orEmpty(commissionPlanId));
        CooperationAction step = ConsoleParams.enumOrNull(CooperationAction.class, action);
        if (step == null || step == CooperationAction.PROPOSE) {
            errors.general(w.coop_unknown_step());
            return Response.status(400).entity(cooperationPage(cooperationId, null, posted, errors, null))
                    .type("text/html;charset=UTF-8").build();
        }
        Long expected = null;
        try {
            expected = version == null || version.isBlank() ? null : Long.parseLong(version.strip());
        } catch (NumberFormatException e) {
            expected = null;
        }
        Terms terms = null;
        if (step == CooperationAction.SIGN) {
            BigDecimal price = number(priceAmount, "priceAmount", errors, m);
            BigDecimal quantity = number(quantityAmount, "quantityAmount", errors, m);
            LocalDate start = date(startDate, "startDate", errors);
            LocalDate end = date(endDate, "endDate", errors);
            UUID plan = null;
            if (commissionPlanId != null && !commissionPlanId.isBlank()) {
                try {
                    plan = UUID.fromString(commissionPlanId.strip());
                } catch (IllegalArgumentException e) {
                    errors.put("commissionPlanId", w.coop_plan_refused());
                }
            }
            terms = new Terms(new Price(price, blankToNull(priceCurrency)), new Quantity(quantity, blankToNull(quantityUnit)),
                    start, end, plan);
        }
        boolean cancel = step == CooperationAction.CANCEL;
        boolean withReason = cancel || step == CooperationAction.DECLINE;
        TransitionCommand command = new TransitionCommand(step, expected, withReason ? blankToNull(reason) : null,
                cancel ? Boolean.valueOf("on".equals(dispute) || "true".equals(dispute)) : null, terms, null);
        validator.validate(command).forEach(v -> errors.put(stepField(v.getPropertyPath().toString()),
                FormErrors.message(v.getConstraintDescriptor(), m)));
        int status = 400;
        if (!errors.any()) {
            try {
                cooperations.act(cooperationId, command);
                return context.redirect("/console/cooperations/" + cooperationId + "?done=" + step.name());
            } catch (HttpProblem problem) {
                if (problem.getStatusCode() == 404) {
                    throw problem;
                }
                status = problem.getStatusCode();
                stepProblem(problem, step, cooperationId, errors, m, w);
            }
        }
        if (errors.general() == null) {
            errors.general(m.form_has_errors());
        }
        return Response.status(status).entity(cooperationPage(cooperationId, step.name(), posted, errors, null))
                .type("text/html;charset=UTF-8").build();
    }

    private void stepProblem(HttpProblem problem, CooperationAction step, UUID cooperationId, FormErrors errors,
                             ConsoleMessages m, WorkflowMessages w) {
        Object violations = problem.getParameters().get("violations");
        if (ProblemTypes.INVALID_STATE.equals(problem.getType())) {
            CooperationStatus now = cooperations.get(cooperationId).status();
            errors.general(w.coop_illegal_step(ConsoleExtensions.label(step, context.lang()),
                    ConsoleExtensions.label(now, context.lang())));
        } else if (ProblemTypes.VALIDATION.equals(problem.getType()) && violations instanceof List<?> list && !list.isEmpty()) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> violation) {
                    String field = String.valueOf(violation.get("field"));
                    String message = switch (field) {
                        case "reason" -> w.coop_reason_required();
                        case "terms.endDate" -> w.coop_end_before_start();
                        case "terms.price.currency" -> w.coop_currency();
                        case "commissionPlanId", "terms.commissionPlanId" -> w.coop_plan_refused();
                        case "terms" -> m.v_required();
                        default -> m.v_invalid(String.valueOf(violation.get("message")));
                    };
                    errors.put(stepField(field), message);
                }
            }
        } else {
            errors.general(ConsoleErrors.describe(problem, m));
        }
    }

    /** The form field of a property path of the transition command. */
    private static String stepField(String path) {
        String field = path.replaceFirst("^[a-zA-Z]+\\.arg\\d+\\.", "");
        return switch (field) {
            case "terms.price.amount" -> "priceAmount";
            case "terms.price.currency" -> "priceCurrency";
            case "terms.quantity.amount" -> "quantityAmount";
            case "terms.quantity.unit" -> "quantityUnit";
            case "terms.startDate" -> "startDate";
            case "terms.endDate" -> "endDate";
            case "terms.commissionPlanId" -> "commissionPlanId";
            default -> field;
        };
    }

    private TemplateInstance cooperationPage(UUID cooperationId, String failed, Map<String, String> posted, FormErrors errors,
                                             String flash) {
        CooperationView cooperation = cooperations.get(cooperationId);
        WorkflowMessages w = ConsoleI18n.workflow(context.lang());
        List<StepForm> steps = new ArrayList<>();
        boolean signing = false;
        for (CooperationAction action : cooperations.actionsFor(cooperationId)) {
            String label = ConsoleExtensions.label(action, context.lang());
            boolean withReason = action == CooperationAction.DECLINE || action == CooperationAction.CANCEL;
            signing |= action == CooperationAction.SIGN;
            steps.add(new StepForm(action, label, w.coop_confirm(label), withReason, action == CooperationAction.CANCEL,
                    action == CooperationAction.SIGN, action.name().equals(failed)));
        }
        List<CataloguePages.Option> planOptions = new ArrayList<>();
        if (signing) {
            for (PlanView plan : plans.list(0, 200)) {
                if (plan.active()) {
                    planOptions.add(new CataloguePages.Option(plan.id().toString(), plan.code() + " · " + plan.name(),
                            plan.id().toString().equals(posted.get("commissionPlanId"))));
                }
            }
        }
        List<TermField> termFields = List.of(new TermField("priceAmount", w.coop_price(), 20, null),
                new TermField("priceCurrency", w.coop_currency_label(), 3, "CNY"),
                new TermField("quantityAmount", w.coop_quantity(), 20, null),
                new TermField("quantityUnit", w.coop_unit(), 32, null),
                new TermField("startDate", w.coop_start(), 10, "yyyy-MM-dd"),
                new TermField("endDate", w.coop_end(), 10, "yyyy-MM-dd"));
        return ConsoleViews.cooperation(new CooperationDetail(cooperation, cooperations.events(cooperationId),
                names(List.of(cooperation.demanderPartnerId(), cooperation.ownerPartnerId())), steps, failed, posted, errors,
                flash, planOptions, termFields)).setLocale(context.lang());
    }

    private static BigDecimal number(String text, String field, FormErrors errors, ConsoleMessages m) {
        if (text == null || text.isBlank()) {
            return null; // bean validation says "required"
        }
        BigDecimal value = FinancePages.decimal(text);
        if (value == null) {
            errors.put(field, m.v_number());
        }
        return value;
    }

    private LocalDate date(String text, String field, FormErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.put(field, ConsoleI18n.finance(context.lang()).v_date());
            return null;
        }
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
}
