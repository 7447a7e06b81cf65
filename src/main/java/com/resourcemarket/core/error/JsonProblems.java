package com.resourcemarket.core.error;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.PropertyBindingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every request body Jackson cannot read becomes a 400 problem naming the field (its path, like bean validation:
 * {@code terms.price.amount}, {@code tags[0].key}) and the expected format in plain words — never Jackson's own
 * message, which names Java classes. One mapper per Jackson exception type, because JAX-RS picks the mapper of the
 * closest type and the built-in ones (Quarkus' empty 400, the problem extension's type-naming detail) are closer
 * for some; all of them end in {@link #problem}.
 */
public class JsonProblems {

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']*)'");

    @ServerExceptionMapper(priority = 1)
    public Response processing(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        return problem(e, headers, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response streamRead(StreamReadException e, HttpHeaders headers, UriInfo uri) {
        return problem(e, headers, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response parse(JsonParseException e, HttpHeaders headers, UriInfo uri) {
        return problem(e, headers, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mapping(JsonMappingException e, HttpHeaders headers, UriInfo uri) {
        return problem(e, headers, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response mismatched(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return problem(e, headers, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidFormat(InvalidFormatException e, HttpHeaders headers, UriInfo uri) {
        return problem(e, headers, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidNull(InvalidNullException e, HttpHeaders headers, UriInfo uri) {
        return problem(e, headers, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response invalidTypeId(InvalidTypeIdException e, HttpHeaders headers, UriInfo uri) {
        return problem(e, headers, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response propertyBinding(PropertyBindingException e, HttpHeaders headers, UriInfo uri) {
        return problem(e, headers, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unrecognized(UnrecognizedPropertyException e, HttpHeaders headers, UriInfo uri) {
        return problem(e, headers, uri);
    }

    @ServerExceptionMapper(priority = 1)
    public Response instantiation(ValueInstantiationException e, HttpHeaders headers, UriInfo uri) {
        return problem(e, headers, uri);
    }

    /**
     * The JSON reader wraps syntax errors (malformed JSON, a duplicated key, invalid UTF-8, too deep) in a plain
     * WebApplicationException(400): those get the same field-naming answer. Any other WebApplicationException without a
     * closer mapper (e.g. 405 with its Allow header) is answered as the problem extension does: its status, reason,
     * message and headers.
     */
    @ServerExceptionMapper(priority = 1)
    public Response webApplication(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException json) {
                return problem(json, headers, uri);
            }
        }
        Response original = e.getResponse();
        int status = original == null ? 500 : original.getStatus();
        Response.StatusType info = Response.Status.fromStatusCode(status);
        HttpProblem.Builder builder = HttpProblem.builder()
                .withStatus(status)
                .withType(ProblemTypes.GENERIC)
                .withTitle(info == null ? "HTTP " + status : info.getReasonPhrase())
                .withDetail(status >= 500 ? "The server could not complete the request; it has been logged. Try again later."
                        : e.getMessage())
                .withInstance(instance(uri));
        if (original != null) {
            original.getStringHeaders().forEach((name, values) -> {
                if (!"Content-Type".equalsIgnoreCase(name) && !"Content-Length".equalsIgnoreCase(name)) {
                    values.forEach(value -> builder.withHeader(name, value));
                }
            });
        }
        return builder.build().toResponse();
    }

    static Response problem(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = ProblemMessages.fromAcceptLanguage(headers == null ? null : headers.getHeaderString("Accept-Language"));
        String field;
        String message;
        if (e instanceof JsonMappingException mapping) {
            field = path(mapping.getPath());
            if (mapping instanceof PropertyBindingException binding) {
                message = ProblemMessages.format("json.unknown-field", locale, List.of());
                if (field.isEmpty()) {
                    field = binding.getPropertyName();
                }
            } else if (mapping instanceof MismatchedInputException mismatched && mismatched.getTargetType() == null
                    && mapping.getPath().isEmpty() && String.valueOf(mapping.getOriginalMessage()).contains("No content")) {
                message = ProblemMessages.format("json.missing-body", locale, List.of());
            } else {
                Class<?> target = target(mapping);
                message = target == null
                        ? ProblemMessages.format("json.value", locale, List.of())
                        : ProblemMessages.format("json.expected", locale, List.of(expected(target, locale)));
            }
        } else {
            String original = String.valueOf(e.getOriginalMessage());
            Matcher duplicate = DUPLICATE.matcher(original);
            JsonLocation at = e.getLocation();
            String line = at == null ? "?" : String.valueOf(at.getLineNr());
            String column = at == null ? "?" : String.valueOf(at.getColumnNr());
            if (duplicate.find()) {
                field = e.getProcessor() instanceof JsonParser parser ? path(parser.getParsingContext()) : duplicate.group(1);
                if (field.isEmpty()) {
                    field = duplicate.group(1);
                }
                message = ProblemMessages.format("json.duplicate-key", locale, List.of());
            } else {
                field = "";
                message = ProblemMessages.format(original.contains("UTF-8") || original.contains("UTF8")
                        || original.contains("Invalid character") ? "json.encoding" : "json.malformed", locale, List.of(line, column));
            }
        }
        return HttpProblem.builder()
                .withStatus(Response.Status.BAD_REQUEST)
                .withType(ProblemTypes.VALIDATION)
                .withTitle("Bad Request")
                .withDetail(field.isEmpty() ? message : field + ": " + message)
                .withInstance(instance(uri))
                .with("violations", List.of(Map.of("field", field, "in", "body", "message", message)))
                .build().toResponse();
    }

    /** The request path; none when it is not a valid URI reference as decoded (e.g. spaces), rather than failing. */
    private static java.net.URI instance(UriInfo uri) {
        try {
            return java.net.URI.create("/" + uri.getPath().replaceFirst("^/", ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The expected format of a Java type, in the caller's words — never the class name. */
    static String expected(Class<?> type, Locale locale) {
        String code;
        List<String> args = List.of();
        if (type == UUID.class) {
            code = "json.expected.uuid";
        } else if (type.isEnum()) {
            code = "json.expected.enum";
            args = List.of(Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", ")));
        } else if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class
                || type == float.class) {
            code = "json.expected.decimal";
        } else if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == Byte.class || type == byte.class
                || type == BigInteger.class) {
            code = "json.expected.whole";
        } else if (type == Boolean.class || type == boolean.class) {
            code = "json.expected.boolean";
        } else if (type == LocalDate.class) {
            code = "json.expected.date";
        } else if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            code = "json.expected.date-time";
        } else if (type == LocalDateTime.class) {
            code = "json.expected.local-date-time";
        } else if (type == YearMonth.class) {
            code = "json.expected.month";
        } else if (CharSequence.class.isAssignableFrom(type) || type == Character.class || type == char.class
                || type == java.util.Currency.class || type == Locale.class || type == java.net.URI.class) {
            code = "json.expected.text";
        } else if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            code = "json.expected.array";
        } else if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            code = "json.expected.value";
        } else {
            code = "json.expected.object";
        }
        return ProblemMessages.format(code, locale, args);
    }

    private static Class<?> target(JsonMappingException e) {
        if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            return mismatched.getTargetType();
        }
        if (e instanceof ValueInstantiationException instantiation && instantiation.getType() != null) {
            return instantiation.getType().getRawClass();
        }
        return null;
    }

    /** {@code terms.price.amount}, {@code tags[0].key}: the same naming as bean validation's violations. */
    static String path(List<JsonMappingException.Reference> references) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : references) {
            if (reference.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The same naming from the parser's position (for errors raised while reading, such as a duplicated key). */
    static String path(JsonStreamContext context) {
        List<String> parts = new ArrayList<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inObject() && c.getCurrentName() != null) {
                parts.add(0, "." + c.getCurrentName());
            } else if (c.inArray()) {
                parts.add(0, "[" + Math.max(0, c.getCurrentIndex()) + "]");
            }
        }
        String joined = String.join("", parts);
        return joined.startsWith(".") ? joined.substring(1) : joined;
    }
}
