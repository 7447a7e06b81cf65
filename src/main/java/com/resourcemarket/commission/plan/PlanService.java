package com.resourcemarket.commission.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.resourcemarket.commission.AuditTrail;
import com.resourcemarket.commission.plan.PlanDtos.ContributionTypeInput;
import com.resourcemarket.commission.plan.PlanDtos.ContributionTypeView;
import com.resourcemarket.commission.plan.PlanDtos.PlanInput;
import com.resourcemarket.commission.plan.PlanDtos.PlanView;
import com.resourcemarket.commission.plan.PlanDtos.RuleInput;
import com.resourcemarket.commission.plan.PlanDtos.RuleView;
import com.resourcemarket.commission.plan.PlanDtos.TierInput;
import com.resourcemarket.commission.plan.PlanDtos.VersionInput;
import com.resourcemarket.commission.plan.PlanDtos.VersionView;
import com.resourcemarket.core.error.Problems;
import com.resourcemarket.core.persistence.Ids;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Commission plans (versioned rule sets), contribution types and their rate bounds. A version is immutable: a change
 * of rules is a new version with a later effective date, and cooperations keep the version they were signed with.
 */
@ApplicationScoped
public class PlanService {

    private static final TypeReference<List<CommissionRule>> RULES = new TypeReference<>() {
    };

    @Inject
    ObjectMapper json;

    @Inject
    AuditTrail audit;

    /** Effective dates are TIMESTAMP columns, which hold 1970-01-01 00:00:01 to 2038-01-19 UTC: a wider date is a 400, not a 500. */
    static final Instant EARLIEST_EFFECTIVE = Instant.parse("1970-01-02T00:00:00Z");
    static final Instant LATEST_EFFECTIVE = Instant.parse("2038-01-01T00:00:00Z");

    /** Parsed rules per version id (versions never change, so this never goes stale). */
    private final Map<UUID, List<CommissionRule>> rulesCache = new ConcurrentHashMap<>();

    // --- contribution types -----------------------------------------------------------------------------------

    @Transactional
    public List<ContributionTypeView> types() {
        return ContributionType.<ContributionType>listAll(Sort.by("code")).stream().map(PlanService::view).toList();
    }

    @Transactional
    public Set<String> typeCodes() {
        Set<String> codes = new HashSet<>();
        for (ContributionType type : ContributionType.<ContributionType>listAll()) {
            codes.add(type.code);
        }
        return codes;
    }

    @Transactional
    public ContributionTypeView addType(ContributionTypeInput input) {
        if (input.minRate() != null && input.maxRate() != null && input.minRate().compareTo(input.maxRate()) > 0) {
            throw Problems.invalidFieldCode("minRate", "commission.type.min-above-max");
        }
        if (ContributionType.findById(input.code()) != null) {
            throw Problems.conflict("Contribution type " + input.code() + " exists already");
        }
        ContributionType type = new ContributionType();
        type.code = input.code();
        type.name = input.name();
        type.minRate = input.minRate();
        type.maxRate = input.maxRate();
        type.createdBy = audit.actor();
        type.persist();
        ContributionType.flush();
        audit.record("CONTRIBUTION_TYPE", type.code, "CREATE", null, view(type));
        return view(type);
    }

    // --- plans ------------------------------------------------------------------------------------------------

    @Transactional
    public PlanView create(PlanInput input) {
        if (CommissionPlan.count("code", input.code()) > 0) {
            throw Problems.conflict("A commission plan with code " + input.code() + " exists already");
        }
        List<CommissionRule> rules = validate(input.rules());
        CommissionPlan plan = new CommissionPlan();
        plan.id = Ids.newId();
        plan.code = input.code();
        plan.name = input.name();
        plan.active = true;
        plan.createdBy = audit.actor();
        plan.persist();
        Instant effective = input.effectiveFrom() == null ? Instant.now() : requireStorable(input.effectiveFrom());
        addVersion(plan, 1, effective, rules);
        CommissionPlan.flush();
        PlanView view = view(plan);
        audit.record("PLAN", plan.id, "CREATE", null, view);
        return view;
    }

    @Transactional
    public PlanView newVersion(UUID planId, VersionInput input) {
        CommissionPlan plan = plan(planId);
        PlanView before = view(plan);
        requireStorable(input.effectiveFrom());
        List<CommissionRule> rules = validate(input.rules());
        PlanVersion last = PlanVersion.<PlanVersion>find("planId", Sort.descending("number"), planId).firstResult();
        if (!input.effectiveFrom().isAfter(last.effectiveFrom)) {
            throw Problems.invalidFieldCode("effectiveFrom", "commission.plan.effective-not-after",
                    last.effectiveFrom);
        }
        addVersion(plan, last.number + 1, input.effectiveFrom(), rules);
        plan.updatedAt = Instant.now();
        CommissionPlan.flush();
        PlanView after = view(plan);
        audit.record("PLAN", plan.id, "NEW_VERSION", before, after);
        return after;
    }

