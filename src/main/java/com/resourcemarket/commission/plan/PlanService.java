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
            throw Problems.invalidField("minRate", "must not be above maxRate");
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
        Instant effective = input.effectiveFrom() == null ? Instant.now() : input.effectiveFrom();
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
        List<CommissionRule> rules = validate(input.rules());
        PlanVersion last = PlanVersion.<PlanVersion>find("planId", Sort.descending("number"), planId).firstResult();
        if (!input.effectiveFrom().isAfter(last.effectiveFrom)) {
            throw Problems.invalidField("effectiveFrom", "must be after the previous version's effectiveFrom "
                    + last.effectiveFrom);
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

    /** Checks rules against the types and their bounds; a 400 naming {@code rules[i]…} otherwise. */
    private List<CommissionRule> validate(List<RuleInput> inputs) {
        Map<String, ContributionType> types = new java.util.HashMap<>();
        for (ContributionType type : ContributionType.<ContributionType>listAll()) {
            types.put(type.code, type);
        }
        Set<String> seen = new HashSet<>();
        List<CommissionRule> rules = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            RuleInput rule = inputs.get(i);
            String path = "rules[" + i + "]";
            ContributionType type = types.get(rule.contributionType());
            if (type == null) {
                throw Problems.invalidField(path + ".contributionType", "unknown contribution type " + rule.contributionType());
            }
            String key = rule.scopeKey();
            if (rule.scope() == RuleScope.DEFAULT) {
                if (key != null) {
                    throw Problems.invalidField(path + ".scopeKey", "must be absent for a DEFAULT rule");
                }
            } else if (key == null || key.isBlank()) {
                throw Problems.invalidField(path + ".scopeKey", "is required for a " + rule.scope() + " rule");
            } else if (rule.scope() == RuleScope.COOPERATION || rule.scope() == RuleScope.PARTNER) {
                try {
                    key = UUID.fromString(key).toString();
                } catch (IllegalArgumentException e) {
                    throw Problems.invalidField(path + ".scopeKey", "must be a UUID for a " + rule.scope() + " rule");
                }
            }
            if (!seen.add(rule.contributionType() + "|" + rule.scope() + "|" + key)) {
                throw Problems.invalidField(path, "a rule for this contribution type and scope is given twice");
            }
            List<Tier> tiers = new ArrayList<>();
            BigDecimal previous = null;
            for (int j = 0; j < rule.tiers().size(); j++) {
                TierInput tier = rule.tiers().get(j);
                String tierPath = path + ".tiers[" + j + "]";
                if (j == 0 && tier.from().signum() != 0) {
                    throw Problems.invalidField(tierPath + ".from", "the first tier must start at 0");
                }
                if (previous != null && tier.from().compareTo(previous) <= 0) {
                    throw Problems.invalidField(tierPath + ".from", "tiers must be in strictly ascending order of from");
                }
                if (rule.basis() == VolumeBasis.ORDER_COUNT && tier.from().stripTrailingZeros().scale() > 0) {
                    throw Problems.invalidField(tierPath + ".from", "must be a whole number of orders");
                }
                if (type.minRate != null && tier.rate().compareTo(type.minRate) < 0
                        || type.maxRate != null && tier.rate().compareTo(type.maxRate) > 0) {
                    throw Problems.invalidField(tierPath + ".rate", "must be between " + plain(type.minRate) + " and "
                            + plain(type.maxRate) + " for " + type.code);
                }
                previous = tier.from();
                tiers.add(new Tier(tier.from(), tier.rate()));
            }
            rules.add(new CommissionRule(Ids.newId(), rule.contributionType(), rule.scope(), key, rule.basis(), rule.mode(),
                    List.copyOf(tiers)));
        }
        return rules;
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
