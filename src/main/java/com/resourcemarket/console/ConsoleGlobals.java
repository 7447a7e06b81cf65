package com.resourcemarket.console;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;

/** What every console page shows: the user (menus, buttons follow the roles), the language, the current path. */
@TemplateGlobal
public final class ConsoleGlobals {

    private ConsoleGlobals() {
    }

    /** The simple one-value fields of the resource form, in page order. */
    static java.util.List<String> resourceFields() {
        return java.util.List.of("nameZh", "nameEn", "regions", "latitude", "longitude", "capacityAmount", "capacityUnit",
                "priceAmount", "priceCurrency", "priceUnit", "contactName");
    }

    static java.util.List<String> evaluationFields() {
        return java.util.List.of("quality", "matchFit", "cooperationCost", "growthPotential");
    }

    static java.util.List<String> partnerFields() {
        return java.util.List.of("nameZh", "nameEn", "regions");
    }

    static java.util.List<String> partnerEditFields() {
        return java.util.List.of("nameZh", "nameEn", "regions", "purchaseAmount", "purchaseCurrency");
    }

    static java.util.List<String> contactFields() {
        return java.util.List.of("name", "title", "email", "phone", "idNumber");
    }

    static java.util.List<String> planFields() {
        return java.util.List.of("code", "name", "effectiveFrom", "scopeKey");
    }

    static ConsoleUser user() {
        return context() == null ? new ConsoleUser("", java.util.Set.of()) : context().user();
    }

    static String csrfToken() {
        return context() == null ? "" : context().csrfToken();
    }

    static String lang() {
        return context() == null ? ConsoleI18n.EN : context().lang();
    }

    static String htmlLang() {
        return ConsoleI18n.ZH.equals(lang()) ? "zh-CN" : "en";
    }

    static String currentPath() {
        return context() == null ? "/console" : context().path();
    }

    private static ConsoleContext context() {
        if (!Arc.container().requestContext().isActive()) {
            return null;
        }
        return Arc.container().instance(ConsoleContext.class).get();
    }
}
