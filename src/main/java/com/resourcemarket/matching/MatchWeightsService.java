package com.resourcemarket.matching;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.resourcemarket.catalogue.reference.TaxonomyLevel;
import com.resourcemarket.catalogue.reference.TaxonomyService;
import com.resourcemarket.core.error.Problems;
import com.resourcemarket.core.persistence.Ids;
import com.resourcemarket.core.security.Caller;
import com.resourcemarket.matching.MatchDtos.WeightChangeView;
import com.resourcemarket.matching.MatchDtos.WeightValues;
import com.resourcemarket.matching.MatchDtos.WeightsInput;
import com.resourcemarket.matching.MatchDtos.WeightsView;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Ranking weights per category: a default (scope {@value MatchWeightSetting#DEFAULT_SCOPE}) and overrides per
 * category code, changed by managers with every change recorded (who, when, before, after).
 * <p>Rules: every weight within 0..1000; and at least one of grade, evaluation, monthly quality or history — the
 * factors that apply to every demand — is above 0, so the weights of any demand's applicable factors never sum to 0.
 */
@ApplicationScoped
public class MatchWeightsService {

    /** The weights a category's demands are ranked with, and where they came from. */
    public record Resolved(String scope, MatchWeights weights) {
    }

    @Inject
    Caller caller;

    @Inject
    TaxonomyService taxonomy;

    @Inject
    ObjectMapper json;

    /** The category's override, else the default. Call inside a transaction. */
    @Transactional
    public Resolved forCategory(String categoryCode) {
        MatchWeightSetting setting = categoryCode == null ? null : MatchWeightSetting.findById(categoryCode);
        if (setting == null) {
            setting = defaults();
        }
        return new Resolved(setting.scope, setting.weights());
    }

    @Transactional
    public List<WeightsView> list() {
        return MatchWeightSetting.<MatchWeightSetting>listAll(Sort.by("scope")).stream().map(s -> view(s, s.scope)).toList();
    }

    /** What applies to {@code scope}: the default, or the category's override or the default it falls back to. */
    @Transactional
    public WeightsView get(String scope) {
        String normalized = normalize(scope);
        if (!normalized.equals(MatchWeightSetting.DEFAULT_SCOPE)) {
            requireCategory(normalized);
            MatchWeightSetting own = MatchWeightSetting.findById(normalized);
            if (own != null) {
                return view(own, normalized);
            }
        }
        return view(defaults(), normalized);
    }

    @Transactional
    public WeightsView put(String scope, WeightsInput input) {
        String normalized = normalize(scope);
        if (!normalized.equals(MatchWeightSetting.DEFAULT_SCOPE)) {
            requireCategory(normalized);
        }
        WeightValues values = input.weights();
        validate(values);
        MatchWeightSetting setting = MatchWeightSetting.findById(normalized);
        String before = null;
        if (setting == null) {
            if (input.version() != null && input.version() != 0) {
                throw Problems.staleVersion("Match weights " + normalized, input.version(), 0);
            }
            setting = new MatchWeightSetting();
            setting.scope = normalized;
        } else {
            if (input.version() != null && input.version() != setting.version) {
                throw Problems.staleVersion("Match weights " + normalized, input.version(), setting.version);
            }
            before = write(WeightValues.of(setting));
        }
        setting.tagIndustry = values.tagIndustry();
        setting.tagType = values.tagType();
        setting.tagAttribute = values.tagAttribute();
        setting.tagValue = values.tagValue();
        setting.grade = values.grade();
        setting.evaluation = values.evaluation();
        setting.monthlyQuality = values.monthlyQuality();
        setting.price = values.price();
        setting.distance = values.distance();
        setting.history = values.history();
        setting.updatedBy = caller.username();
        if (!setting.isPersistent()) {
            setting.persist();
        }
        record(normalized, before, write(values));
        MatchWeightSetting.flush();
        return view(setting, normalized);
    }

    /** Removes a category's override (its demands use the default again). */
    @Transactional
    public void removeOverride(String scope) {
        String normalized = normalize(scope);
        if (normalized.equals(MatchWeightSetting.DEFAULT_SCOPE)) {
            throw Problems.conflict("The default weights cannot be removed; change them instead");
        }
        MatchWeightSetting setting = MatchWeightSetting.findById(normalized);
        if (setting == null) {
            throw Problems.notFound("Match weight override", normalized);
        }
        record(normalized, write(WeightValues.of(setting)), null);
        setting.delete();
    }

    @Transactional
    public List<WeightChangeView> history(String scope, int offset, int limit) {
        List<MatchWeightChange> changes = scope == null
                ? MatchWeightChange.<MatchWeightChange>findAll(Sort.by("changedAt").and("id")).range(offset, offset + limit - 1).list()
                : MatchWeightChange.<MatchWeightChange>find("scope", Sort.by("changedAt").and("id"), normalize(scope))
                .range(offset, offset + limit - 1).list();
        List<WeightChangeView> out = new ArrayList<>();
        for (MatchWeightChange c : changes) {
            out.add(new WeightChangeView(c.scope, read(c.beforeJson), read(c.afterJson), c.changedBy, c.changedAt));
        }
        return out;
    }

    /** 400 naming the field when a weight rule is broken (the bean constraints cover range and scale). */
    static void validate(WeightValues v) {
        BigDecimal always = v.grade().add(v.evaluation()).add(v.monthlyQuality()).add(v.history());
        if (always.signum() <= 0) {
            throw Problems.invalidFieldCode("weights.grade", "matching.weights.all-zero");
        }
    }

    private static String normalize(String scope) {
        if (scope == null || scope.isBlank() || scope.equals("default") || scope.equals(MatchWeightSetting.DEFAULT_SCOPE)) {
            return MatchWeightSetting.DEFAULT_SCOPE;
        }
        return scope.strip();
    }

    private void requireCategory(String code) {
        boolean known = taxonomy.list(null, TaxonomyLevel.CATEGORY).stream().anyMatch(node -> node.code().equals(code));
        if (!known) {
            throw Problems.notFound("Category", code);
        }
    }

    private static MatchWeightSetting defaults() {
        MatchWeightSetting setting = MatchWeightSetting.findById(MatchWeightSetting.DEFAULT_SCOPE);
        if (setting == null) {
            throw new IllegalStateException("the default match weights row (V35) is missing");
        }
        return setting;
    }

    private void record(String scope, String before, String after) {
        MatchWeightChange change = new MatchWeightChange();
        change.id = Ids.newId();
        change.scope = scope;
        change.beforeJson = before;
        change.afterJson = after;
        change.changedBy = caller.username();
        change.changedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        change.persist();
    }

    private static WeightsView view(MatchWeightSetting s, String asked) {
        boolean own = s.scope.equals(asked);
        return new WeightsView(asked, own && !asked.equals(MatchWeightSetting.DEFAULT_SCOPE), WeightValues.of(s),
                s.updatedBy, s.updatedAt, own ? s.version : 0);
    }

    private String write(WeightValues values) {
        try {
            return json.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private WeightValues read(String text) {
        try {
            return text == null ? null : json.readValue(text, WeightValues.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
