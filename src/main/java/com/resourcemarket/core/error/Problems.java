package com.resourcemarket.core.error;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Factory for the domain problems services throw. Each becomes an RFC 9457 problem+json answer through
 * quarkus-resteasy-problem; nothing else about the exception (class, stack) reaches the client.
 */
public final class Problems {

    private Problems() {
    }

    public static HttpProblem notFound(String what, Object id) {
        return problem(Response.Status.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not Found",
                what + " " + id + " does not exist or is not visible to you");
    }

    public static HttpProblem forbidden(String detail) {
        return problem(Response.Status.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden", detail);
    }

    public static HttpProblem conflict(String detail) {
        return problem(Response.Status.CONFLICT, ProblemTypes.CONFLICT, "Conflict", detail);
    }

    public static HttpProblem invalidTransition(String what, Object from, String action) {
        return problem(Response.Status.CONFLICT, ProblemTypes.INVALID_STATE, "Invalid State Transition",
                what + " in state " + from + " does not allow " + action);
    }

    public static HttpProblem staleVersion(String what, long expected, long actual) {
        return problem(Response.Status.CONFLICT, ProblemTypes.STALE_VERSION, "Stale Version",
                what + " was changed by someone else: you sent version " + expected + ", current is " + actual);
    }

    /**
     * The request lost a race for a row lock (a deadlock or lock-wait timeout) as many times as the service retries
     * it: nothing was changed, and the same request can be sent again after {@code retryAfterSeconds}.
     */
    public static HttpProblem busy(int retryAfterSeconds) {
        return HttpProblem.builder().withStatus(Response.Status.SERVICE_UNAVAILABLE).withType(ProblemTypes.TEMPORARILY_UNAVAILABLE)
                .withTitle("Service Unavailable")
                .withDetail("Other requests were changing the same data at the same moment; nothing was changed. "
                        + "Retry after " + retryAfterSeconds + " s")
                .withHeader("Retry-After", retryAfterSeconds)
                .build();
    }

    /** A rule about the request body that bean validation cannot express; names the field like validation does. */
    public static HttpProblem invalidField(String field, String message) {
        return HttpProblem.builder()
                .withStatus(Response.Status.BAD_REQUEST)
                .withType(ProblemTypes.VALIDATION)
                .withTitle("Bad Request")
                .withDetail(field + ": " + message)
                .with("violations", List.of(Map.of("field", field, "in", "body", "message", message)))
                .build();
    }

    /**
     * A query, path or header parameter that is missing, malformed or unacceptable (e.g. {@code to} before
     * {@code from}, 2026-02-30, no Idempotency-Key); names it like validation does.
     *
     * @param in   {@code query}, {@code path} or {@code header}
     * @param name the parameter's name
     */
    public static HttpProblem invalidParameter(String in, String name, String message) {
        return HttpProblem.builder()
                .withStatus(Response.Status.BAD_REQUEST)
                .withType(ProblemTypes.VALIDATION)
                .withTitle("Bad Request")
                .withDetail(name + ": " + message)
                .with("violations", List.of(Map.of("field", name, "in", in, "message", message)))
                .build();
    }

    /**
     * Like {@link #invalidField(String, String)}, with the message given as a stable code of
     * {@code i18n/problems.properties} and its arguments: the API answers the English text (unchanged wire format,
     * Chinese when the request's Accept-Language asks for it), the console shows it in the page's language.
     */
    public static LocalizedProblem invalidFieldCode(String field, String code, Object... args) {
        return localized(new FieldMessage(field, "body", code, texts(args)));
    }

    /** Like {@link #invalidParameter(String, String, String)}, with a message code (see {@link #invalidFieldCode}). */
    public static LocalizedProblem invalidParameterCode(String in, String name, String code, Object... args) {
        return localized(new FieldMessage(name, in, code, texts(args)));
    }

    /**
     * A transient collision — a lock held by a running settlement, a lock-wait timeout, a deadlock that survived its
     * retries: 503 with {@code Retry-After}, since the same request will very likely succeed shortly.
     */
    public static HttpProblem temporarilyUnavailable(String detail, int retryAfterSeconds) {
        return HttpProblem.builder().withStatus(Response.Status.SERVICE_UNAVAILABLE).withType(ProblemTypes.TEMPORARILY_UNAVAILABLE)
                .withTitle("Service Unavailable").withDetail(detail)
                .withHeader("Retry-After", retryAfterSeconds).build();
    }

    /** An opaque 500: what failed is logged, never told (it could name classes or SQL). */
    public static HttpProblem serverError() {
        return HttpProblem.builder().withStatus(Response.Status.INTERNAL_SERVER_ERROR).withType(ProblemTypes.GENERIC)
                .withTitle("Internal Server Error")
                .withDetail("The server could not complete the request; it has been logged. Try again later.").build();
    }

    /** A missing or malformed request header; names the header ({@code "in": "header"}). */
    public static HttpProblem invalidHeader(String header, String message) {
        return invalidParameter("header", header, message);
    }

    private static LocalizedProblem localized(FieldMessage message) {
        String english = message.english();
        HttpProblem.Builder builder = HttpProblem.builder()
                .withStatus(Response.Status.BAD_REQUEST)
                .withType(ProblemTypes.VALIDATION)
                .withTitle("Bad Request")
                .withDetail(message.field() + ": " + english)
                .with("violations", List.of(Map.of("field", message.field(), "in", message.in(), "message", english)));
        return new LocalizedProblem(builder, List.of(message));
    }

    private static List<String> texts(Object... args) {
        return java.util.Arrays.stream(args).map(String::valueOf).toList();
    }

    private static HttpProblem problem(Response.Status status, URI type, String title, String detail) {
        return HttpProblem.builder().withStatus(status).withType(type).withTitle(title).withDetail(detail).build();
    }
}
