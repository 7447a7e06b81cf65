package com.resourcemarket.console;

import com.resourcemarket.commission.plan.PlanDtos.ContributionTypeView;
import com.resourcemarket.commission.plan.PlanDtos.PlanInput;
import com.resourcemarket.commission.plan.PlanDtos.PlanView;
import com.resourcemarket.commission.plan.PlanDtos.RuleInput;
import com.resourcemarket.commission.plan.PlanDtos.RuleView;
import com.resourcemarket.commission.plan.PlanDtos.TierInput;
import com.resourcemarket.commission.plan.PlanDtos.VersionInput;
import com.resourcemarket.commission.plan.PlanDtos.VersionView;
import com.resourcemarket.commission.plan.PlanService;
import com.resourcemarket.commission.plan.RuleProblem;
import com.resourcemarket.commission.plan.RuleScope;
import com.resourcemarket.commission.plan.Tier;
import com.resourcemarket.commission.plan.TierCalculator;
import com.resourcemarket.commission.plan.TierMode;
import com.resourcemarket.commission.plan.VolumeBasis;
import com.resourcemarket.core.error.ProblemTypes;
import com.resourcemarket.core.security.Roles;
import com.resourcemarket.core.time.MarketTime;
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
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.resourcemarket.console.ConsoleParams.blankToNull;
import static com.resourcemarket.console.ConsoleParams.orEmpty;

/**
 * Commission plans (佣金方案): the list, a plan with its versions and their dates, the editor of a plan with several
 * rules (one block per contribution type and scope, each with its tier table, added and removed with htmx), a new
 * version of a plan pre-filled from the version in force, deactivation, and the preview computed by the settlement's
 * own {@link TierCalculator}. Saving goes through {@link PlanService}; its rule checks ({@link PlanService#check}) come
 * back next to their fields ({@code rules[1].tiers[0].rate}) in the user's language. Finance and admin only.
 */
@Path("/console/finance/plans")
@Produces(MediaType.TEXT_HTML)
@ConsolePage
@RolesAllowed({Roles.FINANCE, Roles.ADMIN})
public class PlanPages {

    static final int MAX_RULES = 200;
    static final int MAX_TIERS = 20;
    private static final BigDecimal HUNDRED = new BigDecimal("100");
    private static final Pattern RULE_PATH =
            Pattern.compile("^(?:[a-zA-Z]+\\.arg\\d+\\.)?rules\\[(\\d+)](?:\\.([a-zA-Z]+)(?:\\[(\\d+)]\\.(from|rate))?)?.*$");

    @Inject
    ConsoleContext context;

    @Inject
    PlanService plans;

    @Inject
    Validator validator;

    /** The editor's fields as posted: per rule block one value of each {@code rule…} list, per tier row one of each {@code tier…}. */
    public static class RulesForm {
        @RestForm
        public List<String> ruleKey;
        @RestForm
        public List<String> ruleType;
        @RestForm
        public List<String> ruleScope;
        @RestForm
        public List<String> ruleScopeKey;
        @RestForm
        public List<String> ruleBasis;
        @RestForm
        public List<String> ruleMode;
        @RestForm
        public List<String> tierRule;
        @RestForm
        public List<String> tierFrom;
        @RestForm
        public List<String> tierRate;
        @RestForm
        public List<String> previewVolume;
        @RestForm
        public List<String> previewOrders;
        @RestForm
        public String previewRule;
    }

    /** One row of a rule's tier table as typed (rate in percent), with its errors. */
    @TemplateData
    public record TierRow(int rule, int index, String from, String rate, String fromError, String rateError, boolean focusFrom,
                          boolean focusRate) {
    }

    /** One rule block of the editor: contribution type, scope (+ key), basis, mode, tiers, its preview inputs, errors. */
    @TemplateData
    public record RuleBlock(int key, int ordinal, List<CataloguePages.Option> types, List<CataloguePages.Option> scopes,
                            List<CataloguePages.Option> bases, List<CataloguePages.Option> modes, String scopeKey,
                            String bounds, List<TierRow> tiers, String previewVolume, String previewOrders,
                            Map<String, String> errors, String focus) {
        public boolean has(String field) {
            return errors.containsKey(field);
        }

        public String error(String field) {
            return errors.getOrDefault(field, "");
        }
    }

