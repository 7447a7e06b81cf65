package com.resourcemarket.console;

import com.resourcemarket.commission.plan.RuleScope;
import com.resourcemarket.commission.plan.TierMode;
import com.resourcemarket.commission.plan.VolumeBasis;
import com.resourcemarket.commission.settlement.StatementStatus;
import com.resourcemarket.matching.MatchFactor;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateExtension.TemplateAttribute;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Localised labels of the finance and matching values, used in templates as {@code {x.label}}, {@code {amount.money}}. */
@TemplateExtension
public final class FinanceExtensions {

    private FinanceExtensions() {
    }

    static String label(StatementStatus status, @TemplateAttribute("locale") Object locale) {
        FinanceMessages m = ConsoleI18n.finance(locale);
        if (status == null) {
            return "";
        }
        return switch (status) {
            case DRAFT -> m.sstatus_DRAFT();
            case APPROVED -> m.sstatus_APPROVED();
            case PAID -> m.sstatus_PAID();
            case DISPUTED -> m.sstatus_DISPUTED();
        };
    }

    static String label(TierMode mode, @TemplateAttribute("locale") Object locale) {
        FinanceMessages m = ConsoleI18n.finance(locale);
        if (mode == null) {
            return "";
        }
        return mode == TierMode.WHOLE ? m.mode_WHOLE() : m.mode_MARGINAL();
    }

    static String label(VolumeBasis basis, @TemplateAttribute("locale") Object locale) {
        FinanceMessages m = ConsoleI18n.finance(locale);
        if (basis == null) {
            return "";
        }
        return basis == VolumeBasis.GMV ? m.basis_GMV() : m.basis_ORDER_COUNT();
    }

    static String label(RuleScope scope, @TemplateAttribute("locale") Object locale) {
        FinanceMessages m = ConsoleI18n.finance(locale);
        if (scope == null) {
            return "";
        }
        return switch (scope) {
            case COOPERATION -> m.scope_COOPERATION();
            case PARTNER -> m.scope_PARTNER();
            case CATEGORY -> m.scope_CATEGORY();
            case DEFAULT -> m.scope_DEFAULT();
        };
    }

    static String label(MatchFactor factor, @TemplateAttribute("locale") Object locale) {
        FinanceMessages m = ConsoleI18n.finance(locale);
        if (factor == null) {
            return "";
        }
        return switch (factor) {
            case TAG_INDUSTRY -> m.factor_TAG_INDUSTRY();
            case TAG_TYPE -> m.factor_TAG_TYPE();
            case TAG_ATTRIBUTE -> m.factor_TAG_ATTRIBUTE();
            case TAG_VALUE -> m.factor_TAG_VALUE();
            case GRADE -> m.factor_GRADE();
            case EVALUATION -> m.factor_EVALUATION();
            case MONTHLY_QUALITY -> m.factor_MONTHLY_QUALITY();
            case PRICE -> m.factor_PRICE();
            case DISTANCE -> m.factor_DISTANCE();
            case HISTORY -> m.factor_HISTORY();
        };
    }

    static String name(com.resourcemarket.matching.MatchDtos.ResourceSummary resource, @TemplateAttribute("locale") Object locale) {
        return resource == null ? "" : ConsoleI18n.isZh(locale) ? resource.nameZh() : resource.nameEn();
    }

    /** The seeded contribution types have a label in both languages; others show their code. */
    static String typeLabel(String code, @TemplateAttribute("locale") Object locale) {
        FinanceMessages m = ConsoleI18n.finance(locale);
        if ("ONLINE_PLATFORM_ORDER".equals(code)) {
            return m.ctype_ONLINE_PLATFORM_ORDER();
        }
        if ("OFFLINE_DRIVEN_ONLINE_REPURCHASE".equals(code)) {
            return m.ctype_OFFLINE_DRIVEN_ONLINE_REPURCHASE();
        }
        return code == null ? "" : code;
    }

    /** A rate (fraction) in percent: 0.05 → "5 %". */
    static String pct(BigDecimal fraction) {
        return FinancePages.percent(fraction);
    }

    /** When the plan's latest version takes effect. */
    static java.time.Instant latestEffective(com.resourcemarket.commission.plan.PlanDtos.PlanView plan) {
        return plan.versions().isEmpty() ? null : plan.versions().get(plan.versions().size() - 1).effectiveFrom();
    }

    /** The first 8 characters of an id, for tables. */
    static String shortId(java.util.UUID id) {
        return id == null ? "" : id.toString().substring(0, 8);
    }

    /** An amount with two decimals. */
    static String money(BigDecimal amount) {
        return amount == null ? "" : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
