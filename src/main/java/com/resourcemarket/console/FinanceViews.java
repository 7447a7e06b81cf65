package com.resourcemarket.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Templates of the finance pages, checked at build time. */
@CheckedTemplate(basePath = "console", requireTypeSafeExpressions = false)
public final class FinanceViews {

    private FinanceViews() {
    }

    public static native TemplateInstance financePlans(FinancePages.PlansView v);

    public static native TemplateInstance plan(FinancePages.PlanDetail v);

    public static native TemplateInstance planForm(FinancePages.PlanForm f);

    public static native TemplateInstance tierRow(FinancePages.TierRow row);

    public static native TemplateInstance planPreview(FinancePages.Preview p);

    public static native TemplateInstance settlementRuns(FinancePages.RunsView v);

    public static native TemplateInstance statements(FinancePages.StatementsView v);

    public static native TemplateInstance statement(FinancePages.StatementDetail v);

    public static native TemplateInstance financeReports(FinancePages.ReportsView v);
}