    @TemplateData
    public record PlanForm(boolean newVersion, PlanView plan, String basedOn, Map<String, String> posted, List<RuleBlock> rules,
                           FormErrors errors, String action) {
    }

    @TemplateData
    public record Preview(int key, String text, boolean error) {
    }

    @TemplateData
    public record Bounds(String text) {
    }

    @TemplateData
    public record PlansView(List<PlanView> items, String flash) {
    }

    /** A version and where it stands today: IN_FORCE, SCHEDULED (later) or SUPERSEDED. */
    @TemplateData
    public record VersionRow(VersionView v, String state) {
    }

    @TemplateData
    public record PlanDetail(PlanView plan, List<VersionRow> versions, String flash, String error) {
    }

    /** A rule block while it is read from the form. */
    private static final class Block {
        int key;
        String type = "";
        String scope = "";
        String scopeKey = "";
        String basis = "";
        String mode = "";
        final List<String[]> tiers = new ArrayList<>();
        String previewVolume = "";
        String previewOrders = "";
        final Map<String, String> errors = new LinkedHashMap<>();
        final Map<Integer, String[]> tierErrors = new HashMap<>();
    }

    // --- pages ------------------------------------------------------------------------------------------------

    @GET
    public TemplateInstance list(@QueryParam("done") String done) {
        return FinanceViews.financePlans(new PlansView(plans.list(0, 200),
                "saved".equals(done) ? context.messages().saved() : null)).setLocale(context.lang());
    }

    @GET
    @Path("/{id}")
    public TemplateInstance plan(@PathParam("id") String id, @QueryParam("done") String done) {
        WorkflowMessages w = wf();
        String flash = switch (done == null ? "" : done) {
            case "saved" -> context.messages().saved();
            case "version" -> w.version_saved();
            case "deactivated" -> w.plan_deactivated();
            default -> null;
        };
        return detail(plans.get(ConsoleParams.idOrNotFound(id, "Commission plan")), flash, null);
    }

    private TemplateInstance detail(PlanView plan, String flash, String error) {
        Instant now = Instant.now();
        VersionView inForce = inForce(plan, now);
        List<VersionRow> rows = new ArrayList<>();
        for (VersionView v : plan.versions()) {
            String state = v == inForce ? "IN_FORCE" : v.effectiveFrom().isAfter(now) ? "SCHEDULED" : "SUPERSEDED";
            rows.add(new VersionRow(v, state));
        }
        return FinanceViews.plan(new PlanDetail(plan, rows, flash, error)).setLocale(context.lang());
    }

    @GET
    @Path("/new")
    public TemplateInstance newPlan() {
        Map<String, String> posted = new HashMap<>();
        Block block = new Block();
        block.scope = RuleScope.DEFAULT.name();
        block.basis = VolumeBasis.GMV.name();
        block.mode = TierMode.WHOLE.name();
        block.tiers.add(new String[]{"0", ""});
        block.tiers.add(new String[]{"", ""});
        return form(false, null, null, posted, List.of(block), FormErrors.none());
    }

    /** A new version: the rules of the version in force (else the latest) to edit, a later effective date. */
    @GET
    @Path("/{id}/versions/new")
    public TemplateInstance newVersion(@PathParam("id") String id) {
        PlanView plan = plans.get(ConsoleParams.idOrNotFound(id, "Commission plan"));
        VersionView base = inForce(plan, Instant.now());
        if (base == null) {
            base = plan.versions().get(plan.versions().size() - 1);
        }
        List<Block> blocks = new ArrayList<>();
        for (RuleView rule : base.rules()) {
            Block block = new Block();
            block.key = blocks.size();
            block.type = rule.contributionType();
            block.scope = rule.scope().name();
            block.scopeKey = rule.scopeKey() == null ? "" : rule.scopeKey();
            block.basis = rule.basis().name();
            block.mode = rule.mode().name();
            for (TierInput tier : rule.tiers()) {
                block.tiers.add(new String[]{tier.from().stripTrailingZeros().toPlainString(),
                        tier.rate().multiply(HUNDRED).stripTrailingZeros().toPlainString()});
            }
            blocks.add(block);
        }
        VersionView latest = plan.versions().get(plan.versions().size() - 1);
        LocalDate tomorrow = LocalDate.now(MarketTime.ZONE).plusDays(1);
        LocalDate afterLatest = latest.effectiveFrom().atZone(MarketTime.ZONE).toLocalDate().plusDays(1);
        Map<String, String> posted = new HashMap<>();
        posted.put("effectiveFrom", (afterLatest.isAfter(tomorrow) ? afterLatest : tomorrow).toString());
        return form(true, plan, basedOn(base), posted, blocks, FormErrors.none());
    }

