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
        evaluation.weightQuality = weights.quality;
        evaluation.weightMatchFit = weights.matchFit;
        evaluation.weightCost = weights.cooperationCost;
        evaluation.weightGrowth = weights.growthPotential;
        evaluation.score = score(input, weights.quality, weights.matchFit, weights.cooperationCost, weights.growthPotential);
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
        int sum = input.quality() + input.matchFit() + input.cooperationCost() + input.growthPotential();
        if (sum != 100) {
            throw Problems.invalidField("quality", "the four weights must sum to 100, they sum to " + sum);
        }
        EvaluationWeights weights = EvaluationWeights.findById(EvaluationWeights.CURRENT);
        if (input.version() == null) {
            throw Problems.invalidField("version", "must be the version you read (optimistic locking)");
        }
        if (input.version() != weights.version) {
            throw Problems.staleVersion("Evaluation weights", input.version(), weights.version);
        }
        weights.quality = input.quality();
        weights.matchFit = input.matchFit();
        weights.cooperationCost = input.cooperationCost();
        weights.growthPotential = input.growthPotential();
        weights.changedBy = caller.username();
        weights.changedAt = Instant.now();
        EvaluationWeightChange change = new EvaluationWeightChange();
        change.id = Ids.newId();
        change.quality = weights.quality;
        change.matchFit = weights.matchFit;
        change.cooperationCost = weights.cooperationCost;
        change.growthPotential = weights.growthPotential;
        change.changedBy = weights.changedBy;
        change.changedAt = weights.changedAt;
        change.persist();
        EvaluationWeights.getEntityManager().flush();
        return view(weights);
    }

    @Transactional
    public List<EvaluationWeightsView> weightHistory() {
        return EvaluationWeightChange.<EvaluationWeightChange>findAll(Sort.by("changedAt").and("id")).list().stream()
                .map(c -> new EvaluationWeightsView(c.quality, c.matchFit, c.cooperationCost, c.growthPotential,
                        c.changedBy, c.changedAt, null)).toList();
    }

    private static EvaluationWeightsView view(EvaluationWeights w) {
        return new EvaluationWeightsView(w.quality, w.matchFit, w.cooperationCost, w.growthPotential, w.changedBy,
                w.changedAt, w.version);
    }

    private static EvaluationView view(ResourceEvaluation e) {
        return new EvaluationView(e.quality, e.matchFit, e.cooperationCost, e.growthPotential, e.weightQuality,
                e.weightMatchFit, e.weightCost, e.weightGrowth, e.score, e.note, e.actor, e.evaluatedAt);
    }
}
