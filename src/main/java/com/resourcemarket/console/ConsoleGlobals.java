package com.resourcemarket.console;

import io.quarkus.arc.Arc;
import io.quarkus.qute.TemplateGlobal;

/** What every console page shows: the user (menus, buttons follow the roles), the language, the current path. */
@TemplateGlobal
public final class ConsoleGlobals {

    private ConsoleGlobals() {
    }

    static ConsoleUser user() {
        return context() == null ? new ConsoleUser("", java.util.Set.of()) : context().user();
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