    /** An empty rule block (htmx adds it to the editor). */
    @GET
    @Path("/rule-block")
    public TemplateInstance ruleBlock(@QueryParam("key") String key) {
        Block block = new Block();
        block.key = clamp(key, MAX_RULES * 5);
        block.scope = RuleScope.DEFAULT.name();
        block.basis = VolumeBasis.GMV.name();
        block.mode = TierMode.WHOLE.name();
        block.tiers.add(new String[]{"0", ""});
        return FinanceViews.planRule(render(block, -1, "", typeMap())).setLocale(context.lang());
    }

    /** An empty tier row of a rule block (htmx adds it to the block's table). */
    @GET
    @Path("/tier-row")
    public TemplateInstance tierRow(@QueryParam("rule") String rule, @QueryParam("index") String index) {
        return FinanceViews.tierRow(new TierRow(clamp(rule, MAX_RULES * 5), clamp(index, MAX_TIERS * 5), "", "", null, null,
                false, false)).setLocale(context.lang());
    }

    /** The rate bounds of the contribution type picked in a rule block. */
    @GET
    @Path("/type-bounds")
    public TemplateInstance typeBounds(@QueryParam("ruleType") String type) {
        ContributionTypeView t = typeMap().get(type == null ? "" : type.strip());
        return FinanceViews.typeBounds(new Bounds(bounds(t))).setLocale(context.lang());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String code, @RestForm String name, @RestForm String effectiveFrom,
                           @BeanParam RulesForm form) {
        ConsoleMessages m = context.messages();
        FormErrors errors = FormErrors.none();
        Map<String, String> posted = new HashMap<>();
        posted.put("code", orEmpty(code));
        posted.put("name", orEmpty(name));
        posted.put("effectiveFrom", orEmpty(effectiveFrom));
        Instant effective = date(effectiveFrom, errors);
        List<Block> blocks = read(form, errors);
        List<RuleInput> rules = inputs(blocks, errors);
        PlanInput input = new PlanInput(blankToNull(code), blankToNull(name), effective, rules);
        validate(validator.validate(input), blocks, errors);
        check(rules, blocks, errors);
        if (!errors.any()) {
            try {
                PlanView created = plans.create(input);
                return context.redirect("/console/finance/plans/" + created.id());
            } catch (HttpProblem problem) {
                if (problem.getStatusCode() == 409) {
                    errors.put("code", ConsoleI18n.finance(context.lang()).plan_code_taken());
                } else {
                    serviceProblem(problem, blocks, errors);
                }
            }
        }
        errors.general(m.form_has_errors());
        return Response.ok(form(false, null, null, posted, blocks, errors)).build();
    }

    @POST
    @Path("/{id}/versions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response createVersion(@PathParam("id") String id, @RestForm String effectiveFrom, @BeanParam RulesForm form) {
        ConsoleMessages m = context.messages();
        PlanView plan = plans.get(ConsoleParams.idOrNotFound(id, "Commission plan"));
        FormErrors errors = FormErrors.none();
        Map<String, String> posted = new HashMap<>();
        posted.put("effectiveFrom", orEmpty(effectiveFrom));
        Instant effective = date(effectiveFrom, errors);
        List<Block> blocks = read(form, errors);
        List<RuleInput> rules = inputs(blocks, errors);
        VersionInput input = new VersionInput(effective, rules);
        validate(validator.validate(input), blocks, errors);
        VersionView latest = plan.versions().get(plan.versions().size() - 1);
        if (effective != null && !effective.isAfter(latest.effectiveFrom())) {
            // the service refuses it too (400 naming effectiveFrom); said here with the date, in the user's language
            errors.put("effectiveFrom", wf().version_effective_after(ConsoleExtensions.when(latest.effectiveFrom())));
        }
        check(rules, blocks, errors);
        if (!errors.any()) {
            try {
                plans.newVersion(plan.id(), input);
                return context.redirect("/console/finance/plans/" + plan.id() + "?done=version");
            } catch (HttpProblem problem) {
                if (problem.getStatusCode() == 404) {
                    throw problem;
                }
                serviceProblem(problem, blocks, errors);
            }
        }
        errors.general(m.form_has_errors());
        VersionView base = inForce(plan, Instant.now());
        return Response.ok(form(true, plan, basedOn(base == null ? latest : base), posted, blocks, errors)).build();
    }

