package com.resourcemarket.console;

import com.resourcemarket.catalogue.EvaluationService;
import com.resourcemarket.catalogue.Grade;
import com.resourcemarket.catalogue.Lifecycle;
import com.resourcemarket.catalogue.LifecycleAction;
import com.resourcemarket.catalogue.ResourceDtos.AdmissionResultView;
import com.resourcemarket.catalogue.ResourceDtos.EvaluationInput;
import com.resourcemarket.catalogue.ResourceDtos.EvaluationView;
import com.resourcemarket.catalogue.ResourceDtos.GradeChangeView;
import com.resourcemarket.catalogue.ResourceDtos.GradeCommand;
import com.resourcemarket.catalogue.ResourceDtos.LifecycleCommand;
import com.resourcemarket.catalogue.ResourceDtos.LifecycleEventView;
import com.resourcemarket.catalogue.ResourceDtos.ResourceInput;
import com.resourcemarket.catalogue.ResourceDtos.ResourceView;
import com.resourcemarket.catalogue.ResourceDtos.SearchPageView;
import com.resourcemarket.catalogue.ResourceSearchQuery;
import com.resourcemarket.catalogue.ResourceSearchService;
import com.resourcemarket.catalogue.ResourceService;
import com.resourcemarket.catalogue.ResourceStatus;
import com.resourcemarket.catalogue.reference.TagDefinitionView;
import com.resourcemarket.catalogue.reference.TagDictionary;
import com.resourcemarket.catalogue.reference.ValueKind;
import com.resourcemarket.core.security.Roles;
import com.resourcemarket.partner.PartnerService;
import com.resourcemarket.partner.PartnerView;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
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
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static com.resourcemarket.console.ConsoleParams.blankToNull;
import static com.resourcemarket.console.ConsoleParams.orEmpty;

/** Catalogue pages: search with filters and facets, resource detail, edit form, lifecycle, grading, evaluation, review queue. */
@Path("/console")
@Produces(MediaType.TEXT_HTML)
@ConsolePage
public class CataloguePages {

    private static final String CURSOR = "^[A-Za-z0-9_=-]*$";
    private static final int PAGE_SIZE = 20;

    @Inject
    ConsoleContext context;

    @Inject
    ResourceSearchService search;

    @Inject
    ResourceService resources;

    @Inject
    EvaluationService evaluations;

    @Inject
    TagDictionary tags;

    @Inject
    PartnerService partners;

    @Inject
    DashboardPage dashboard;

    @Inject
    Validator validator;

    // --- views -----------------------------------------------------------------------------------------------

    @TemplateData
    public record Option(String value, String label, boolean selected) {
    }

    @TemplateData
    public record FacetLink(String label, long count, String href, boolean active) {
    }

    @TemplateData
    public record Facet(String title, List<FacetLink> links) {
    }

    @TemplateData
    public record CatalogueView(SearchFilters filters, FormErrors errors, List<ResourceView> items, long total,
                                List<Facet> facets, Map<String, String> typeLabels, List<Option> statuses,
                                List<Option> grades, List<Option> channels, List<Option> types, List<Option> sorts,
                                String nextHref, String previousHref, String firstHref, int page) {
    }

    @TemplateData
    public record ActionForm(LifecycleAction action, boolean reasonRequired, String confirm) {
    }

    @TemplateData
    public record DetailView(ResourceView r, String typeLabel, String ownerName, AdmissionResultView admission,
                             List<LifecycleEventView> history, List<GradeChangeView> grades,
                             List<EvaluationView> evaluations, List<ActionForm> actions, List<Option> gradeOptions,
                             FormErrors errors, String errorForm, Map<String, String> posted, String flash) {
    }

    @TemplateData
    public record TagRow(int index, String key, String value, String unit, String error) {
    }

    @TemplateData
    public record TagOption(String key, String label, String unit) {
    }

    @TemplateData
    public record FormView(boolean editing, String id, String title, ResourceForm form, FormErrors errors,
                           List<Option> owners, List<Option> types, List<TagRow> tagRows, List<TagOption> dictionary) {
    }

    @TemplateData
    public record ReviewItem(ResourceView r, String typeLabel, AdmissionResultView admission, List<ActionForm> actions) {
    }