    @Transactional
    public PlanView setActive(UUID planId, boolean active) {
        CommissionPlan plan = plan(planId);
        PlanView before = view(plan);
        plan.active = active;
        CommissionPlan.flush();
        PlanView after = view(plan);
        audit.record("PLAN", plan.id, active ? "ACTIVATE" : "DEACTIVATE", before, after);
        return after;
    }

    @Transactional
    public List<PlanView> list(int offset, int limit) {
        return CommissionPlan.<CommissionPlan>findAll(Sort.by("code")).range(offset, offset + limit - 1).list().stream()
                .map(this::view).toList();
    }

    @Transactional
    public PlanView get(UUID planId) {
        return view(plan(planId));
    }

    /** The rules of a version (cached; versions are immutable). */
    @Transactional
    public List<CommissionRule> rules(UUID versionId) {
        List<CommissionRule> cached = rulesCache.get(versionId);
        if (cached != null) {
            return cached;
        }
        PlanVersion version = PlanVersion.findById(versionId);
        List<CommissionRule> rules = version == null ? List.of() : parse(version.rulesJson);
        rulesCache.put(versionId, rules);
        return rules;
    }

    /** The version of an active plan in force at {@code at}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<PlanVersion> versionInForce(UUID planId, Instant at) {
        return PlanVersion.<PlanVersion>find("planId = ?1 and effectiveFrom <= ?2", Sort.descending("effectiveFrom"), planId, at)
                .firstResultOptional();
    }

    CommissionPlan plan(UUID planId) {
        CommissionPlan plan = CommissionPlan.findById(planId);
        if (plan == null) {
            throw Problems.notFound("Commission plan", planId);
        }
        return plan;
    }

    private static Instant requireStorable(Instant effectiveFrom) {
        if (effectiveFrom.isBefore(EARLIEST_EFFECTIVE) || !effectiveFrom.isBefore(LATEST_EFFECTIVE)) {
            throw Problems.invalidFieldCode("effectiveFrom", "commission.plan.effective-range");
        }
        return effectiveFrom;
    }

    private void addVersion(CommissionPlan plan, int number, Instant effectiveFrom, List<CommissionRule> rules) {
        PlanVersion version = new PlanVersion();
        version.id = Ids.newId();
        version.planId = plan.id;
        version.number = number;
        version.effectiveFrom = effectiveFrom.truncatedTo(ChronoUnit.MICROS);
        version.rulesJson = write(rules);
        version.createdBy = audit.actor();
        version.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        version.persist();
    }

    /** Checks rules against the types and their bounds; a 400 naming {@code rules[i]…} (the first problem) otherwise. */
    private List<CommissionRule> validate(List<RuleInput> inputs) {
        List<RuleProblem> problems = problems(inputs);
        if (!problems.isEmpty()) {
            throw Problems.invalidField(problems.get(0).field(), problems.get(0).message());
        }
        List<CommissionRule> rules = new ArrayList<>();
        for (RuleInput rule : inputs) {
            String key = rule.scopeKey();
            if (rule.scope() == RuleScope.COOPERATION || rule.scope() == RuleScope.PARTNER) {
                key = UUID.fromString(key).toString();
            }
            List<Tier> tiers = rule.tiers().stream().map(t -> new Tier(t.from(), t.rate())).toList();
            rules.add(new CommissionRule(Ids.newId(), rule.contributionType(), rule.scope(), key, rule.basis(), rule.mode(),
                    List.copyOf(tiers)));
        }
        return rules;
    }

    /**
     * Every problem of a rule set (bean-valid input), in the order saving finds them: unknown types, scope keys,
     * duplicates, tier order, whole order counts, rates outside the type's bounds. Empty when the rules can be saved.
     * The console shows them all next to their fields; saving refuses the first.
     */
    @Transactional
    public List<RuleProblem> check(List<RuleInput> inputs) {
        return problems(inputs);
    }

