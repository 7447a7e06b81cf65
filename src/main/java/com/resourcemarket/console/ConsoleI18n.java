package com.resourcemarket.console;

import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

import java.util.List;
import java.util.Locale;

/** The console's two languages: the {@code console-lang} cookie if set, else the browser's Accept-Language. */
public final class ConsoleI18n {

    public static final String COOKIE = "console-lang";
    public static final String ZH = "zh";
    public static final String EN = "en";

    private ConsoleI18n() {
    }

    /** {@code zh} or {@code en}. */
    public static String choose(String cookie, String acceptLanguage) {
        if (ZH.equals(cookie) || EN.equals(cookie)) {
            return cookie;
        }
        if (acceptLanguage != null && !acceptLanguage.isBlank()) {
            try {
                for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
                    String language = range.getRange().toLowerCase(Locale.ROOT);
                    if (range.getWeight() > 0 && language.startsWith(ZH)) {
                        return ZH;
                    }
                    if (range.getWeight() > 0 && language.startsWith(EN)) {
                        return EN;
                    }
                }
            } catch (IllegalArgumentException e) {
                return EN;
            }
        }
        return EN;
    }

    public static boolean isZh(Object locale) {
        return locale != null && locale.toString().toLowerCase(Locale.ROOT).startsWith(ZH);
    }

    public static ConsoleMessages messages(Object locale) {
        return isZh(locale) ? MessageBundles.get(ConsoleMessages.class, Localized.Literal.of(ZH))
                : MessageBundles.get(ConsoleMessages.class);
    }

    public static FinanceMessages finance(Object locale) {
        return isZh(locale) ? MessageBundles.get(FinanceMessages.class, Localized.Literal.of(ZH))
                : MessageBundles.get(FinanceMessages.class);
    }

    public static WorkflowMessages workflow(Object locale) {
        return isZh(locale) ? MessageBundles.get(WorkflowMessages.class, Localized.Literal.of(ZH))
                : MessageBundles.get(WorkflowMessages.class);
    }

    public static CurationMessages curation(Object locale) {
        return isZh(locale) ? MessageBundles.get(CurationMessages.class, Localized.Literal.of(ZH))
                : MessageBundles.get(CurationMessages.class);
    }

    public static List<String> languages() {
        return List.of(ZH, EN);
    }
}