    /** No new cooperation can be signed with the plan any more; bound cooperations keep it (the API has no reactivation). */
    @POST
    @Path("/{id}/deactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response deactivate(@PathParam("id") String id) {
        UUID planId = ConsoleParams.idOrNotFound(id, "Commission plan");
        try {
            plans.setActive(planId, false);
        } catch (HttpProblem problem) {
            if (problem.getStatusCode() == 404) {
                throw problem;
            }
            return Response.status(problem.getStatusCode()).entity(detail(plans.get(planId), null,
                    ConsoleErrors.describe(problem, context.messages()))).type("text/html;charset=UTF-8").build();
        }
        return context.redirect("/console/finance/plans/" + planId + "?done=deactivated");
    }

    /** "Volume X gives commission Y" for one rule block, computed with the settlement's own {@link TierCalculator}. */
    @POST
    @Path("/preview")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance preview(@BeanParam RulesForm form) {
        FinanceMessages fin = ConsoleI18n.finance(context.lang());
        List<Block> blocks = read(form, FormErrors.none());
        int wanted = clamp(form.previewRule, MAX_RULES * 5);
        Block block = blocks.stream().filter(b -> b.key == wanted).findFirst().orElse(blocks.isEmpty() ? null : blocks.get(0));
        int key = block == null ? wanted : block.key;
        VolumeBasis basis = block == null ? null : ConsoleParams.enumOrNull(VolumeBasis.class, block.basis);
        TierMode mode = block == null ? null : ConsoleParams.enumOrNull(TierMode.class, block.mode);
        BigDecimal gmv = block == null ? null : FinancePages.decimal(block.previewVolume);
        BigDecimal orders = block == null ? null : FinancePages.decimal(block.previewOrders);
        boolean valid = block != null && basis != null && mode != null && gmv != null && gmv.signum() >= 0 && !block.tiers.isEmpty()
                && (basis == VolumeBasis.GMV || (orders != null && orders.signum() >= 0 && orders.stripTrailingZeros().scale() <= 0));
        List<Tier> tiers = new ArrayList<>();
        for (int i = 0; valid && i < block.tiers.size(); i++) {
            BigDecimal from = FinancePages.decimal(block.tiers.get(i)[0]);
            BigDecimal rate = FinancePages.decimal(block.tiers.get(i)[1]);
            if (from == null || rate == null || (i == 0 && from.signum() != 0)
                    || (i > 0 && from.compareTo(tiers.get(i - 1).from()) <= 0)) {
                valid = false;
            } else {
                tiers.add(new Tier(from, rate.movePointLeft(2)));
            }
        }
        if (!valid) {
            return FinanceViews.planPreview(new Preview(key, fin.plan_preview_invalid(), true)).setLocale(context.lang());
        }
        long orderCount = orders == null ? 0 : orders.longValue();
        TierCalculator.Result result = TierCalculator.compute(mode, basis, tiers, gmv, orderCount);
        String volume = gmv.setScale(2, RoundingMode.HALF_UP).toPlainString();
        String text = basis == VolumeBasis.GMV
                ? fin.plan_preview_result(volume, result.commission().toPlainString(), result.tierReached())
                : fin.plan_preview_result_orders(volume, orderCount, result.commission().toPlainString(), result.tierReached());
        return FinanceViews.planPreview(new Preview(key, text, false)).setLocale(context.lang());
    }

    // --- reading and checking the editor --------------------------------------------------------------------

