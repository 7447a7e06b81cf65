package com.resourcemarket.core.error;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the services' field messages by code: English in {@code i18n/problems.properties}, Chinese in
 * {@code i18n/problems_zh.properties} (UTF-8, {@link MessageFormat} patterns: {@code {0}} is the first argument, a
 * literal apostrophe is written twice). Any other language gets English; the JVM's default locale plays no part.
 */
public final class ProblemMessages {

    static final String BUNDLE = "i18n.problems";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ProblemMessages() {
    }

    /** The message of {@code code} in {@code locale} (Chinese for any {@code zh*}, else English). */
    public static String format(String code, Locale locale, List<String> args) {
        String pattern = pattern(code, isZh(locale) ? Locale.CHINESE : Locale.ROOT);
        if (pattern == null) {
            pattern = pattern(code, Locale.ROOT);
        }
        if (pattern == null) {
            throw new IllegalArgumentException("no problem message " + code);
        }
        return new MessageFormat(pattern, Locale.ROOT).format(args.toArray());
    }

    /** True when {@code code} has a text (every code the services use must; ProblemMessagesTest checks both languages). */
    public static boolean exists(String code) {
        return pattern(code, Locale.ROOT) != null;
    }

    /** Chinese when the most preferred language of an Accept-Language header that is Chinese or English is Chinese. */
    public static Locale fromAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            for (Locale.LanguageRange range : Locale.LanguageRange.parse(header)) {
                String language = range.getRange().toLowerCase(Locale.ROOT);
                if (range.getWeight() > 0 && language.startsWith("zh")) {
                    return Locale.SIMPLIFIED_CHINESE;
                }
                if (range.getWeight() > 0 && language.startsWith("en")) {
                    return Locale.ENGLISH;
                }
            }
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
        return Locale.ENGLISH;
    }

    static boolean isZh(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage());
    }

    private static String pattern(String code, Locale locale) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, ProblemMessages.class.getClassLoader(), NO_FALLBACK);
            return bundle.containsKey(code) ? bundle.getString(code) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
