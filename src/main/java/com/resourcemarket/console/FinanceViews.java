package com.resourcemarket.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Templates of the finance pages, checked at build time. */
@CheckedTemplate(basePath = "console", requireTypeSafeExpressions = false)
public final class FinanceViews {

    private FinanceViews() {
    }

    public static native TemplateInstance financePlans(PlanPages.PlansView v);

    public static native TemplateInstance plan(PlanPages.PlanDetail v);

    public static native TemplateInstance planForm(PlanPages.PlanForm f);

    public static native TemplateInstance planRule(PlanPages.RuleBlock r);

    public static native TemplateInstance tierRow(PlanPages.TierRow row);

    public static native TemplateInstance planPreview(PlanPages.Preview p);

    public static native TemplateInstance typeBounds(PlanPages.Bounds b);

    public static native TemplateInstance contributionTypes(FinancePages.TypesView v);

    public static native TemplateInstance partnerHolds(FinancePages.HoldsView v);

    public static native TemplateInstance settlementRuns(FinancePages.RunsView v);

    public static native TemplateInstance statements(FinancePages.StatementsView v);

    public static native TemplateInstance statement(FinancePages.StatementDetail v);

    public static native TemplateInstance financeReports(FinancePages.ReportsView v);
}
