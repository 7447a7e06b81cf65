package com.resourcemarket.core.error;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import io.quarkus.arc.Arc;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Makes every problem complete (type, title, status, detail, instance) and keeps server faults opaque:
 * a 5xx never carries the exception's message, which could name classes or SQL.
 */
@ApplicationScoped
public class ProblemDefaults implements ProblemPostProcessor {

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        if (context.cause instanceof ConstraintViolationException violations && problem.getParameters().containsKey("violations")) {
            problem = HttpProblem.builder(problem).with("violations", locate(violations)).build();
        }
        if (context.cause instanceof LocalizedProblem localized) {
            problem = localize(problem, localized, requestLocale());
        }
        // A 503 for a transient collision says what to wait for (its own detail, Retry-After); other 5xx stay opaque.
        boolean serverFault = problem.getStatusCode() >= 500 && !ProblemTypes.TEMPORARILY_UNAVAILABLE.equals(problem.getType());
        boolean validation = problem.getParameters().containsKey("violations");
        if (problem.getType() != null && !serverFault && problem.getDetail() != null) {
            return problem;
        }
        HttpProblem.Builder builder = HttpProblem.builder(problem);
        if (problem.getType() == null) {
            builder.withType(validation ? ProblemTypes.VALIDATION
                    : problem.getStatusCode() == 413 ? ProblemTypes.PAYLOAD_TOO_LARGE : ProblemTypes.GENERIC);
        }
        if (serverFault) {
            builder.withDetail("The server could not complete the request; it has been logged. Try again later.");
        } else if (problem.getDetail() == null) {
            builder.withDetail(validation ? "The request has invalid fields: see violations." : problem.getTitle());
        }
        return builder.build();
    }

    /**
     * English stays the default; when the request's Accept-Language prefers Chinese (like bean validation's own
     * messages, through quarkus.locales) the coded messages are given in Chinese. Field names and the shape stay.
     */
    static HttpProblem localize(HttpProblem problem, LocalizedProblem localized, Locale locale) {
        if (!ProblemMessages.isZh(locale) || !(problem.getParameters().get("violations") instanceof List<?> violations)) {
            return problem;
        }
        List<Map<String, Object>> translated = new ArrayList<>();
        String detail = problem.getDetail();
        for (Object item : violations) {
            Map<String, Object> violation = new LinkedHashMap<>();
            if (item instanceof Map<?, ?> map) {
                map.forEach((key, value) -> violation.put(String.valueOf(key), value));
            }
            localized.messageFor(String.valueOf(violation.get("field"))).ifPresent(message -> {
                violation.put("message", message.text(locale));
            });
            translated.add(violation);
        }
        if (localized.messages().size() == 1) {
            FieldMessage only = localized.messages().get(0);
            detail = only.field() + ": " + only.text(locale);
        }
        return HttpProblem.builder(problem).with("violations", translated).withDetail(detail).build();
    }

    private static Locale requestLocale() {
        if (!Arc.container().requestContext().isActive()) {
            return Locale.ENGLISH;
        }
        RoutingContext context = Arc.container().instance(CurrentVertxRequest.class).get().getCurrent();
        return ProblemMessages.fromAcceptLanguage(context == null ? null : context.request().getHeader("Accept-Language"));
    }

    /**
     * The extension reports every bean-param violation as "in: body"; a field that carries a JAX-RS parameter
     * annotation is really in the query, path or a header, and is named by that parameter.
     */
    private static List<Map<String, String>> locate(ConstraintViolationException exception) {
        List<Map<String, String>> located = new ArrayList<>();
        for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
            String field = null;
            Integer element = null;
            for (Path.Node node : violation.getPropertyPath()) {
                // a list element (List<@Pattern String> status) is named by its list, not "<list element>"
                if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                    element = node.getIndex();
                    continue;
                }
                field = node.getName();
                element = node.isInIterable() ? node.getIndex() : null;
            }
            String in = "body";
            String name = field;
            Object leaf = violation.getLeafBean();
            Field declared = leaf == null || field == null ? null : findField(leaf.getClass(), field);
            if (declared != null) {
                if (declared.isAnnotationPresent(QueryParam.class)) {
                    in = "query";
                    name = declared.getAnnotation(QueryParam.class).value() + (element == null ? "" : "[" + element + "]");
                } else if (declared.isAnnotationPresent(PathParam.class)) {
                    in = "path";
                    name = declared.getAnnotation(PathParam.class).value();
                } else if (declared.isAnnotationPresent(HeaderParam.class)) {
                    in = "header";
                    name = declared.getAnnotation(HeaderParam.class).value();
                } else {
                    name = bodyPath(violation);
                }
            } else {
                name = bodyPath(violation);
            }
            Map<String, String> entry = new LinkedHashMap<>();
            entry.put("field", name);
            entry.put("in", in);
            entry.put("message", violation.getMessage());
            located.add(entry);
        }
        return located;
    }

    /** The path inside the request body, without the method and parameter nodes (e.g. {@code tags[0].value}). */
    private static String bodyPath(ConstraintViolation<?> violation) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER
                    || node.getKind() == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            // A node inside a list carries the index of its element: it belongs after the list's name
            // (contacts[0].phone, regions[1]), not after the node's own name.
            if (node.isInIterable() && !path.isEmpty()) {
                if (node.getIndex() != null) {
                    path.append('[').append(node.getIndex()).append(']');
                } else if (node.getKey() != null) {
                    path.append('[').append(node.getKey()).append(']');
                }
            }
            if (node.getName() == null || node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                continue;
            }
            if (!path.isEmpty()) {
                path.append('.');
            }
            path.append(node.getName());
        }
        if (path.isEmpty()) {
            String full = violation.getPropertyPath().toString();
            return full.substring(full.lastIndexOf('.') + 1);
        }
        return path.toString();
    }

    private static Field findField(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                return c.getDeclaredField(name);
            } catch (NoSuchFieldException e) {
                // look further up
            }
        }
        return null;
    }

    @Override
    public int priority() {
        // Run after the extension's own processors (logging, instance) so this sees the final problem.
        return 10;
    }
}
