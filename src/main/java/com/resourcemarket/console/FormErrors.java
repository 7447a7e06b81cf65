package com.resourcemarket.console;

import com.resourcemarket.core.error.LocalizedProblem;
import com.resourcemarket.core.error.ProblemTypes;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.qute.TemplateData;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.metadata.ConstraintDescriptor;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Errors of one form, by field name, in the user's language, shown next to the field ({@code aria-describedby});
 * plus a form-level message for what belongs to no field.
 */
@TemplateData
public class FormErrors {

    private final Map<String, String> byField = new LinkedHashMap<>();
    private String general;

    public static FormErrors none() {
        return new FormErrors();
    }

    public boolean any() {
        return !byField.isEmpty() || general != null;
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.getOrDefault(field, "");
    }

    public String general() {
        return general;
    }

    /** The first field in error, which the page focuses. */
    public String first() {
        return byField.keySet().stream().findFirst().orElse("");
    }

    public FormErrors put(String field, String message) {
        byField.putIfAbsent(field, message);
        return this;
    }

    public FormErrors general(String message) {
        general = message;
        return this;
    }

    /** Bean-validation violations; {@code fieldName} maps a property path such as {@code capacity.amount} to the form field. */
    public FormErrors addViolations(Collection<? extends ConstraintViolation<?>> violations, ConsoleMessages m,
                                    UnaryOperator<String> fieldName) {
        for (ConstraintViolation<?> violation : violations) {
            put(fieldName.apply(violation.getPropertyPath().toString()), message(violation.getConstraintDescriptor(), m));
        }
        return this;
    }

    /**
     * A problem thrown by a feature service: its field violations go next to the fields, the rest on top. A
     * violation with a message code ({@link LocalizedProblem}) is shown in the page's language; one without keeps
     * the service's (English) words.
     */
    public FormErrors addProblem(HttpProblem problem, ConsoleMessages m, UnaryOperator<String> fieldName) {
        Object violations = problem.getParameters().get("violations");
        if (ProblemTypes.VALIDATION.equals(problem.getType()) && violations instanceof List<?> list && !list.isEmpty()) {
            Locale locale = ConsoleI18n.isZh(ConsoleGlobals.lang()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
            for (Object item : list) {
                if (item instanceof Map<?, ?> violation) {
                    String field = String.valueOf(violation.get("field"));
                    String text = problem instanceof LocalizedProblem localized
                            ? localized.messageFor(field).map(message -> message.text(locale)).orElse(null) : null;
                    put(fieldName.apply(field), m.v_invalid(text != null ? text : String.valueOf(violation.get("message"))));
                }
            }
            general(m.form_has_errors());
        } else {
            general(ConsoleErrors.describe(problem, m));
        }
        return this;
    }

    static String message(ConstraintDescriptor<?> descriptor, ConsoleMessages m) {
        String type = descriptor.getAnnotation().annotationType().getSimpleName();
        Map<String, Object> attributes = descriptor.getAttributes();
        return switch (type) {
            case "NotNull", "NotBlank", "NotEmpty" -> m.v_required();
            case "Size" -> {
                Object max = attributes.get("max");
                yield m.v_too_long(max);
            }
            case "Pattern", "Email" -> m.v_format();
            case "DecimalMin", "Min", "PositiveOrZero", "Positive" -> m.v_min(attributes.getOrDefault("value", 0));
            case "DecimalMax", "Max" -> m.v_max(attributes.get("value"));
            case "Digits" -> m.v_digits();
            default -> m.v_format();
        };
    }

    static Set<String> sizeOnCollections() {
        return Set.of("regions", "tags");
    }
}
