package com.resourcemarket.core.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.OAuthFlow;
import org.eclipse.microprofile.openapi.models.security.OAuthFlows;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import org.eclipse.microprofile.openapi.models.servers.Server;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Gives every operation the same contract frame, so resources only describe what is theirs: the OAuth2
 * security through Keycloak, the problem+json error answers (400, 401, 403, 429, 500) with examples, and the
 * CORS and RateLimit-* headers on every answer.
 */
public class ApiContractFilter implements OASFilter {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final String SCHEME = "keycloak";
    private static final String KEYCLOAK = "https://auth.resource-market.example/realms/resource-market/protocol/openid-connect";
    private static final Map<String, String> STANDARD_ERRORS = new LinkedHashMap<>();

    static {
        STANDARD_ERRORS.put("400", "BadRequest");
        STANDARD_ERRORS.put("401", "Unauthorized");
        STANDARD_ERRORS.put("403", "Forbidden");
        STANDARD_ERRORS.put("429", "TooManyRequests");
        STANDARD_ERRORS.put("500", "ServerError");
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.getInfo()
                .description("""
                        Resource Market matches online and offline marketing resources to partners' demand: \
                        catalogue, demand and matching, cooperation and tiered commission settlement. \
                        Every answer that is an error is RFC 9457 application/problem+json.""")
                .contact(OASFactory.createContact().name("Resource Market API team").email("api@resource-market.example"))
                .license(OASFactory.createLicense().name("Proprietary").identifier("LicenseRef-Proprietary"));
        openAPI.servers(List.of(
                server("https://api.resource-market.example", "Production", false),
                server("https://localhost:8443", "Local development (./mvnw -Plocal also serves http://localhost:8080)", true)));
        Components components = openAPI.getComponents() == null ? OASFactory.createComponents() : openAPI.getComponents();
        openAPI.components(components);
        components.addSecurityScheme(SCHEME, securityScheme());
        addHeaders(components);
        addProblemSchemas(components);
        boundScalarSchemas(components);
        addErrorResponses(components);
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                    .forEach((method, operation) -> frame(path, method, operation)));
        }
    }

    private void frame(String path, PathItem.HttpMethod method, Operation operation) {
        boolean admin = path.contains("/admin");
        operation.security(List.of(OASFactory.createSecurityRequirement()
                .addScheme(SCHEME, admin ? List.of("openid", "admin") : List.of("openid"))));
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.responses(responses);
        }
        for (Map.Entry<String, String> error : STANDARD_ERRORS.entrySet()) {
            APIResponse existing = responses.getAPIResponse(error.getKey());
            if (existing == null || existing.getContent() == null) {
                responses.addAPIResponse(error.getKey(),
                        OASFactory.createAPIResponse().ref("#/components/responses/" + error.getValue()));
            }
        }
        responses.getAPIResponses().forEach((status, response) -> {
            if (response.getRef() == null) {
                decorate(status, response);
            }
        });
        if (operation.getParameters() != null) {
            operation.getParameters().forEach(parameter -> typeDefault(parameter.getSchema()));
        }
    }

    /** Parameters kept as text for validation (see PageQuery) still document their default as a number. */
    private static void typeDefault(Schema schema) {
        if (schema != null && schema.getDefaultValue() instanceof String text && schema.getType() != null
                && schema.getType().contains(Schema.SchemaType.INTEGER)) {
            try {
                schema.defaultValue(Long.parseLong(text));
            } catch (NumberFormatException e) {
                // leave a non-numeric default as written
            }
        }
    }

    /** Inline answers get the standard headers; error answers without content get the problem body. */
    private static void decorate(String status, APIResponse response) {
        boolean error = status.startsWith("4") || status.startsWith("5");
        if (error) {
            response.content(problemContent(status, response.getDescription()));
        }
        response.headers(standardHeaders(status));
    }

    private static Map<String, Header> standardHeaders(String status) {
        Map<String, Header> headers = new LinkedHashMap<>();
        headers.put("Access-Control-Allow-Origin", headerRef("Access-Control-Allow-Origin"));
        if (status.startsWith("2") || status.startsWith("4")) {
            headers.put("RateLimit-Limit", headerRef("RateLimit-Limit"));
            headers.put("RateLimit-Remaining", headerRef("RateLimit-Remaining"));
            headers.put("RateLimit-Reset", headerRef("RateLimit-Reset"));
        }
        if (status.equals("429") || status.equals("503")) {
            headers.put("Retry-After", headerRef("Retry-After"));
        }
        return headers;
    }

    private static void addErrorResponses(Components components) {
        error(components, "BadRequest", "400", "The request is malformed or has invalid fields (see violations)",
                validationExample());
        error(components, "Unauthorized", "401", "No valid access token: missing, expired or tampered", null);
        error(components, "Forbidden", "403", "The token is valid but its roles or partner do not allow this", null);
        error(components, "TooManyRequests", "429", "The caller's request quota is used up; retry after Retry-After seconds", null);
        error(components, "ServerError", "500", "The server failed; the answer names no internals", null);
    }

    private static void error(Components components, String name, String status, String description, Map<String, Object> example) {
        components.addResponse(name, OASFactory.createAPIResponse()
                .description(description)
                .headers(standardHeaders(status))
                .content(problemContent(status, description, example)));
    }

    private static Content problemContent(String status, String description) {
        return problemContent(status, description, status.equals("400") ? validationExample() : null);
    }

    private static Content problemContent(String status, String description, Map<String, Object> example) {
        Map<String, Object> value = example;
        if (value == null) {
            value = new LinkedHashMap<>();
            int code = Integer.parseInt(status);
            value.put("type", "about:blank");
            value.put("title", title(code));
            value.put("status", code);
            value.put("detail", description == null ? title(code) : description);
            value.put("instance", "/api/v1/me");
        }
        Example problemExample = OASFactory.createExample().summary(title(Integer.parseInt(status))).value(value);
        MediaType media = OASFactory.createMediaType()
                .schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))
                .addExample("problem", problemExample);
        return OASFactory.createContent().addMediaType(PROBLEM_JSON, media);
    }

    private static Map<String, Object> validationExample() {
        Map<String, Object> violation = new LinkedHashMap<>();
        violation.put("field", "nameEn");
        violation.put("in", "body");
        violation.put("message", "must not be blank");
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", "https://resource-market.example/problems/validation");
        value.put("title", "Bad Request");
        value.put("status", 400);
        value.put("detail", "The request has invalid fields: see violations.");
        value.put("instance", "/api/v1/partners");
        value.put("violations", List.of(violation));
        return value;
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 409 -> "Conflict";
            case 412 -> "Precondition Failed";
            case 413 -> "Payload Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 429 -> "Too Many Requests";
            case 503 -> "Service Unavailable";
            default -> "Internal Server Error";
        };
    }

    private static void addProblemSchemas(Components components) {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        components.addSchema("Violation", OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("One invalid field of the request")
                .required(List.of("field", "message"))
                .addProperty("field", text(255, "Path of the field, e.g. tags[0].value").pattern("^[\\w.\\[\\]-]*$"))
                .addProperty("in", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .enumeration(List.of("body", "query", "path", "header", "form")))
                .addProperty("message", text(1024, "What is wrong with it").pattern("^[^\\u0000]*$"))
                .additionalPropertiesBoolean(false));
        components.addSchema("Problem", OASFactory.createSchema()
                .addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .required(List.of("type", "title", "status"))
                .addProperty("type", text(2048, "URI of the problem type").format("uri-reference"))
                .addProperty("title", text(255, "Short summary of the problem type").pattern("^[^\\u0000]*$"))
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.valueOf(100)).maximum(BigDecimal.valueOf(599)))
                .addProperty("detail", text(4096, "What went wrong in this occurrence").pattern("^[^\\u0000]*$"))
                .addProperty("instance", text(2048, "The request path of this occurrence").format("uri-reference"))
                .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY).maxItems(100)
                        .items(OASFactory.createSchema().ref("#/components/schemas/Violation")))
                .additionalPropertiesBoolean(false));
    }

    /**
     * Replaces quarkus-resteasy-problem's generated problem schemas with the bounded {@code Problem} one, and
     * bounds the JDK value types SmallRye maps to string components.
     */
    private static void boundScalarSchemas(Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        components.removeSchema("HttpProblem");
        components.removeSchema("HttpValidationProblem");
        Map<String, Integer> maxLengths = Map.of("UUID", 36, "Instant", 40, "LocalDate", 10,
                "OffsetDateTime", 40, "LocalDateTime", 40, "ZonedDateTime", 60);
        maxLengths.forEach((name, max) -> {
            Schema schema = components.getSchemas().get(name);
            if (schema != null) {
                schema.maxLength(max);
            }
        });
    }

    private static Schema text(int maxLength, String description) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(maxLength).description(description);
    }

    private static void addHeaders(Components components) {
        components.addHeader("Access-Control-Allow-Origin", OASFactory.createHeader()
                .description("CORS: the allowed origin, sent when the request had an Origin header")
                .schema(text(2048, "An origin").format("uri")));
        components.addHeader("RateLimit-Limit", integerHeader("Requests allowed per minute for this caller", 1_000_000));
        components.addHeader("RateLimit-Remaining", integerHeader("Requests left in the current window", 1_000_000));
        components.addHeader("RateLimit-Reset", integerHeader("Seconds until the quota is full again", 86_400));
        components.addHeader("Retry-After", integerHeader("Seconds to wait before retrying", 86_400));
    }

    private static Header integerHeader(String description, int max) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema()
                .addType(Schema.SchemaType.INTEGER).format("int32")
                .minimum(BigDecimal.ZERO).maximum(BigDecimal.valueOf(max)));
    }

    private static Header headerRef(String name) {
        return OASFactory.createHeader().ref("#/components/headers/" + name);
    }

    private static SecurityScheme securityScheme() {
        Map<String, String> scopes = new LinkedHashMap<>();
        scopes.put("openid", "OpenID Connect sign-in");
        scopes.put("admin", "Administration (realm role admin)");
        OAuthFlow code = OASFactory.createOAuthFlow().authorizationUrl(KEYCLOAK + "/auth")
                .tokenUrl(KEYCLOAK + "/token").refreshUrl(KEYCLOAK + "/token").scopes(scopes);
        OAuthFlow clientCredentials = OASFactory.createOAuthFlow().tokenUrl(KEYCLOAK + "/token")
                .refreshUrl(KEYCLOAK + "/token").scopes(scopes);
        OAuthFlows flows = OASFactory.createOAuthFlows().authorizationCode(code).clientCredentials(clientCredentials);
        return OASFactory.createSecurityScheme().type(SecurityScheme.Type.OAUTH2).flows(flows)
                .description("""
                        Keycloak realm resource-market issues short-lived signed JWT access tokens (RFC8725 best \
                        practices: RS256, 5-minute lifetime, audience resource-market-api). Partner systems use the \
                        client-credentials grant of their own client; people sign in with authorization code + PKCE.""");
    }

    private static Server server(String url, String description, boolean internal) {
        Server server = OASFactory.createServer().url(url).description(description);
        server.addExtension("x-internal", internal);
        return server;
    }
}
