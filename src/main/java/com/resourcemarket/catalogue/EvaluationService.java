package com.resourcemarket.catalogue;

import com.resourcemarket.catalogue.ResourceDtos.EvaluationInput;
import com.resourcemarket.catalogue.ResourceDtos.EvaluationView;
import com.resourcemarket.catalogue.ResourceDtos.EvaluationWeightsView;
import com.resourcemarket.core.error.Problems;
import com.resourcemarket.core.persistence.Ids;
import com.resourcemarket.core.security.Caller;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The evaluation model (资源评估模型): score = Σ sub-score × weight / 100, rounded half-up to 0.01 once.
 * Weights (quality 40, match fit 30, cost 20, growth 10 by default) are configuration that must sum to 100.
 */
@ApplicationScoped
public class EvaluationService {

    @Inject
    Caller caller;

    @Inject
    ResourceService resources;

    @Inject
    Event<ResourceChanged> changes;

    @Transactional
    public EvaluationView evaluate(UUID resourceId, EvaluationInput input) {
        Resource resource = Resource.findById(resourceId);
        if (resource == null) {
            throw Problems.notFound("Resource", resourceId);
        }
        EvaluationWeights weights = EvaluationWeights.findById(EvaluationWeights.CURRENT);
        ResourceEvaluation evaluation = new ResourceEvaluation();
        evaluation.id = Ids.newId();
        evaluation.resourceId = resourceId;
        evaluation.quality = input.quality();
        evaluation.matchFit = input.matchFit();
        evaluation.cooperationCost = input.cooperationCost();
        evaluation.growthPotential = input.growthPotential();
        WeightSet current = weights.weights;
        evaluation.weightQuality = current.quality;
        evaluation.weightMatchFit = current.matchFit;
        evaluation.weightCost = current.cooperationCost;
        evaluation.weightGrowth = current.growthPotential;
        evaluation.score = score(input, current.quality, current.matchFit, current.cooperationCost, current.growthPotential);
        evaluation.note = input.note() == null ? null : input.note().strip();
        evaluation.actor = caller.username();
        evaluation.evaluatedAt = Instant.now();
        evaluation.persist();
        resource.evaluationScore = evaluation.score;
        resource.updatedAt = Instant.now();
        changes.fire(new ResourceChanged(resourceId));
        return view(evaluation);
    }

    static BigDecimal score(EvaluationInput input, int quality, int matchFit, int cost, int growth) {
        return input.quality().multiply(BigDecimal.valueOf(quality))
                .add(input.matchFit().multiply(BigDecimal.valueOf(matchFit)))
                .add(input.cooperationCost().multiply(BigDecimal.valueOf(cost)))
                .add(input.growthPotential().multiply(BigDecimal.valueOf(growth)))
                .divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
    }

    @Transactional
    public List<EvaluationView> history(UUID resourceId) {
        resources.get(resourceId);
        return ResourceEvaluation.<ResourceEvaluation>find("resourceId", Sort.by("evaluatedAt").and("id"), resourceId)
                .list().stream().map(EvaluationService::view).toList();
    }

    @Transactional
    public EvaluationWeightsView weights() {
        return view(EvaluationWeights.<EvaluationWeights>findById(EvaluationWeights.CURRENT));
    }

    @Transactional
    public EvaluationWeightsView changeWeights(EvaluationWeightsView input) {
        WeightSet requested = WeightSet.of(input.quality(), input.matchFit(), input.cooperationCost(), input.growthPotential());
        int sum = requested.sum();
        if (sum != 100) {
            throw Problems.invalidFieldCode("quality", "evaluation.weights.sum", sum);
        }
        EvaluationWeights weights = EvaluationWeights.findById(EvaluationWeights.CURRENT);
        if (input.version() == null) {
            throw Problems.invalidFieldCode("version", "version.required");
        }
        if (input.version() != weights.version) {
            throw Problems.staleVersion("Evaluation weights", input.version(), weights.version);
        }
        weights.weights = requested;
        weights.changedBy = caller.username();
        weights.changedAt = Instant.now();
        EvaluationWeightChange change = new EvaluationWeightChange();
        change.id = Ids.newId();
        change.weights = WeightSet.of(requested.quality, requested.matchFit, requested.cooperationCost, requested.growthPotential);
        change.changedBy = weights.changedBy;
        change.changedAt = weights.changedAt;
        change.persist();
        EvaluationWeights.getEntityManager().flush();
        return view(weights);
    }

    @Transactional
    public List<EvaluationWeightsView> weightHistory() {
        return EvaluationWeightChange.<EvaluationWeightChange>findAll(Sort.by("changedAt").and("id")).list().stream()
                .map(c -> view(c.weights, c.changedBy, c.changedAt, null)).toList();
    }

    private static EvaluationWeightsView view(EvaluationWeights w) {
        return view(w.weights, w.changedBy, w.changedAt, w.version);
    }

    private static EvaluationWeightsView view(WeightSet w, String changedBy, Instant changedAt, Long version) {
        return new EvaluationWeightsView(w.quality, w.matchFit, w.cooperationCost, w.growthPotential, changedBy, changedAt, version);
    }

    private static EvaluationView view(ResourceEvaluation e) {
        return new EvaluationView(e.quality, e.matchFit, e.cooperationCost, e.growthPotential, e.weightQuality,
                e.weightMatchFit, e.weightCost, e.weightGrowth, e.score, e.note, e.actor, e.evaluatedAt);
    }
}