    @TemplateData
    public record ReviewView(List<ReviewItem> items, long total, String nextHref, String firstHref) {
    }

    /** The catalogue filters as query parameters (validated like the API's). */
    @TemplateData
    public static class SearchFilters {
        @QueryParam("q") public String q;
        @QueryParam("channel") public String channel;
        @QueryParam("status") public String status;
        @QueryParam("grade") public String grade;
        @QueryParam("type") public String type;
        @QueryParam("region") public String region;
        @QueryParam("tag") public String tag;
        @QueryParam("sort") public String sort;
        @QueryParam("cursor") public String cursor;
        @QueryParam("trail") public String trail;

        String query(boolean withPaging, String newCursor, String newTrail) {
            StringBuilder query = new StringBuilder();
            append(query, "q", q);
            append(query, "channel", channel);
            append(query, "status", status);
            append(query, "grade", grade);
            append(query, "type", type);
            append(query, "region", region);
            append(query, "tag", tag);
            append(query, "sort", sort);
            if (withPaging) {
                append(query, "cursor", newCursor);
                append(query, "trail", newTrail);
            }
            return query.toString();
        }

        SearchFilters with(String name, String value) {
            SearchFilters copy = new SearchFilters();
            copy.q = q;
            copy.channel = channel;
            copy.status = status;
            copy.grade = grade;
            copy.type = type;
            copy.region = region;
            copy.tag = tag;
            copy.sort = sort;
            switch (name) {
                case "type" -> copy.type = value;
                case "grade" -> copy.grade = value;
                case "region" -> copy.region = value;
                default -> throw new IllegalArgumentException(name);
            }
            return copy;
        }

        private static void append(StringBuilder query, String name, String value) {
            if (value != null && !value.isBlank()) {
                query.append(query.isEmpty() ? "?" : "&").append(name).append('=')
                        .append(ConsoleExtensions.url(value.strip()));
            }
        }
    }

    // --- catalogue list ------------------------------------------------------------------------------------------