    /** The blocks in page order, with their tier rows; parse errors (required, not a number) go next to the fields. */
    private List<Block> read(RulesForm form, FormErrors errors) {
        ConsoleMessages m = context.messages();
        List<String> keys = list(form.ruleKey);
        List<Block> blocks = new ArrayList<>();
        Map<Integer, Block> byKey = new HashMap<>();
        for (int i = 0; i < keys.size() && blocks.size() < MAX_RULES + 1; i++) {
            Block block = new Block();
            block.key = clamp(keys.get(i), MAX_RULES * 5);
            if (byKey.containsKey(block.key)) {
                continue;
            }
            block.type = at(form.ruleType, i);
            block.scope = at(form.ruleScope, i);
            block.scopeKey = at(form.ruleScopeKey, i);
            block.basis = at(form.ruleBasis, i);
            block.mode = at(form.ruleMode, i);
            block.previewVolume = at(form.previewVolume, i);
            block.previewOrders = at(form.previewOrders, i);
            byKey.put(block.key, block);
            blocks.add(block);
        }
        List<String> owners = list(form.tierRule);
        int rows = Math.max(owners.size(), Math.max(list(form.tierFrom).size(), list(form.tierRate).size()));
        for (int i = 0; i < rows; i++) {
            Block block = byKey.get(clamp(at(form.tierRule, i), MAX_RULES * 5));
            if (block == null && blocks.size() == 1) {
                block = blocks.get(0);
            }
            if (block != null && block.tiers.size() < MAX_TIERS + 1) {
                block.tiers.add(new String[]{at(form.tierFrom, i), at(form.tierRate, i)});
            }
        }
        if (blocks.isEmpty()) {
            errors.put("rules", wf().rules_required());
        } else if (blocks.size() > MAX_RULES) {
            errors.put("rules", m.v_too_many(MAX_RULES));
        }
        return blocks;
    }

