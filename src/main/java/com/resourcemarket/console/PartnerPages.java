package com.resourcemarket.console;

import com.resourcemarket.core.security.Roles;
import com.resourcemarket.partner.CreatePartnerRequest;
import com.resourcemarket.partner.PartnerService;
import com.resourcemarket.partner.PartnerType;
import com.resourcemarket.partner.PartnerView;
import com.resourcemarket.partner.TagDimension;
import com.resourcemarket.partner.UpdatePartnerRequest;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.qute.TemplateData;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.ForbiddenException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.resourcemarket.console.ConsoleParams.blankToNull;
import static com.resourcemarket.console.ConsoleParams.orEmpty;

/**
 * Partner management: the list (paged on the server), registering a partner, a partner's page and its edit form
 * (what the partner API lets staff change, through the same {@link PartnerService}). Managers and admins edit; finance
 * reads (no buttons, and the server answers 403).
 */
@Path("/console/partners")
@Produces(MediaType.TEXT_HTML)
@ConsolePage
public class PartnerPages {

    private static final int PAGE_SIZE = 25;

    @Inject
    ConsoleContext context;

    @Inject
    PartnerService partners;

    @Inject
    Validator validator;

    @TemplateData
    public record PartnersView(List<PartnerView> items, int page, String previousHref, String nextHref,
                               List<CataloguePages.Option> types, Map<String, String> posted, FormErrors errors,
                               String flash) {
    }

    @TemplateData
    public record PartnerDetail(PartnerView p, String flash) {
    }

    @TemplateData
    public record PartnerFormView(PartnerView p, PartnerForm form, FormErrors errors, List<CataloguePages.Option> types,
                                  List<CataloguePages.Option> dimensions, List<PartnerForm.TagRow> tagRows,
                                  List<PartnerForm.ContactRow> contactRows, String typeConfirm) {
    }

    @GET
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    public TemplateInstance list(@QueryParam("page") String page, @QueryParam("done") String done) {
        return page(ConsoleParams.pageNumber(page), Map.of(), FormErrors.none(), "saved".equals(done) ? context.messages().saved() : null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    public Response create(@RestForm String nameZh, @RestForm String nameEn, @RestForm String type, @RestForm String regions) {
        ConsoleMessages m = context.messages();
        FormErrors errors = FormErrors.none();
        PartnerType partnerType = null;
        try {
            partnerType = type == null || type.isBlank() ? null : PartnerType.valueOf(type);
        } catch (IllegalArgumentException e) {
            errors.put("type", m.v_format());
        }
        List<String> regionList = regions == null || regions.isBlank() ? List.of()
                : Arrays.stream(regions.split("[,，\\s]+")).filter(s -> !s.isBlank()).toList();
        CreatePartnerRequest request = new CreatePartnerRequest(null, blankToNull(nameZh), blankToNull(nameEn), partnerType,
                regionList, null, List.of(), List.of());
        errors.addViolations(validator.validate(request), m, path -> path.startsWith("regions") ? "regions" : path);
        if (!errors.any()) {
            try {
                partners.create(request);
                return context.redirect("/console/partners?done=saved");
            } catch (HttpProblem problem) {
                errors.addProblem(problem, m, path -> path.startsWith("regions") ? "regions" : path);
            }
        }
        Map<String, String> posted = new LinkedHashMap<>();
        posted.put("nameZh", orEmpty(nameZh));
        posted.put("nameEn", orEmpty(nameEn));
        posted.put("type", orEmpty(type));
        posted.put("regions", orEmpty(regions));
        if (errors.general() == null) {
            errors.general(m.form_has_errors());
        }
        return Response.ok(page(1, posted, errors, null)).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    public TemplateInstance detail(@PathParam("id") String id, @QueryParam("done") String done) {
        PartnerView partner = partners.get(ConsoleParams.idOrNotFound(id, "Partner"), false);
        return Views.partner(new PartnerDetail(partner, "saved".equals(done) ? context.messages().saved() : null))
                .setLocale(context.lang());
    }

    @GET
    @Path("/{id}/edit")
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    public TemplateInstance edit(@PathParam("id") String id) {
        PartnerView partner = partners.get(ConsoleParams.idOrNotFound(id, "Partner"), false);
        return formPage(partner, PartnerForm.of(partner), FormErrors.none(), null);
    }

    /**
     * Saves the profile. A change of type (the one field only staff may change) needs the confirmation box: without
     * it the form comes back asking for it and nothing is saved.
     */
    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.ADMIN})
    public Response update(@PathParam("id") String id, @BeanParam PartnerForm form) {
        UUID partnerId = ConsoleParams.idOrNotFound(id, "Partner");
        ConsoleMessages m = context.messages();
        PartnerView current = partners.get(partnerId, false);
        FormErrors errors = FormErrors.none();
        UpdatePartnerRequest request = form.toRequest(errors, m);
        errors.addViolations(validator.validate(request), m, form::field);
        String typeConfirm = null;
        if (request.type() != null && request.type() != current.type() && !form.typeChangeConfirmed()) {
            CurationMessages cur = ConsoleI18n.curation(context.lang());
            typeConfirm = cur.partner_type_confirm(ConsoleExtensions.label(current.type(), context.lang()),
                    ConsoleExtensions.label(request.type(), context.lang()));
            errors.put("type", typeConfirm);
        }
        if (!errors.any()) {
            try {
                partners.update(partnerId, request);
                return context.redirect("/console/partners/" + partnerId + "?done=saved");
            } catch (HttpProblem problem) {
                errors.addProblem(problem, m, form::field);
            }
        }
        if (errors.general() == null) {
            errors.general(m.form_has_errors());
        }
        return Response.ok(formPage(current, form, errors, typeConfirm)).build();
    }

    private TemplateInstance formPage(PartnerView partner, PartnerForm form, FormErrors errors, String typeConfirm) {
        List<CataloguePages.Option> types = new ArrayList<>();
        for (PartnerType type : PartnerType.values()) {
            types.add(new CataloguePages.Option(type.name(), ConsoleExtensions.label(type, context.lang()),
                    type.name().equals(form.type)));
        }
        List<CataloguePages.Option> dimensions = new ArrayList<>();
        for (TagDimension dimension : TagDimension.values()) {
            dimensions.add(new CataloguePages.Option(dimension.name(), ConsoleExtensions.label(dimension, context.lang()), false));
        }
        return Views.partnerForm(new PartnerFormView(partner, form, errors, types, dimensions, form.tagRowsForPage(),
                form.contactRowsForPage(partner), typeConfirm)).setLocale(context.lang());
    }

    private TemplateInstance page(int page, Map<String, String> posted, FormErrors errors, String flash) {
        List<PartnerView> items = partners.list((page - 1) * PAGE_SIZE, PAGE_SIZE + 1);
        boolean more = items.size() > PAGE_SIZE;
        List<CataloguePages.Option> types = new ArrayList<>();
        for (PartnerType type : PartnerType.values()) {
            types.add(new CataloguePages.Option(type.name(), ConsoleExtensions.label(type, context.lang()),
                    type.name().equals(posted.get("type"))));
        }
        return Views.partners(new PartnersView(more ? items.subList(0, PAGE_SIZE) : items, page,
                page > 1 ? "/console/partners?page=" + (page - 1) : null,
                more ? "/console/partners?page=" + (page + 1) : null, types, posted, errors, flash)).setLocale(context.lang());
    }

    @ServerExceptionMapper
    Response problem(HttpProblem problem) {
        return ConsoleErrors.page(problem, context);
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e) {
        return ConsoleErrors.forbidden(context);
    }
}
