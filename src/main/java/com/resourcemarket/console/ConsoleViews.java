package com.resourcemarket.console;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/** Templates of the docking pages (demands, cooperations), checked at build time. */
@CheckedTemplate(basePath = "console", requireTypeSafeExpressions = false)
public final class ConsoleViews {

    private ConsoleViews() {
    }

    public static native TemplateInstance demands(DockingPages.DemandsView v);

    public static native TemplateInstance demand(DockingPages.DemandDetail v);

    public static native TemplateInstance cooperations(DockingPages.CooperationsView v);

    public static native TemplateInstance cooperation(DockingPages.CooperationDetail v);
}