    private List<RuleProblem> problems(List<RuleInput> inputs) {
        Map<String, ContributionType> types = new java.util.HashMap<>();
        for (ContributionType type : ContributionType.<ContributionType>listAll()) {
            types.put(type.code, type);
        }
        Set<String> seen = new HashSet<>();
        List<RuleProblem> problems = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            RuleInput rule = inputs.get(i);
            String path = "rules[" + i + "]";
            ContributionType type = types.get(rule.contributionType());
            if (type == null) {
                problems.add(RuleProblem.of(path + ".contributionType", RuleProblem.Kind.UNKNOWN_TYPE,
                        "unknown contribution type " + rule.contributionType()));
            }
            String key = rule.scopeKey();
            boolean keyOk = true;
            if (rule.scope() == RuleScope.DEFAULT) {
                if (key != null) {
                    keyOk = false;
                    problems.add(RuleProblem.of(path + ".scopeKey", RuleProblem.Kind.SCOPE_KEY_FORBIDDEN,
                            "must be absent for a DEFAULT rule"));
                }
            } else if (key == null || key.isBlank()) {
                keyOk = false;
                problems.add(RuleProblem.of(path + ".scopeKey", RuleProblem.Kind.SCOPE_KEY_REQUIRED,
                        "is required for a " + rule.scope() + " rule"));
            } else if (rule.scope() == RuleScope.COOPERATION || rule.scope() == RuleScope.PARTNER) {
                try {
                    key = UUID.fromString(key).toString();
                } catch (IllegalArgumentException e) {
                    keyOk = false;
                    problems.add(RuleProblem.of(path + ".scopeKey", RuleProblem.Kind.SCOPE_KEY_NOT_UUID,
                            "must be a UUID for a " + rule.scope() + " rule"));
                }
            }
            if (type != null && keyOk && !seen.add(rule.contributionType() + "|" + rule.scope() + "|" + key)) {
                problems.add(RuleProblem.of(path, RuleProblem.Kind.DUPLICATE_RULE,
                        "a rule for this contribution type and scope is given twice"));
            }
            BigDecimal previous = null;
            for (int j = 0; j < rule.tiers().size(); j++) {
                TierInput tier = rule.tiers().get(j);
                String tierPath = path + ".tiers[" + j + "]";
                if (j == 0 && tier.from().signum() != 0) {
                    problems.add(RuleProblem.of(tierPath + ".from", RuleProblem.Kind.FIRST_TIER_NOT_ZERO,
                            "the first tier must start at 0"));
                } else if (previous != null && tier.from().compareTo(previous) <= 0) {
                    problems.add(RuleProblem.of(tierPath + ".from", RuleProblem.Kind.TIERS_NOT_ASCENDING,
                            "tiers must be in strictly ascending order of from"));
                } else if (rule.basis() == VolumeBasis.ORDER_COUNT && tier.from().stripTrailingZeros().scale() > 0) {
                    problems.add(RuleProblem.of(tierPath + ".from", RuleProblem.Kind.ORDERS_NOT_WHOLE,
                            "must be a whole number of orders"));
                }
                if (type != null && (type.minRate != null && tier.rate().compareTo(type.minRate) < 0
                        || type.maxRate != null && tier.rate().compareTo(type.maxRate) > 0)) {
                    problems.add(new RuleProblem(tierPath + ".rate", RuleProblem.Kind.RATE_OUT_OF_BOUNDS,
                            "must be between " + plain(type.minRate) + " and " + plain(type.maxRate) + " for " + type.code,
                            type.minRate, type.maxRate));
                }
                previous = previous == null || tier.from().compareTo(previous) > 0 ? tier.from() : previous;
            }
        }
        return problems;
    }

    private static String plain(BigDecimal value) {
        return value == null ? "any" : value.stripTrailingZeros().toPlainString();
    }

    private PlanView view(CommissionPlan plan) {
        List<VersionView> versions = PlanVersion.<PlanVersion>list("planId", Sort.by("number"), plan.id).stream()
                .map(v -> new VersionView(v.id, v.number, v.effectiveFrom, rules(v.id).stream().map(PlanService::view).toList(),
                        v.createdBy, v.createdAt))
                .toList();
        return new PlanView(plan.id, plan.code, plan.name, plan.active, versions, plan.version);
    }

    private static RuleView view(CommissionRule rule) {
        return new RuleView(rule.id(), rule.contributionType(), rule.scope(), rule.scopeKey(), rule.basis(), rule.mode(),
                rule.tiers().stream().map(t -> new TierInput(t.from(), t.rate())).toList());
    }

    private static ContributionTypeView view(ContributionType type) {
        return new ContributionTypeView(type.code, type.name, type.minRate, type.maxRate);
    }

    private String write(List<CommissionRule> rules) {
        try {
            return json.writeValueAsString(rules);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<CommissionRule> parse(String text) {
        try {
            return List.copyOf(json.readValue(text, RULES));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored rules are unreadable", e);
        }
    }
}
