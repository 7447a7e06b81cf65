package com.resourcemarket.catalogue.reference;

import com.resourcemarket.core.error.Problems;
import com.resourcemarket.core.persistence.Ids;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** Admission thresholds (准入门槛) per resource type, configured by resource managers. */
@ApplicationScoped
public class AdmissionRuleService {

    @Inject
    TaxonomyService taxonomy;

    @Inject
    TagDictionary tags;

    /** The rules a resource of this type must pass (active ones), oldest first; empty for a type without rules. */
    @Transactional
    public List<AdmissionRuleView> activeRulesFor(String typeCode) {
        return AdmissionRule.<AdmissionRule>list("typeCode = ?1 and active = true", Sort.by("createdAt").and("id"), typeCode)
                .stream().map(this::view).toList();
    }

    /** Rules of one type (or all), oldest first; {@code activeOnly} hides switched-off rules. */
    @Transactional
    public List<AdmissionRuleView> list(String typeCode, boolean activeOnly, int offset, int limit) {
        StringBuilder query = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (typeCode != null && !typeCode.isBlank()) {
            query.append(" and typeCode = :typeCode");
            parameters.and("typeCode", typeCode.strip());
        }
        if (activeOnly) {
            query.append(" and active = true");
        }
        return AdmissionRule.<AdmissionRule>find(query.toString(), Sort.by("typeCode").and("createdAt").and("id"), parameters)
                .range(offset, offset + limit - 1).list().stream().map(this::view).toList();
    }

    @Transactional
    public AdmissionRuleView get(UUID id, boolean activeOnly) {
        AdmissionRule rule = find(id);
        if (activeOnly && !rule.active) {
            throw Problems.notFound("Admission rule", id);
        }
        return view(rule);
    }

    @Transactional
    public AdmissionRuleView create(AdmissionRuleRequest request) {
        Draft draft = validate(new Draft(request.typeCode(), request.subjectKind(), request.subject(), request.operator(),
                request.thresholdNumber(), request.thresholdText(), request.descriptionZh(), request.descriptionEn(),
                request.active()));
        AdmissionRule rule = new AdmissionRule();
        rule.id = Ids.newId();
        draft.applyTo(rule);
        rule.persist();
        Writes.flush("Admission rule " + rule.id, 0);
        return view(rule);
    }

    @Transactional
    public AdmissionRuleView update(UUID id, UpdateAdmissionRuleRequest request) {
        AdmissionRule rule = find(id);
        Draft draft = validate(new Draft(request.typeCode(), request.subjectKind(), request.subject(), request.operator(),
                request.thresholdNumber(), request.thresholdText(), request.descriptionZh(), request.descriptionEn(),
                request.active()));
        Writes.checkVersion("Admission rule " + id, request.version(), rule.version);
        draft.applyTo(rule);
        Writes.flush("Admission rule " + id, request.version());
        return view(rule);
    }

    @Transactional
    public void delete(UUID id) {
        find(id).delete();
    }

    private static AdmissionRule find(UUID id) {
        AdmissionRule rule = id == null ? null : AdmissionRule.findById(id);
        if (rule == null) {
            throw Problems.notFound("Admission rule", id);
        }
        return rule;
    }

    private AdmissionRuleView view(AdmissionRule rule) {
        Subject subject = subjectOf(rule.subjectKind, rule.subject);
        return AdmissionRuleView.of(rule, subject.labelZh(), subject.labelEn());
    }

    /** The labels and kind of a rule's subject; a tag deleted from the dictionary falls back to its key. */
    private Subject subjectOf(SubjectKind kind, String name) {
        if (kind == SubjectKind.FIELD) {
            AdmissionFields.Field field = AdmissionFields.ALL.get(name);
            return field == null ? new Subject(name, name, null)
                    : new Subject(field.labelZh(), field.labelEn(), field.kind());
        }
        return tags.find(name).map(tag -> new Subject(tag.labelZh(), tag.labelEn(), tag.valueKind()))
                .orElseGet(() -> new Subject(name, name, null));
    }

    private record Subject(String labelZh, String labelEn, ValueKind kind) {
    }

