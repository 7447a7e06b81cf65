package com.resourcemarket.catalogue.reference;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.UUID;

/**
 * An admission rule (准入门槛) of a resource type, with the labels of its subject so it can explain itself.
 * {@link #evaluate(AdmissionSubject)} is a pure function of the rule and the subject.
 */
@Schema(name = "AdmissionRule", description = "An admission threshold (准入门槛) of a resource type")
public record AdmissionRuleView(
        @Schema(format = "uuid", maxLength = 36, examples = "0190a000-0000-7000-8000-000000000001") UUID id,
        @Schema(maxLength = 80, pattern = TaxonomyCodes.PATTERN, examples = "online.digital-marketing.content-platform")
        String typeCode,
        @Schema(examples = "TAG") SubjectKind subjectKind,
        @Schema(description = "A tag key (TAG) or one of capacityAmount, priceAmount, description, location (FIELD)",
                maxLength = 64, pattern = "^[A-Za-z][A-Za-z0-9_]{0,63}$", examples = "followers") String subject,
        @Schema(maxLength = 100, pattern = "^[^\\u0000]*$", examples = "粉丝数") String subjectLabelZh,
        @Schema(maxLength = 200, pattern = "^[^\\u0000]*$", examples = "Followers") String subjectLabelEn,
        @Schema(examples = "GTE") RuleOperator operator,
        @Schema(description = "Threshold of a numeric subject", minimum = "-9999999999999999.9999",
                maximum = "9999999999999999.9999", examples = "100000") BigDecimal thresholdNumber,
        @Schema(description = "Required text of an EQ rule on a text subject", maxLength = 200,
                pattern = "^[^\\u0000]*$", examples = "18-35") String thresholdText,
        @Schema(maxLength = 500, pattern = "^[^\\u0000]*$", examples = "粉丝数不少于10万") String descriptionZh,
        @Schema(maxLength = 500, pattern = "^[^\\u0000]*$", examples = "At least 100,000 followers") String descriptionEn,
        @Schema(description = "Only active rules are applied", examples = "true") boolean active,
        @Schema(format = "int64", minimum = "0", maximum = "9223372036854775807", examples = "0") long version) {

    /** Applies this rule to a resource; the reason states the value found and the threshold, in both languages. */
    public RuleOutcome evaluate(AdmissionSubject subject) {
        Objects.requireNonNull(subject, "subject");
        String zh = subjectLabelZh;
        String en = subjectLabelEn;
        if (operator == RuleOperator.PRESENT) {
            return present(subject)
                    ? outcome(true, zh + " 已提供", en + " is present")
                    : outcome(false, "缺少 " + zh, en + " is missing");
        }
        if (thresholdNumber != null) {
            BigDecimal value = number(subject);
            String limit = plain(thresholdNumber);
            if (value == null) {
                return outcome(false, "缺少 " + zh + "（要求" + requirementZh() + " " + limit + "）",
                        en + " is missing (required " + requirementEn() + " " + limit + ")");
            }
            String found = plain(value);
            int comparison = value.compareTo(thresholdNumber);
            return switch (operator) {
                case GTE -> comparison >= 0
                        ? outcome(true, zh + " " + found + " 达到门槛 " + limit, en + " " + found + " meets the threshold " + limit)
                        : outcome(false, zh + " " + found + " 低于门槛 " + limit, en + " " + found + " is below the threshold " + limit);
                case LTE -> comparison <= 0
                        ? outcome(true, zh + " " + found + " 未超过上限 " + limit, en + " " + found + " is within the limit " + limit)
                        : outcome(false, zh + " " + found + " 高于上限 " + limit, en + " " + found + " is above the limit " + limit);
                default -> comparison == 0
                        ? outcome(true, zh + " " + found + " 等于要求值 " + limit, en + " " + found + " equals the required " + limit)
                        : outcome(false, zh + " " + found + " 不等于要求值 " + limit, en + " " + found + " is not the required " + limit);
            };
        }
        if (thresholdText != null) {
            String value = text(subject);
            String wanted = thresholdText.strip();
            if (value == null) {
                return outcome(false, "缺少 " + zh + "（要求为 " + wanted + "）", en + " is missing (required " + wanted + ")");
            }
            return value.strip().equalsIgnoreCase(wanted)
                    ? outcome(true, zh + " 为 " + value.strip() + "，符合要求", en + " is " + value.strip() + " as required")
                    : outcome(false, zh + " 为 " + value.strip() + "，要求为 " + wanted,
                    en + " is " + value.strip() + ", required " + wanted);
        }
        return outcome(false, "规则缺少门槛值，无法判断 " + zh, "the rule on " + en + " has no threshold");
    }

    private String requirementZh() {
        return switch (operator) {
            case GTE -> "不少于";
            case LTE -> "不超过";
            default -> "等于";
        };
    }

    private String requirementEn() {
        return switch (operator) {
            case GTE -> "at least";
            case LTE -> "at most";
            default -> "exactly";
        };
    }

    private RuleOutcome outcome(boolean passed, String reasonZh, String reasonEn) {
        return new RuleOutcome(id, passed, reasonZh, reasonEn);
    }

    private BigDecimal number(AdmissionSubject s) {
        if (subjectKind == SubjectKind.TAG) {
            return s.numberTags().get(subject);
        }
        return switch (subject) {
            case "capacityAmount" -> s.capacityAmount();
            case "priceAmount" -> s.priceAmount();
            default -> null;
        };
    }

    private String text(AdmissionSubject s) {
        String value = subjectKind == SubjectKind.TAG ? s.textTags().get(subject)
                : "description".equals(subject) ? s.description() : null;
        return value == null || value.isBlank() ? null : value;
    }

    private boolean present(AdmissionSubject s) {
        if (subjectKind == SubjectKind.TAG) {
            return s.numberTags().get(subject) != null || text(s) != null || s.flagTags().contains(subject);
        }
        return switch (subject) {
            case "capacityAmount" -> s.capacityAmount() != null;
            case "priceAmount" -> s.priceAmount() != null;
            case "description" -> text(s) != null;
            case "location" -> s.hasLocation();
            default -> false;
        };
    }

    static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    /** Without trailing zeros, never in exponent notation (100000.0000 → 100000). */
    static BigDecimal normalize(BigDecimal number) {
        if (number == null) {
            return null;
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static AdmissionRuleView of(AdmissionRule rule, String labelZh, String labelEn) {
        return new AdmissionRuleView(rule.id, rule.typeCode, rule.subjectKind, rule.subject, labelZh, labelEn,
                rule.operator, normalize(rule.thresholdNumber),
                rule.thresholdText, rule.descriptionZh, rule.descriptionEn, rule.active, rule.version);
    }
}
