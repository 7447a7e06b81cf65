package com.resourcemarket.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** The console's Qute templates (src/main/resources/templates/console/), checked at build time. */
@CheckedTemplate(basePath = "console", requireTypeSafeExpressions = false)
public final class Views {

    private Views() {
    }

    public static native TemplateInstance error(ConsoleErrors.ErrorView error);

    public static native TemplateInstance signedOut();

    public static native TemplateInstance dashboard(DashboardPage.Dashboard d);

    public static native TemplateInstance catalogue(CataloguePages.CatalogueView c);

    public static native TemplateInstance resource(CataloguePages.DetailView d);

    public static native TemplateInstance resourceForm(CataloguePages.FormView f);

    public static native TemplateInstance tagRow(CataloguePages.TagRow row);

    public static native TemplateInstance review(CataloguePages.ReviewView r);

    public static native TemplateInstance partners(PartnerPages.PartnersView p);

    public static native TemplateInstance partner(PartnerPages.PartnerDetail d);

    public static native TemplateInstance partnerForm(PartnerPages.PartnerFormView f);
}
