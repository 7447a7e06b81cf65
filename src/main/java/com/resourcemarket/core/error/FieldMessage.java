package com.resourcemarket.core.error;

import java.util.List;
import java.util.Locale;

/**
 * What is wrong with one field of a request, as a stable code ({@code resource.location.required}) with its
 * arguments, so that a caller speaking another language (the console in Chinese, an API client sending
 * {@code Accept-Language: zh-CN}) can show it in its own words. {@link #text(Locale)} renders it through
 * {@link ProblemMessages}; the English text is what the API answers by default.
 *
 * @param field the field or parameter, named like bean validation does ({@code contact.phone}, {@code tags[2].key})
 * @param in    {@code body}, {@code query}, {@code path} or {@code header}
 * @param code  the message code, a key of {@code i18n/problems.properties}
 * @param args  the values the message names, already as text
 */
public record FieldMessage(String field, String in, String code, List<String> args) {

    public FieldMessage {
        args = List.copyOf(args);
    }

    public String text(Locale locale) {
        return ProblemMessages.format(code, locale, args);
    }

    public String english() {
        return text(Locale.ENGLISH);
    }
}