    private record Draft(String typeCode, SubjectKind subjectKind, String subject, RuleOperator operator,
                         BigDecimal thresholdNumber, String thresholdText, String descriptionZh, String descriptionEn,
                         Boolean active) {

        void applyTo(AdmissionRule rule) {
            rule.typeCode = typeCode;
            rule.subjectKind = subjectKind;
            rule.subject = subject;
            rule.operator = operator;
            rule.thresholdNumber = thresholdNumber;
            rule.thresholdText = thresholdText;
            rule.descriptionZh = descriptionZh;
            rule.descriptionEn = descriptionEn;
            rule.active = active == null || active;
        }
    }

    /** Checks the rule against the taxonomy, the dictionary and its operator; names the offending field. */
    private Draft validate(Draft in) {
        String typeCode = taxonomy.requireType(in.typeCode()).typeCode();
        String name = in.subject().strip();
        Subject subject;
        if (in.subjectKind() == SubjectKind.FIELD) {
            AdmissionFields.Field field = AdmissionFields.ALL.get(name);
            if (field == null) {
                throw Problems.invalidField("subject", "unknown field '" + name + "'; one of " + AdmissionFields.NAMES);
            }
            subject = new Subject(field.labelZh(), field.labelEn(), field.kind());
        } else {
            TagDefinitionView tag = tags.require(name, "subject");
            subject = new Subject(tag.labelZh(), tag.labelEn(), tag.valueKind());
        }
        BigDecimal number = in.thresholdNumber();
        String text = in.thresholdText() == null || in.thresholdText().isBlank() ? null : in.thresholdText().strip();
        switch (in.operator()) {
            case PRESENT -> {
                if (number != null) {
                    throw Problems.invalidField("thresholdNumber", "PRESENT takes no threshold; leave it out");
                }
                if (text != null) {
                    throw Problems.invalidField("thresholdText", "PRESENT takes no threshold; leave it out");
                }
            }
            case GTE, LTE -> {
                if (subject.kind() != ValueKind.NUMBER) {
                    throw Problems.invalidField("subject", "'" + name + "' is " + article(subject.kind())
                            + "; " + in.operator() + " needs a NUMBER tag or field");
                }
                requireNumber(in.operator(), number, text);
            }
            case EQ -> {
                if (subject.kind() == ValueKind.NUMBER) {
                    requireNumber(in.operator(), number, text);
                } else if (subject.kind() == ValueKind.TEXT) {
                    if (text == null) {
                        throw Problems.invalidField("thresholdText", "EQ on a TEXT subject needs the required text");
                    }
                    if (number != null) {
                        throw Problems.invalidField("thresholdNumber", "'" + name + "' is a TEXT subject; use thresholdText");
                    }
                } else {
                    throw Problems.invalidField("operator", "'" + name + "' is a FLAG: it can only be PRESENT");
                }
            }
        }
        String descriptionZh = blankToNull(in.descriptionZh());
        String descriptionEn = blankToNull(in.descriptionEn());
        String limit = number == null ? text : AdmissionRuleView.plain(number);
        if (descriptionZh == null) {
            descriptionZh = switch (in.operator()) {
                case GTE -> subject.labelZh() + "不少于" + limit;
                case LTE -> subject.labelZh() + "不超过" + limit;
                case EQ -> subject.labelZh() + "等于" + limit;
                case PRESENT -> "须提供" + subject.labelZh();
            };
        }
        if (descriptionEn == null) {
            descriptionEn = switch (in.operator()) {
                case GTE -> subject.labelEn() + " of at least " + limit;
                case LTE -> subject.labelEn() + " of at most " + limit;
                case EQ -> subject.labelEn() + " equal to " + limit;
                case PRESENT -> subject.labelEn() + " must be given";
            };
        }
        return new Draft(typeCode, in.subjectKind(), name, in.operator(), number, text, descriptionZh, descriptionEn,
                in.active());
    }

    private static void requireNumber(RuleOperator operator, BigDecimal number, String text) {
        if (number == null) {
            throw Problems.invalidField("thresholdNumber", operator + " needs a numeric threshold");
        }
        if (text != null) {
            throw Problems.invalidField("thresholdText", operator + " on a NUMBER subject takes thresholdNumber only");
        }
    }

    private static String article(ValueKind kind) {
        return kind == null ? "of unknown kind" : "a " + kind + " subject";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