    /** The service's input from the blocks (rates from percent to fractions); unreadable values are errors. */
    private List<RuleInput> inputs(List<Block> blocks, FormErrors errors) {
        ConsoleMessages m = context.messages();
        List<RuleInput> rules = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            String path = "rules[" + i + "]";
            RuleScope scope = ConsoleParams.enumOrNull(RuleScope.class, block.scope);
            VolumeBasis basis = ConsoleParams.enumOrNull(VolumeBasis.class, block.basis);
            TierMode mode = ConsoleParams.enumOrNull(TierMode.class, block.mode);
            if (block.type.isBlank()) {
                blockError(block, errors, path, "contributionType", m.v_required());
            }
            if (scope == null) {
                blockError(block, errors, path, "scope", m.v_required());
            }
            if (basis == null) {
                blockError(block, errors, path, "basis", m.v_required());
            }
            if (mode == null) {
                blockError(block, errors, path, "mode", m.v_required());
            }
            if (block.tiers.isEmpty()) {
                blockError(block, errors, path, "tiers", m.v_required());
            } else if (block.tiers.size() > MAX_TIERS) {
                blockError(block, errors, path, "tiers", m.v_too_many(MAX_TIERS));
            }
            List<TierInput> tiers = new ArrayList<>();
            for (int j = 0; j < block.tiers.size(); j++) {
                String[] row = block.tiers.get(j);
                BigDecimal from = FinancePages.decimal(row[0]);
                BigDecimal percent = FinancePages.decimal(row[1]);
                if (from == null) {
                    tierError(block, errors, i, j, 0, row[0].isBlank() ? m.v_required() : m.v_number());
                }
                if (percent == null) {
                    tierError(block, errors, i, j, 1, row[1].isBlank() ? m.v_required() : m.v_number());
                }
                tiers.add(new TierInput(from, percent == null ? null : percent.movePointLeft(2)));
            }
            rules.add(new RuleInput(blankToNull(block.type), scope, blankToNull(block.scopeKey), basis, mode, tiers));
        }
        return rules;
    }

    /** Bean-validation violations of the whole input, next to their fields. */
    private void validate(Set<? extends ConstraintViolation<?>> violations, List<Block> blocks, FormErrors errors) {
        ConsoleMessages m = context.messages();
        for (ConstraintViolation<?> v : violations) {
            String path = v.getPropertyPath().toString();
            String message = FormErrors.message(v.getConstraintDescriptor(), m);
            if (path.endsWith(".rate") && !"NotNull".equals(v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName())) {
                message = wf().rate_percent();
            }
            place(path, message, blocks, errors);
        }
    }

    /** The service's own rule checks, each next to its field in the user's language. */
    private void check(List<RuleInput> rules, List<Block> blocks, FormErrors errors) {
        if (errors.any()) {
            return; // the service checks complete, valid input only
        }
        WorkflowMessages w = wf();
        for (RuleProblem problem : plans.check(rules)) {
            String message = switch (problem.kind()) {
                case UNKNOWN_TYPE -> w.rule_unknown_type();
                case SCOPE_KEY_FORBIDDEN -> w.rule_scope_key_forbidden();
                case SCOPE_KEY_REQUIRED -> w.rule_scope_key_required();
                case SCOPE_KEY_NOT_UUID -> w.rule_scope_key_uuid();
                case DUPLICATE_RULE -> w.rule_duplicate();
                case FIRST_TIER_NOT_ZERO -> w.tier_first_zero();
                case TIERS_NOT_ASCENDING -> w.tier_ascending();
                case ORDERS_NOT_WHOLE -> w.tier_whole_orders();
                case RATE_OUT_OF_BOUNDS -> ConsoleI18n.finance(context.lang()).plan_rate_bounds(
                        FinancePages.percent(problem.minRate()), FinancePages.percent(problem.maxRate()));
            };
            place(problem.field(), message, blocks, errors);
        }
    }

    /** A problem the service raised while saving (e.g. a race): its field violations next to the fields. */
    private void serviceProblem(HttpProblem problem, List<Block> blocks, FormErrors errors) {
        ConsoleMessages m = context.messages();
        Object violations = problem.getParameters().get("violations");
        if (ProblemTypes.VALIDATION.equals(problem.getType()) && violations instanceof List<?> list && !list.isEmpty()) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> violation) {
                    String field = String.valueOf(violation.get("field"));
                    place(field, "effectiveFrom".equals(field) ? wf().effective_range()
                            : m.v_invalid(String.valueOf(violation.get("message"))), blocks, errors);
                }
            }
        } else {
            errors.put("rules", ConsoleErrors.describe(problem, m));
        }
    }

    private void place(String path, String message, List<Block> blocks, FormErrors errors) {
        Matcher matcher = RULE_PATH.matcher(path);
        if (matcher.matches()) {
            int i = Integer.parseInt(matcher.group(1));
            Block block = i < blocks.size() ? blocks.get(i) : null;
            String field = matcher.group(2);
            if (block == null) {
                errors.put("rules", message);
            } else if (field == null) {
                blockError(block, errors, "rules[" + i + "]", "rule", message);
            } else if (matcher.group(3) != null) {
                tierError(block, errors, i, Integer.parseInt(matcher.group(3)), matcher.group(4).equals("from") ? 0 : 1, message);
            } else {
                blockError(block, errors, "rules[" + i + "]", field, message);
            }
        } else {
            String field = path.replaceFirst("^[a-zA-Z]+\\.arg\\d+\\.", "");
            errors.put(field.startsWith("rules") ? "rules" : field, message);
        }
    }

    private static void blockError(Block block, FormErrors errors, String path, String field, String message) {
        block.errors.putIfAbsent(field, message);
        errors.put("rule".equals(field) ? path : path + "." + field, message);
    }

    private static void tierError(Block block, FormErrors errors, int rule, int tier, int column, String message) {
        String[] row = block.tierErrors.computeIfAbsent(tier, k -> new String[2]);
        if (row[column] == null) {
            row[column] = message;
        }
        errors.put("rules[" + rule + "].tiers[" + tier + "]." + (column == 0 ? "from" : "rate"), message);
    }

    private Instant date(String text, FormErrors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip()).atStartOfDay(MarketTime.ZONE).toInstant();
        } catch (DateTimeParseException e) {
            errors.put("effectiveFrom", ConsoleI18n.finance(context.lang()).v_date());
            return null;
        }
    }

    // --- rendering --------------------------------------------------------------------------------------------

    private TemplateInstance form(boolean newVersion, PlanView plan, String basedOn, Map<String, String> posted, List<Block> blocks,
                                  FormErrors errors) {
        Map<String, ContributionTypeView> types = typeMap();
        String first = errors.first();
        List<RuleBlock> rendered = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            // after a post the blocks are numbered in page order, so ids and error paths agree (rules[i] = block i)
            block.key = i;
            rendered.add(render(block, i, first, types));
        }
        String action = newVersion ? "/console/finance/plans/" + plan.id() + "/versions" : "/console/finance/plans";
        return FinanceViews.planForm(new PlanForm(newVersion, plan, basedOn, posted, rendered, errors, action))
                .setLocale(context.lang());
    }

    private RuleBlock render(Block block, int ordinal, String first, Map<String, ContributionTypeView> types) {
        String lang = context.lang();
        List<CataloguePages.Option> typeOptions = new ArrayList<>();
        for (ContributionTypeView t : types.values()) {
            String label = FinanceExtensions.typeLabel(t.code(), lang);
            typeOptions.add(new CataloguePages.Option(t.code(), (label.equals(t.code()) ? t.name() : label) + " (" + t.code() + ")",
                    t.code().equals(block.type)));
        }
        List<CataloguePages.Option> scopes = new ArrayList<>();
        for (RuleScope s : RuleScope.values()) {
            scopes.add(new CataloguePages.Option(s.name(), FinanceExtensions.label(s, lang), s.name().equals(block.scope)));
        }
        List<CataloguePages.Option> bases = new ArrayList<>();
        for (VolumeBasis b : VolumeBasis.values()) {
            bases.add(new CataloguePages.Option(b.name(), FinanceExtensions.label(b, lang), b.name().equals(block.basis)));
        }
        List<CataloguePages.Option> modes = new ArrayList<>();
        for (TierMode t : TierMode.values()) {
            modes.add(new CataloguePages.Option(t.name(), FinanceExtensions.label(t, lang), t.name().equals(block.mode)));
        }
        String prefix = "rules[" + ordinal + "]";
        List<TierRow> rows = new ArrayList<>();
        for (int j = 0; j < block.tiers.size(); j++) {
            String[] e = block.tierErrors.getOrDefault(j, new String[2]);
            String tierPath = prefix + ".tiers[" + j + "].";
            rows.add(new TierRow(block.key, j, block.tiers.get(j)[0], block.tiers.get(j)[1], e[0], e[1],
                    (tierPath + "from").equals(first), (tierPath + "rate").equals(first)));
        }
        String focus = "";
        if (first.startsWith(prefix + ".") && !first.contains(".tiers[")) {
            focus = first.substring(prefix.length() + 1);
        }
        return new RuleBlock(block.key, ordinal, typeOptions, scopes, bases, modes, block.scopeKey, bounds(types.get(block.type)),
                rows, block.previewVolume, block.previewOrders, block.errors, focus);
    }

    private Map<String, ContributionTypeView> typeMap() {
        Map<String, ContributionTypeView> types = new LinkedHashMap<>();
        for (ContributionTypeView t : plans.types()) {
            types.put(t.code(), t);
        }
        return types;
    }

    private String bounds(ContributionTypeView type) {
        if (type == null) {
            return wf().bounds_pick_type();
        }
        return ConsoleI18n.finance(context.lang()).plan_bounds() + ": " + FinancePages.percent(type.minRate()) + " – "
                + FinancePages.percent(type.maxRate());
    }

    private String basedOn(VersionView version) {
        return wf().version_based_on(version.number(), ConsoleExtensions.when(version.effectiveFrom()));
    }

    /** The version in force at {@code at}: the latest whose effective date has come; null when none has. */
    static VersionView inForce(PlanView plan, Instant at) {
        VersionView found = null;
        for (VersionView v : plan.versions()) {
            if (!v.effectiveFrom().isAfter(at) && (found == null || !v.effectiveFrom().isBefore(found.effectiveFrom()))) {
                found = v;
            }
        }
        return found;
    }


    private WorkflowMessages wf() {
        return ConsoleI18n.workflow(context.lang());
    }

    @ServerExceptionMapper
    Response problem(HttpProblem problem) {
        return ConsoleErrors.page(problem, context);
    }

    @ServerExceptionMapper
    Response forbidden(ForbiddenException e) {
        return ConsoleErrors.forbidden(context);
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static String at(List<String> values, int i) {
        return values != null && i < values.size() && values.get(i) != null ? values.get(i) : "";
    }

    private static int clamp(String text, int max) {
        try {
            return Math.max(0, Math.min(max, Integer.parseInt(text == null ? "0" : text.strip())));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
