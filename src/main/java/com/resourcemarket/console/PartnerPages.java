package com.resourcemarket.console;

import com.resourcemarket.core.security.Roles;
import com.resourcemarket.partner.CreatePartnerRequest;
import com.resourcemarket.partner.PartnerService;
import com.resourcemarket.partner.PartnerType;
import com.resourcemarket.partner.PartnerView;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Partner management: the list (paged on the server) and registering a partner. */
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

    @GET
    @RolesAllowed({Roles.RESOURCE_MANAGER, Roles.FINANCE, Roles.ADMIN})
    public TemplateInstance list(@QueryParam("page") String page, @QueryParam("done") String done) {
        return page(parsePage(page), Map.of(), FormErrors.none(), "saved".equals(done) ? context.messages().saved() : null);
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
                if (context.htmx()) {
                    return Response.noContent().header("HX-Redirect", "/console/partners?done=saved").build();
                }
                return Response.seeOther(URI.create("/console/partners?done=saved")).build();
            } catch (HttpProblem problem) {
                errors.addProblem(problem, m, path -> path.startsWith("regions") ? "regions" : path);
            }
        }
        Map<String, String> posted = new LinkedHashMap<>();
        posted.put("nameZh", nz(nameZh));
        posted.put("nameEn", nz(nameEn));
        posted.put("type", nz(type));
        posted.put("regions", nz(regions));
        if (errors.general() == null) {
            errors.general(m.form_has_errors());
        }
        return Response.ok(page(1, posted, errors, null)).build();
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

    private static int parsePage(String page) {
        try {
            return Math.max(1, Math.min(10_000, Integer.parseInt(page == null ? "1" : page)));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }
}