    @GET
    @Path("/resources")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    public TemplateInstance catalogue(@BeanParam SearchFilters filters) {
        ConsoleMessages m = context.messages();
        FormErrors errors = FormErrors.none();
        ResourceSearchQuery query = new ResourceSearchQuery();
        query.text = blankToNull(filters.q);
        query.channels = listOf(filters.channel);
        query.statuses = listOf(filters.status);
        query.grades = listOf(filters.grade);
        query.types = listOf(filters.type);
        query.regions = listOf(filters.region);
        query.tags = listOf(filters.tag);
        query.sort = filters.sort == null || filters.sort.isBlank() ? (query.text == null ? "NEWEST" : "RELEVANCE") : filters.sort;
        query.limit = Integer.toString(PAGE_SIZE);
        query.cursor = filters.cursor != null && filters.cursor.matches(CURSOR) ? blankToNull(filters.cursor) : null;
        Set<ConstraintViolation<ResourceSearchQuery>> violations = validator.validate(query);
        errors.addViolations(violations, m, CataloguePages::filterField);
        SearchPageView page = null;
        if (!errors.any()) {
            try {
                page = search.search(query);
            } catch (HttpProblem problem) {
                errors.addProblem(problem, m, CataloguePages::filterField);
            }
        }
        Map<String, String> typeLabels = dashboard.typeLabels();
        List<String> trail = filters.trail == null || filters.trail.isBlank() ? List.of()
                : Arrays.stream(filters.trail.split("\\.")).filter(c -> c.matches(CURSOR)).toList();
        String base = "/console/resources";
        String next = null;
        if (page != null && page.nextCursor() != null) {
            List<String> newTrail = new ArrayList<>(trail);
            newTrail.add(query.cursor == null ? "" : query.cursor);
            next = base + filters.query(true, page.nextCursor(), String.join(".", newTrail.subList(Math.max(0, newTrail.size() - 30), newTrail.size())));
        }
        String previous = null;
        if (query.cursor != null) {
            String previousCursor = trail.isEmpty() ? "" : trail.get(trail.size() - 1);
            previous = base + filters.query(true, previousCursor, String.join(".", trail.subList(0, Math.max(0, trail.size() - 1))));
        }
        String first = base + filters.query(false, null, null);
        List<Facet> facets = new ArrayList<>();
        if (page != null) {
            facets.add(facet(m.facet_type(), "type", page.facets().get("type"), filters, typeLabels));
            Map<String, String> gradeLabels = new LinkedHashMap<>();
            for (Grade grade : Grade.values()) {
                gradeLabels.put(grade.name(), ConsoleExtensions.label(grade, context.lang()));
            }
            facets.add(facet(m.facet_grade(), "grade", page.facets().get("grade"), filters, gradeLabels));
            facets.add(facet(m.facet_region(), "region", page.facets().get("region"), filters, Map.of()));
        }
        List<Option> statuses = new ArrayList<>();
        for (ResourceStatus status : ResourceStatus.values()) {
            statuses.add(new Option(status.name(), ConsoleExtensions.label(status, context.lang()), status.name().equals(filters.status)));
        }
        List<Option> grades = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            grades.add(new Option(grade.name(), ConsoleExtensions.label(grade, context.lang()), grade.name().equals(filters.grade)));
        }
        List<Option> channels = List.of(
                new Option("ONLINE", m.channel_ONLINE(), "ONLINE".equals(filters.channel)),
                new Option("OFFLINE", m.channel_OFFLINE(), "OFFLINE".equals(filters.channel)));
        List<Option> types = new ArrayList<>();
        typeLabels.forEach((code, label) -> types.add(new Option(code, label, code.equals(filters.type))));
        List<Option> sorts = List.of(
                new Option("RELEVANCE", m.sort_RELEVANCE(), "RELEVANCE".equals(query.sort)),
                new Option("NEWEST", m.sort_NEWEST(), "NEWEST".equals(query.sort)),
                new Option("SCORE", m.sort_SCORE(), "SCORE".equals(query.sort)),
                new Option("NAME", m.sort_NAME(), "NAME".equals(query.sort)));
        return Views.catalogue(new CatalogueView(filters, errors, page == null ? List.of() : page.items(),
                page == null ? 0 : page.total(), facets, typeLabels, statuses, grades, channels, types, sorts,
                next, previous, first, query.cursor == null ? 1 : trail.size() + 1))
                .setLocale(context.lang());
    }

    private Facet facet(String title, String name, Map<String, Long> counts, SearchFilters filters, Map<String, String> labels) {
        List<FacetLink> links = new ArrayList<>();
        if (counts != null) {
            counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).limit(12)
                    .forEach(entry -> {
                        String current = switch (name) {
                            case "type" -> filters.type;
                            case "grade" -> filters.grade;
                            default -> filters.region;
                        };
                        boolean active = entry.getKey().equals(current);
                        links.add(new FacetLink(labels.getOrDefault(entry.getKey(), entry.getKey()), entry.getValue(),
                                "/console/resources" + filters.with(name, active ? null : entry.getKey()).query(false, null, null),
                                active));
                    });
        }
        return new Facet(title, links);
    }

    private static String filterField(String path) {
        if (path == null) {
            return "";
        }
        if (path.startsWith("text")) {
            return "q";
        }
        for (String name : List.of("channel", "status", "grade", "type", "region", "tag", "sort")) {
            if (path.startsWith(name)) {
                return name;
            }
        }
        return path;
    }

    // --- detail and actions ----------------------------------------------------------------------------------------

    @GET
    @Path("/resources/{id}")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    public TemplateInstance detail(@PathParam("id") String id, @QueryParam("done") String done) {
        String flash = "saved".equals(done) ? context.messages().saved() : null;
        return detailPage(ConsoleParams.idOrNotFound(id, "Resource"), FormErrors.none(), null, Map.of(), flash);
    }

    @POST
    @Path("/resources/{id}/lifecycle")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    public Response lifecycle(@PathParam("id") String id, @RestForm String action, @RestForm String reason,
                              @RestForm String version, @RestForm String back) {
        UUID resourceId = ConsoleParams.idOrNotFound(id, "Resource");
        ConsoleMessages m = context.messages();
        FormErrors errors = FormErrors.none();
        LifecycleAction chosen = null;
        try {
            chosen = LifecycleAction.valueOf(action == null ? "" : action);
        } catch (IllegalArgumentException e) {
            errors.put("action", m.v_required());
        }
        if (chosen != null && Lifecycle.reasonRequired(chosen) && (reason == null || reason.isBlank())) {
            errors.put("reason", m.v_reason_required());
        }
        if (!errors.any()) {
            try {
                resources.act(resourceId, new LifecycleCommand(chosen, blankToNull(reason), parseLong(version)));
                return context.redirect("review".equals(back) ? "/console/review" : "/console/resources/" + resourceId + "?done=saved");
            } catch (HttpProblem problem) {
                errors.addProblem(problem, m, path -> path);
            }
        }
        Map<String, String> posted = new LinkedHashMap<>();
        posted.put("reason", reason == null ? "" : reason);
        posted.put("action", action == null ? "" : action);
        return Response.ok(detailPage(resourceId, errors, "lifecycle", posted, null)).build();
    }

    @POST
    @Path("/resources/{id}/grade")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    public Response grade(@PathParam("id") String id, @RestForm String grade, @RestForm String reason) {
        UUID resourceId = ConsoleParams.idOrNotFound(id, "Resource");
        ConsoleMessages m = context.messages();
        FormErrors errors = FormErrors.none();
        Grade chosen = null;
        try {
            chosen = Grade.valueOf(grade == null ? "" : grade);
        } catch (IllegalArgumentException e) {
            errors.put("grade", m.v_required());
        }
        GradeCommand command = new GradeCommand(chosen, blankToNull(reason));
        errors.addViolations(validator.validate(command), m, path -> path);
        if (!errors.any()) {
            try {
                resources.get(resourceId);
                resources.grade(resourceId, command);
                return context.redirect("/console/resources/" + resourceId + "?done=saved");
            } catch (HttpProblem problem) {
                errors.addProblem(problem, m, path -> path);
            }
        }
        return Response.ok(detailPage(resourceId, errors, "grade", Map.of("grade", grade == null ? "" : grade,
                "reason", reason == null ? "" : reason), null)).build();
    }

    @POST
    @Path("/resources/{id}/evaluation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    public Response evaluate(@PathParam("id") String id, @RestForm String quality, @RestForm String matchFit,
                             @RestForm String cooperationCost, @RestForm String growthPotential, @RestForm String note) {
        UUID resourceId = ConsoleParams.idOrNotFound(id, "Resource");
        ConsoleMessages m = context.messages();
        FormErrors errors = FormErrors.none();
        EvaluationInput input = new EvaluationInput(score("quality", quality, errors, m), score("matchFit", matchFit, errors, m),
                score("cooperationCost", cooperationCost, errors, m), score("growthPotential", growthPotential, errors, m),
                blankToNull(note));
        for (ConstraintViolation<EvaluationInput> violation : validator.validate(input)) {
            String field = violation.getPropertyPath().toString();
            String type = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            errors.put(field, type.startsWith("Decimal") ? m.v_range(0, 100) : FormErrors.message(violation.getConstraintDescriptor(), m));
        }
        if (!errors.any()) {
            try {
                evaluations.evaluate(resourceId, input);
                return context.redirect("/console/resources/" + resourceId + "?done=saved");
            } catch (HttpProblem problem) {
                errors.addProblem(problem, m, path -> path);
            }
        }
        Map<String, String> posted = new LinkedHashMap<>();
        posted.put("quality", orEmpty(quality));
        posted.put("matchFit", orEmpty(matchFit));
        posted.put("cooperationCost", orEmpty(cooperationCost));
        posted.put("growthPotential", orEmpty(growthPotential));
        posted.put("note", orEmpty(note));
        return Response.ok(detailPage(resourceId, errors, "evaluation", posted, null)).build();
    }

    private TemplateInstance detailPage(UUID id, FormErrors errors, String errorForm, Map<String, String> posted, String flash) {
        ConsoleMessages m = context.messages();
        ResourceView r = resources.get(id);
        AdmissionResultView admission = admission(id);
        List<LifecycleEventView> history = resources.lifecycle(id);
        boolean staffReader = context.user().isStaff();
        List<GradeChangeView> grades = staffReader ? resources.gradeHistory(id) : List.of();
        List<EvaluationView> evaluationHistory = staffReader ? evaluations.history(id) : List.of();
        List<Option> gradeOptions = new ArrayList<>();
        String chosenGrade = posted.getOrDefault("grade", r.grade() == null ? "" : r.grade().name());
        for (Grade grade : Grade.values()) {
            gradeOptions.add(new Option(grade.name(), ConsoleExtensions.label(grade, context.lang()), grade.name().equals(chosenGrade)));
        }
        String ownerName = ownerName(r.ownerPartnerId());
        return Views.resource(new DetailView(r, dashboard.typeLabels().getOrDefault(r.typeCode(), r.typeCode()), ownerName,
                admission, history, grades, evaluationHistory, actions(r, m), gradeOptions, errors, errorForm, posted, flash))
                .setLocale(context.lang());
    }

    private List<ActionForm> actions(ResourceView r, ConsoleMessages m) {
        List<ActionForm> actions = new ArrayList<>();
        if (!context.user().canCurate()) {
            return actions;
        }
        String name = context.zh() ? r.nameZh() : r.nameEn();
        for (LifecycleAction action : LifecycleAction.values()) {
            if (Lifecycle.next(r.status(), action).isPresent()) {
                actions.add(new ActionForm(action, Lifecycle.reasonRequired(action),
                        m.confirm_action(ConsoleExtensions.actionLabel(action, m), name)));
            }
        }
        return actions;
    }

    private AdmissionResultView admission(UUID id) {
        try {
            return resources.admission(id);
        } catch (HttpProblem problem) {
            if (problem.getStatusCode() == 404) {
                return null;
            }
            throw problem;
        }
    }

    private String ownerName(UUID owner) {
        try {
            PartnerView partner = partners.get(owner, false);
            return context.zh() ? partner.nameZh() : partner.nameEn();
        } catch (HttpProblem problem) {
            return owner.toString();
        }
    }

    // --- create and edit ---------------------------------------------------------------------------------------------

    @GET
    @Path("/resources/new")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    public TemplateInstance newResource() {
        return formPage(false, null, ResourceForm.empty(), FormErrors.none());
    }

    @POST
    @Path("/resources")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    public Response create(@BeanParam ResourceForm form) {
        return save(null, form);
    }

    @GET
    @Path("/resources/{id}/edit")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    public TemplateInstance edit(@PathParam("id") String id) {
        UUID resourceId = ConsoleParams.idOrNotFound(id, "Resource");
        return formPage(true, resourceId, ResourceForm.of(resources.get(resourceId)), FormErrors.none());
    }

    @POST
    @Path("/resources/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    public Response update(@PathParam("id") String id, @BeanParam ResourceForm form) {
        return save(ConsoleParams.idOrNotFound(id, "Resource"), form);
    }

    private Response save(UUID id, ResourceForm form) {
        ConsoleMessages m = context.messages();
        FormErrors errors = FormErrors.none();
        ResourceInput input = form.toInput(tags.all(), errors, m);
        errors.addViolations(validator.validate(input), m, ResourceForm::field);
        if (id == null && input.ownerPartnerId() == null) {
            errors.put("ownerPartnerId", m.v_required());
        }
        if (!errors.any()) {
            try {
                ResourceView saved = id == null ? resources.create(input) : resources.update(id, input);
                return context.redirect("/console/resources/" + saved.id() + "?done=saved");
            } catch (HttpProblem problem) {
                errors.addProblem(problem, m, ResourceForm::field);
            }
        }
        if (errors.general() == null) {
            errors.general(m.form_has_errors());
        }
        return Response.ok(formPage(id != null, id, form, errors)).build();
    }

    private TemplateInstance formPage(boolean editing, UUID id, ResourceForm form, FormErrors errors) {
        ConsoleMessages m = context.messages();
        List<Option> owners = new ArrayList<>();
        for (PartnerView partner : partners.list(0, 500)) {
            owners.add(new Option(partner.id().toString(), (context.zh() ? partner.nameZh() : partner.nameEn()),
                    partner.id().toString().equals(form.ownerPartnerId)));
        }
        List<Option> types = new ArrayList<>();
        dashboard.typeLabels().forEach((code, label) -> types.add(new Option(code, label, code.equals(form.typeCode))));
        Map<String, TagDefinitionView> dictionary = tags.all();
        List<TagRow> rows = new ArrayList<>();
        List<String> keys = form.tagKey == null ? List.of() : form.tagKey;
        for (int i = 0; i < keys.size(); i++) {
            String key = keys.get(i);
            if (key == null || key.isBlank()) {
                continue;
            }
            String value = form.tagValue != null && i < form.tagValue.size() ? form.tagValue.get(i) : "";
            rows.add(new TagRow(rows.size(), key, value, unitOf(dictionary.get(key.strip())), errors.get("tag" + i)));
        }
        int blanks = rows.isEmpty() ? 3 : 1;
        for (int i = 0; i < blanks; i++) {
            rows.add(new TagRow(rows.size(), "", "", "", ""));
        }
        List<TagOption> options = dictionary.values().stream()
                .sorted(Comparator.comparing((TagDefinitionView t) -> t.dimension()).thenComparing(TagDefinitionView::key))
                .map(t -> new TagOption(t.key(), ConsoleExtensions.label(t.dimension(), context.lang()) + " · "
                        + (context.zh() ? t.labelZh() + " " + t.labelEn() : t.labelEn() + " " + t.labelZh())
                        + (t.unit() == null ? "" : " (" + t.unit() + ")"), unitOf(t)))
                .toList();
        String title = editing ? m.res_edit_title(context.zh() ? form.nameZh : form.nameEn) : m.res_new_title();
        return Views.resourceForm(new FormView(editing, id == null ? null : id.toString(), title, form, errors, owners,
                types, rows, options)).setLocale(context.lang());
    }

    /** One more empty tag row (the "add a tag" button). */
    @GET
    @Path("/resources/tag-row")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    public TemplateInstance tagRow(@QueryParam("index") String index) {
        int i;
        try {
            i = Math.max(0, Math.min(49, Integer.parseInt(index == null ? "0" : index)));
        } catch (NumberFormatException e) {
            i = 0;
        }
        return Views.tagRow(new TagRow(i, "", "", "", "")).setLocale(context.lang());
    }

    /** The unit and kind of a dictionary tag, shown next to its value box once a tag is picked. */
    @GET
    @Path("/resources/tag-unit")
    @Produces(MediaType.TEXT_PLAIN)
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    public String tagUnit(@QueryParam("tagKey") List<String> keys) {
        String key = keys == null || keys.isEmpty() ? null : keys.get(keys.size() - 1);
        return key == null ? "" : tags.find(key.strip()).map(CataloguePages::unitOf).orElse("");
    }

    private static String unitOf(TagDefinitionView definition) {
        if (definition == null) {
            return "";
        }
        if (definition.valueKind() == ValueKind.NUMBER) {
            return definition.unit() == null ? "#" : definition.unit();
        }
        return definition.valueKind() == ValueKind.TEXT ? "abc" : "✓";
    }

    // --- admission review queue ---------------------------------------------------------------------------------------

    @GET
    @Path("/review")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    public TemplateInstance review(@QueryParam("cursor") String cursor) {
        ConsoleMessages m = context.messages();
        ResourceSearchQuery query = new ResourceSearchQuery();
        query.statuses = List.of(ResourceStatus.SUBMITTED.name());
        query.sort = "NEWEST";
        query.limit = Integer.toString(PAGE_SIZE);
        query.cursor = cursor != null && cursor.matches(CURSOR) && !cursor.isBlank() ? cursor : null;
        SearchPageView page = search.search(query);
        Map<String, String> typeLabels = dashboard.typeLabels();
        List<ReviewItem> items = new ArrayList<>();
        for (ResourceView r : page.items()) {
            items.add(new ReviewItem(r, typeLabels.getOrDefault(r.typeCode(), r.typeCode()), admission(r.id()), actions(r, m)));
        }
        return Views.review(new ReviewView(items, page.total(),
                page.nextCursor() == null ? null : "/console/review?cursor=" + page.nextCursor(),
                query.cursor == null ? null : "/console/review")).setLocale(context.lang());
    }

    // --- plumbing ---------------------------------------------------------------------------------------------------

    @ServerExceptionMapper
    Response problem(HttpProblem problem) {
        return ConsoleErrors.page(problem, context);
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e) {
        return ConsoleErrors.forbidden(context);
    }


    private static BigDecimal score(String field, String text, FormErrors errors, ConsoleMessages m) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            errors.put(field, m.v_number());
            return null;
        }
    }

    private static Long parseLong(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> listOf(String value) {
        return value == null || value.isBlank() ? null : new ArrayList<>(List.of(value.strip()));
    }
}
