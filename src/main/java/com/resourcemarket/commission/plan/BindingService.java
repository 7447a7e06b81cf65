package com.resourcemarket.commission.plan;

import com.resourcemarket.commission.AuditTrail;
import com.resourcemarket.cooperation.CooperationFacts;
import com.resourcemarket.cooperation.CooperationSigning;
import com.resourcemarket.core.error.Problems;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Binds a cooperation, when it is signed, to the version of its commission plan in force at the signing moment. Runs
 * inside the signing transaction ({@link CooperationSigning} is fired synchronously): an unknown or inactive plan, or
 * one with no version in force yet, vetoes the signing with a 400 naming {@code commissionPlanId}. A cooperation
 * signed without a plan earns no commission (events for it are refused).
 */
@ApplicationScoped
public class BindingService {

    @Inject
    PlanService plans;

    @Inject
    AuditTrail audit;

    /** Committed bindings, read through (a binding is written once, when its cooperation is signed). */
    private final Map<UUID, CooperationBinding> committed = new java.util.concurrent.ConcurrentHashMap<>();

    @Transactional
    public void onSigning(@Observes CooperationSigning signing) {
        CooperationFacts facts = signing.cooperation();
        if (facts.commissionPlanId() == null) {
            return;
        }
        CommissionPlan plan = CommissionPlan.findById(facts.commissionPlanId());
        if (plan == null || !plan.active) {
            throw Problems.invalidFieldCode("commissionPlanId", "commission.binding.plan-unknown", facts.commissionPlanId());
        }
        PlanVersion version = plans.versionInForce(plan.id, signing.signedAt()).orElseThrow(() ->
                Problems.invalidFieldCode("commissionPlanId", "commission.binding.no-version", plan.code,
                        signing.signedAt()));
        CooperationBinding binding = CooperationBinding.findById(facts.id());
        boolean fresh = binding == null;
        if (fresh) {
            binding = new CooperationBinding();
            binding.cooperationId = facts.id();
        }
        binding.planId = plan.id;
        binding.planVersionId = version.id;
        binding.ownerPartnerId = facts.ownerPartnerId();
        binding.demanderPartnerId = facts.demanderPartnerId();
        binding.resourceId = facts.resourceId();
        binding.categoryCode = facts.categoryCode();
        binding.signedAt = signing.signedAt().truncatedTo(ChronoUnit.MICROS);
        committed.remove(facts.id());
        if (fresh) {
            binding.persist();
        }
        CooperationBinding.flush();
        audit.record("BINDING", facts.id(), "BIND", null,
                Map.of("planId", plan.id, "planVersionId", version.id, "versionNumber", version.number,
                        "signedAt", signing.signedAt().toString()));
    }

    @Transactional
    public Optional<CooperationBinding> find(UUID cooperationId) {
        return CooperationBinding.findByIdOptional(cooperationId);
    }

    /** The bindings of these cooperations (detached copies; missing ids are absent). */
    @Transactional
    public Map<UUID, CooperationBinding> findAll(Collection<UUID> ids) {
        Map<UUID, CooperationBinding> found = new HashMap<>();
        List<UUID> missing = new java.util.ArrayList<>();
        for (UUID id : ids) {
            CooperationBinding cached = committed.get(id);
            if (cached != null) {
                found.put(id, cached);
            } else {
                missing.add(id);
            }
        }
        if (missing.isEmpty()) {
            return found;
        }
        List<CooperationBinding> list = CooperationBinding.list("cooperationId in ?1", missing);
        for (CooperationBinding binding : list) {
            found.put(binding.cooperationId, binding);
            committed.put(binding.cooperationId, binding);
        }
        return found;
    }
}
