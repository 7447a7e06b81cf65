package com.resourcemarket.core;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.resourcemarket.localstack.EmbeddedMariaDb;
import com.resourcemarket.testsupport.DemoPartners;
import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile requests generated from the committed contract (openapi/openapi.yaml): for every operation, requests with
 * wrong JSON types, missing, duplicated and null fields, huge and deeply nested bodies, invalid UTF-8, CJK and emoji,
 * SQL metacharacters, out-of-range numbers, bad ids, dates and counts, wrong content types, over-long URLs and bad
 * Authorization headers — sent with real tokens against the real database and Keycloak. The bar: no answer ≥ 500,
 * every 4xx is problem+json with {@code status} and {@code title}, no body names a Java type, and a sample of refused
 * writes changes no table.
 *
 * <p>Seed-fixed. {@code ./mvnw verify} sends a CI-sized sample; the full run is
 * {@code ./mvnw verify -Dtest=BadInputGeneratorTest -Dbadinput.requests=10000} (and {@code -Dbadinput.seed=} for another
 * sequence). The figures are logged at the end ("bad-input generator: …").
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class BadInputGeneratorTest {

    private static final Logger LOG = Logger.getLogger(BadInputGeneratorTest.class);
    private static final int REQUESTS = Integer.getInteger("badinput.requests", 2500);
    private static final long SEED = Long.getLong("badinput.seed", 20261203L);
    /** Every how many refused writes the tables are compared before and after. */
    private static final int CHECK_EVERY = Integer.getInteger("badinput.check-every", 25);
    private static final Pattern JAVA_TYPE = Pattern.compile(
            "\\b(java|javax|jakarta|com\\.resourcemarket|com\\.fasterxml|org\\.hibernate|org\\.jboss|io\\.quarkus|io\\.vertx)\\.[a-z]"
                    + "|Exception\\b|\\bat \\[Source");
    /** Tables written at any time by background workers (webhook delivery, reverse matching) or by every request (quotas): not compared. */
    private static final Pattern VOLATILE_TABLE = Pattern.compile("webhook_deliver.*|match_.*|demand_match_pairs|flyway.*|rate_limit_buckets");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    enum Kind {
        WRONG_TYPE, MISSING_FIELD, DUPLICATE_KEY, NULL_FIELD, NULL_BODY, HUGE_BODY, DEEP_BODY, INVALID_UTF8, CJK_EMOJI,
        SQL_METACHARACTERS, OUT_OF_RANGE, BAD_PATH_ID, BAD_QUERY, WRONG_CONTENT_TYPE, LONG_URL, BAD_AUTH, NOT_JSON
    }

    record Operation(String method, String path, JsonNode spec) {
        boolean write() {
            return !method.equals("get");
        }

        String name() {
            return method.toUpperCase(Locale.ROOT) + " " + path;
        }
    }

    record Sent(Kind kind, Operation operation, String url, String description) {
    }

    private JsonNode contract;
    private Random random;
    private final Map<String, List<String>> knownIds = new LinkedHashMap<>();
    /** The body field the last request's mutation was about. */
    private String lastField;
    private final List<Supplier<String>> tokens = List.of(Tokens::manager, Tokens::finance, Tokens::admin,
            Tokens::huadongClient, Tokens::beautyClipClient, Tokens::huadongUser);

    @Test
    void hostileRequestsFromTheContract() throws Exception {
        DemoPartners.ensureRegistered();
        contract = new ObjectMapper(new YAMLFactory()).readTree(new File(System.getProperty("openapi.contract",
                "openapi/openapi.yaml")));
        random = new Random(SEED);
        List<Operation> operations = operations();
        assertThat(operations).hasSizeGreaterThan(50);
        harvestIds();
        // Some generated requests are valid and succeed (a harvested holiday set to another kind, say); the working-day
        // calendar is shared reference data other tests count on, so it is put back as it was afterwards.
        List<List<Object>> calendar = rows("SELECT day, kind, name_zh, name_en, created_at, updated_at, version FROM calendar_days");
        try {
            sendAll(operations);
        } finally {
            restoreCalendar(calendar);
        }
    }

    private void sendAll(List<Operation> operations) throws Exception {

        Map<String, Integer> statuses = new TreeMap<>();
        Map<Kind, Integer> kinds = new TreeMap<>();
        Map<String, List<String>> failures = new TreeMap<>();
        int refusedWrites = 0;
        int checkedWrites = 0;
        long started = System.nanoTime();
        try (Connection db = DriverManager.getConnection(LocalStackTestResource.database().jdbcUrl(),
                EmbeddedMariaDb.USERNAME, EmbeddedMariaDb.PASSWORD)) {
            for (int i = 0; i < REQUESTS; i++) {
                Operation operation = operations.get(i % operations.size());
                Kind kind = pickKind(operation);
                kinds.merge(kind, 1, Integer::sum);
                boolean check = operation.write() && refusedWrites % CHECK_EVERY == 0;
                Map<String, String> before = check ? checksums(db) : null;
                Sent sent = new Sent(kind, operation, null, null);
                Response response;
                try {
                    Object[] built = build(operation, kind);
                    sent = (Sent) built[0];
                    response = (Response) built[1];
                } catch (RuntimeException e) {
                    failures.computeIfAbsent("no answer (" + e.getClass().getSimpleName() + ")", k -> new ArrayList<>())
                            .add(kind + " " + operation.name() + ": " + e.getMessage());
                    continue;
                }
                int status = response.statusCode();
                statuses.merge(status / 100 + "xx", 1, Integer::sum);
                String body = response.asString();
                String where = kind + " " + operation.name() + " " + sent.description() + " → " + status + " "
                        + abbreviate(body);
                if (status >= 500) {
                    failures.computeIfAbsent("5xx", k -> new ArrayList<>()).add(where);
                }
                if (status >= 400 && status < 500) {
                    String type = String.valueOf(response.contentType());
                    if (!type.startsWith("application/problem+json")) {
                        failures.computeIfAbsent("4xx not problem+json", k -> new ArrayList<>()).add(where);
                    } else {
                        JsonNode problem = JSON.readTree(body);
                        if (!problem.path("status").isInt() || problem.path("status").asInt() != status
                                || !problem.path("title").isTextual()) {
                            failures.computeIfAbsent("problem without status/title", k -> new ArrayList<>()).add(where);
                        }
                    }
                }
                if (kind == Kind.DUPLICATE_KEY && status == 400 && !Pattern.compile("\"field\"\\s*:\\s*\"" + Pattern.quote(lastField) + "\"").matcher(body).find()) {
                    failures.computeIfAbsent("duplicated key not named", k -> new ArrayList<>()).add(where);
                }
                if (JAVA_TYPE.matcher(body).find()) {
                    failures.computeIfAbsent("Java type name in body", k -> new ArrayList<>()).add(where);
                }
                if (operation.write() && status >= 400) {
                    if (check) {
                        checkedWrites++;
                        Map<String, String> after = checksums(db);
                        if (!after.equals(before)) {
                            failures.computeIfAbsent("refused write changed the database", k -> new ArrayList<>())
                                    .add(where + " tables " + changed(before, after));
                        }
                    }
                    refusedWrites++;
                }
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        StringBuilder report = new StringBuilder();
        failures.forEach((what, list) -> report.append("\n").append(what).append(": ").append(list.size())
                .append(list.stream().limit(8).map(s -> "\n    " + s).reduce("", String::concat)));
        System.out.printf("bad-input generator: %d requests, answers %s, %d failure classes%n", REQUESTS, statuses,
                failures.size());
        LOG.infof("bad-input generator: %d requests (seed %d) over %d operations in %d s; answers %s; kinds %s; "
                        + "%d refused writes, %d compared table by table; failures: %s", REQUESTS, SEED, operations.size(),
                seconds, statuses, kinds, refusedWrites, checkedWrites, failures.isEmpty() ? "none" : report);
        assertThat(checkedWrites).isGreaterThan(0);
        assertThat(failures).as(report.toString()).isEmpty();
    }

    private static List<List<Object>> rows(String query) throws java.sql.SQLException {
        List<List<Object>> out = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(LocalStackTestResource.database().jdbcUrl(),
                EmbeddedMariaDb.USERNAME, EmbeddedMariaDb.PASSWORD);
             java.sql.Statement s = db.createStatement(); java.sql.ResultSet rs = s.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<Object> row = new ArrayList<>();
                for (int c = 1; c <= columns; c++) {
                    row.add(rs.getObject(c));
                }
                out.add(row);
            }
        }
        return out;
    }

    private static void restoreCalendar(List<List<Object>> calendar) throws Exception {
        try (Connection db = DriverManager.getConnection(LocalStackTestResource.database().jdbcUrl(),
                EmbeddedMariaDb.USERNAME, EmbeddedMariaDb.PASSWORD)) {
            db.setAutoCommit(false);
            try (java.sql.Statement s = db.createStatement()) {
                s.executeUpdate("DELETE FROM calendar_days");
            }
            try (java.sql.PreparedStatement insert = db.prepareStatement("INSERT INTO calendar_days"
                    + " (day, kind, name_zh, name_en, created_at, updated_at, version) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (List<Object> row : calendar) {
                    for (int c = 0; c < row.size(); c++) {
                        insert.setObject(c + 1, row.get(c));
                    }
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            db.commit();
        }
        // the service's calendar cache follows the change stream; wait until it serves the restored days
        long end = System.nanoTime() + java.time.Duration.ofSeconds(10).toNanos();
        while (!calendarServedAsStored()) {
            assertThat(System.nanoTime()).as("the restored calendar is served within 10 s").isLessThan(end);
            Thread.sleep(50);
        }
    }

    private static boolean calendarServedAsStored() throws java.sql.SQLException {
        List<String> stored = rows("SELECT day, kind FROM calendar_days WHERE YEAR(day) = 2026 ORDER BY day").stream()
                .map(r -> r.get(0) + " " + r.get(1)).toList();
        var page = RestAssured.given().auth().oauth2(Tokens.manager())
                .get("/api/v1/calendar/days?year=2026").then().statusCode(200).extract().jsonPath();
        List<String> dates = page.getList("date", String.class);
        List<String> kinds = page.getList("kind", String.class);
        List<String> served = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            served.add(dates.get(i) + " " + kinds.get(i));
        }
        return stored.equals(served);
    }

    // --- the contract -------------------------------------------------------------------------------------------

    private List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        contract.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (List.of("get", "post", "put", "delete", "patch").contains(op.getKey())) {
                operations.add(new Operation(op.getKey(), path.getKey(), op.getValue()));
            }
        }));
        return operations;
    }

    private JsonNode resolve(JsonNode schema) {
        int guard = 0;
        while (schema != null && schema.has("$ref") && guard++ < 20) {
            String ref = schema.get("$ref").asText().replace("#/", "");
            JsonNode target = contract;
            for (String part : ref.split("/")) {
                target = target.path(part);
            }
            schema = target;
        }
        if (schema != null && schema.has("allOf")) {
            ObjectNode merged = NODES.objectNode();
            ObjectNode properties = merged.putObject("properties");
            ArrayNode required = merged.putArray("required");
            merged.put("type", "object");
            for (JsonNode part : schema.get("allOf")) {
                JsonNode resolved = resolve(part);
                resolved.path("properties").fields().forEachRemaining(p -> properties.set(p.getKey(), p.getValue()));
                resolved.path("required").forEach(required::add);
            }
            return merged;
        }
        if (schema != null && (schema.has("oneOf") || schema.has("anyOf"))) {
            return resolve((schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf")).get(0));
        }
        return schema == null ? NODES.objectNode() : schema;
    }

    private JsonNode bodySchema(Operation operation) {
        JsonNode content = operation.spec().path("requestBody").path("content").path("application/json");
        return content.isMissingNode() ? null : resolve(content.path("schema"));
    }

    /** A plausible value for a schema: its example, else a value of its type and format. */
    private JsonNode sample(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("examples") && schema.get("examples").isArray() && !schema.get("examples").isEmpty()) {
            return schema.get("examples").get(0);
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        String type = type(schema);
        String format = schema.path("format").asText("");
        switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                if (depth < 4) {
                    schema.path("properties").fields().forEachRemaining(p -> object.set(p.getKey(), sample(p.getValue(), depth + 1)));
                }
                return object;
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < 4) {
                    array.add(sample(schema.path("items"), depth + 1));
                }
                return array;
            }
            case "integer" -> {
                return NODES.numberNode(schema.has("minimum") ? schema.get("minimum").asLong() : 1);
            }
            case "number" -> {
                return NODES.numberNode(new java.math.BigDecimal(schema.has("minimum") ? schema.get("minimum").asText() : "1.00"));
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            default -> {
                return NODES.textNode(switch (format) {
                    case "uuid" -> UUID.randomUUID().toString();
                    case "date" -> "2026-03-14";
                    case "date-time" -> "2026-03-14T10:15:30+08:00";
                    case "uri", "url" -> "https://example.com/hook";
                    case "email" -> "someone@example.com";
                    default -> "text";
                });
            }
        }
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    // --- ids the service knows ----------------------------------------------------------------------------------

    private void harvestIds() {
        harvest("partner", "/api/v1/partners?limit=20", Tokens.manager());
        harvest("resource", "/api/v1/resources?limit=20", Tokens.manager());
        harvest("demand", "/api/v1/demands?limit=20", Tokens.manager());
        harvest("cooperation", "/api/v1/cooperations?limit=20", Tokens.manager());
        harvest("statement", "/api/v1/commission/statements?limit=20", Tokens.finance());
        harvest("plan", "/api/v1/commission/plans?limit=20", Tokens.finance());
        knownIds.computeIfAbsent("partner", k -> new ArrayList<>()).add(Tokens.HUADONG_PARTNER_ID);
        knownIds.get("partner").add(Tokens.BEAUTY_CLIP_PARTNER_ID);
    }

    private void harvest(String what, String url, String token) {
        Response response = RestAssured.given().auth().oauth2(token).get(url);
        if (response.statusCode() == 200) {
            List<String> ids = new ArrayList<>();
            JsonNode root = readTree(response.asString());
            JsonNode items = root.isArray() ? root : root.path("items");
            items.forEach(item -> {
                if (item.path("id").isTextual()) {
                    ids.add(item.get("id").asText());
                }
            });
            knownIds.computeIfAbsent(what, k -> new ArrayList<>()).addAll(ids);
        }
    }

    private String pathValue(String name, JsonNode schema) {
        for (Map.Entry<String, List<String>> known : knownIds.entrySet()) {
            if (name.toLowerCase(Locale.ROOT).startsWith(known.getKey()) && !known.getValue().isEmpty() && random.nextInt(3) > 0) {
                return known.getValue().get(random.nextInt(known.getValue().size()));
            }
        }
        JsonNode resolved = resolve(schema);
        if ("uuid".equals(resolved.path("format").asText())) {
            return UUID.randomUUID().toString();
        }
        if ("date".equals(resolved.path("format").asText())) {
            return "2026-10-01";
        }
        if (resolved.has("enum")) {
            return resolved.get("enum").get(random.nextInt(resolved.get("enum").size())).asText();
        }
        return name.equals("key") ? "followers" : name.equals("scope") ? "DEFAULT" : "x";
    }

    // --- building one request -----------------------------------------------------------------------------------

    private Kind pickKind(Operation operation) {
        List<Kind> fitting = new ArrayList<>(List.of(Kind.BAD_AUTH, Kind.LONG_URL, Kind.BAD_QUERY, Kind.SQL_METACHARACTERS,
                Kind.CJK_EMOJI));
        if (operation.path().contains("{")) {
            fitting.add(Kind.BAD_PATH_ID);
            fitting.add(Kind.BAD_PATH_ID);
        }
        if (bodySchema(operation) != null) {
            fitting.addAll(List.of(Kind.WRONG_TYPE, Kind.WRONG_TYPE, Kind.WRONG_TYPE, Kind.MISSING_FIELD, Kind.DUPLICATE_KEY,
                    Kind.DUPLICATE_KEY, Kind.NULL_FIELD, Kind.NULL_BODY, Kind.HUGE_BODY, Kind.DEEP_BODY, Kind.INVALID_UTF8,
                    Kind.OUT_OF_RANGE, Kind.OUT_OF_RANGE, Kind.WRONG_CONTENT_TYPE, Kind.NOT_JSON));
        }
        return fitting.get(random.nextInt(fitting.size()));
    }

    private Object[] build(Operation operation, Kind kind) {
        String path = operation.path();
        Map<String, String> query = new LinkedHashMap<>();
        for (JsonNode parameter : operation.spec().path("parameters")) {
            parameter = resolve(parameter);
            String name = parameter.path("name").asText();
            String in = parameter.path("in").asText();
            if (in.equals("path")) {
                String value = pathValue(name, parameter.path("schema"));
                if (kind == Kind.BAD_PATH_ID) {
                    value = pick("not-a-uuid", "00000000-0000-0000-0000-00000000000g", "\u0000", "../../etc", "中文",
                            "1' OR '1'='1", "-1", "9".repeat(400), "😀", "2026-02-30", "a b", "%");
                    value = random.nextInt(4) == 0 && value.equals("not-a-uuid") ? "%FF%FE" : encode(value);
                }
                path = path.replace("{" + name + "}", value);
            } else if (in.equals("query") && (parameter.path("required").asBoolean() || random.nextInt(3) == 0)) {
                query.put(name, sampleQuery(name, parameter.path("schema")));
            }
        }
        String description = "";
        if (kind == Kind.BAD_QUERY) {
            List<JsonNode> parameters = new ArrayList<>();
            operation.spec().path("parameters").forEach(p -> {
                if ("query".equals(resolve(p).path("in").asText())) {
                    parameters.add(resolve(p));
                }
            });
            String name = parameters.isEmpty() ? pick("limit", "offset", "topN") : parameters.get(random.nextInt(parameters.size()))
                    .path("name").asText();
            String value = pick("1.5", "-1", "1e3", "abc", "", "9999999999999", "0x10", "２０", "NaN", "2026-13-45", "2026-02-30",
                    "null", "[]", "{}", "%00", "'; DROP TABLE partners; --", "中文", "😀", "1,2", " 5 ", "+7", "-0", "1.0");
            query.put(name, value);
            if (random.nextBoolean()) {
                query.put(pick("limit", "offset", "topN"), pick("1.5", "2.0", "1e2", "-3", "x"));
            }
            description = name + "=" + value;
        }
        if (kind == Kind.LONG_URL) {
            int length = pick(5_000, 10_000, 12_000, 20_000);
            query.put("q", "a".repeat(length));
            description = "url " + length;
        }
        if (kind == Kind.SQL_METACHARACTERS || kind == Kind.CJK_EMOJI) {
            String name = pick("q", "status", "partner", "period", "from", "to", "groupBy", "tag", "scope");
            query.put(name, kind == Kind.CJK_EMOJI ? pick("美妆😀", "家电 🏬", "𠀀𠀁", "中文\u200b") : pick("' OR 1=1 --",
                    "\"; DELETE FROM demands; --", "%' AND SLEEP(5) --", "\\", "`"));
        }
        StringBuilder url = new StringBuilder(path);
        if (!query.isEmpty()) {
            url.append('?');
            query.forEach((k, v) -> url.append(encode(k)).append('=').append(encode(v)).append('&'));
            url.setLength(url.length() - 1);
        }

        RequestSpecification request = RestAssured.given()
                .config(RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .urlEncodingEnabled(false);
        if (kind == Kind.BAD_AUTH) {
            String header = pick("Basic " + java.util.Base64.getEncoder().encodeToString("manager:demo".getBytes()), "Bearer",
                    "Bearer ", "Bearer  ", "Token abc", "bearer", "Bearer not.a.jwt", "Bearer eyJhbGciOiJub25lIn0.e30.",
                    "Digest username=\"x\"", "Bearer " + "a".repeat(5000), "Bearer ä", "Negotiate YII=");
            request.header("Authorization", header);
            description = "Authorization: " + abbreviate(header);
        } else {
            request.auth().oauth2(tokens.get(random.nextInt(tokens.size())).get());
        }

        JsonNode schema = bodySchema(operation);
        if (schema != null || operation.write()) {
            byte[] body = body(schema, kind);
            String contentType = kind == Kind.WRONG_CONTENT_TYPE
                    ? pick("text/plain", "application/xml", "application/x-www-form-urlencoded", "text/csv",
                    "application/json; charset=latin1", "image/png")
                    : "application/json";
            request.contentType(contentType);
            if (contentType.startsWith("application/x-www-form-urlencoded")) {
                request.body(new String(body, StandardCharsets.UTF_8)); // the client encodes forms only from text
            } else {
                request.body(body);
            }
            if (description.isEmpty()) {
                description = abbreviate(new String(body, StandardCharsets.UTF_8));
            }
        }
        if (operation.path().equals("/api/v1/demands") && operation.method().equals("post")) {
            request.header("Idempotency-Key", "gen-" + random.nextInt(1_000_000));
        }
        Response response = request.request(operation.method().toUpperCase(Locale.ROOT), url.toString());
        return new Object[]{new Sent(kind, operation, url.toString(), description), response};
    }

    private String sampleQuery(String name, JsonNode schema) {
        JsonNode value = sample(schema, 3);
        if (name.equals("period")) {
            return "2026-03";
        }
        return value.isTextual() ? value.asText() : value.toString();
    }

    private byte[] body(JsonNode schema, Kind kind) {
        JsonNode valid = schema == null ? NODES.objectNode() : sample(schema, 0);
        List<String> fields = new ArrayList<>();
        if (valid.isObject()) {
            valid.fieldNames().forEachRemaining(fields::add);
        }
        String field = fields.isEmpty() ? "x" : fields.get(random.nextInt(fields.size()));
        lastField = field;
        JsonNode propertySchema = schema == null ? NODES.objectNode() : resolve(schema.path("properties").path(field));
        String text = switch (kind) {
            case WRONG_TYPE -> {
                ObjectNode copy = valid.isObject() ? ((ObjectNode) valid).deepCopy() : NODES.objectNode();
                copy.set(field, wrongType(propertySchema));
                if (random.nextBoolean() && copy.get(field) != null) {
                    nestWrong(copy);
                }
                yield copy.toString();
            }
            case MISSING_FIELD -> {
                ObjectNode copy = valid.isObject() ? ((ObjectNode) valid).deepCopy() : NODES.objectNode();
                copy.remove(field);
                yield copy.toString();
            }
            case DUPLICATE_KEY -> {
                // the key first with a trivial value, then again with the real one: the repeat is met before any
                // other problem the rest of the body might have
                ObjectNode rest = valid.isObject() ? ((ObjectNode) valid).deepCopy() : NODES.objectNode();
                JsonNode value = rest.has(field) ? rest.remove(field) : NODES.textNode("x");
                String tail = rest.isEmpty() ? "" : "," + rest.toString().substring(1, rest.toString().length() - 1);
                yield "{\"" + field + "\":null,\"" + field + "\":" + value + tail + "}";
            }
            case NULL_FIELD -> {
                ObjectNode copy = valid.isObject() ? ((ObjectNode) valid).deepCopy() : NODES.objectNode();
                copy.putNull(field);
                yield copy.toString();
            }
            case NULL_BODY -> pick("null", "", "[]", "\"text\"", "42", "true", "{}");
            case HUGE_BODY -> {
                ObjectNode copy = valid.isObject() ? ((ObjectNode) valid).deepCopy() : NODES.objectNode();
                if (random.nextBoolean()) {
                    copy.put(field, "大".repeat(pick(100_000, 600_000, 800_000)));
                } else {
                    ArrayNode many = copy.putArray(field);
                    for (int i = 0; i < 50_000; i++) {
                        many.add(i);
                    }
                }
                yield copy.toString();
            }
            case DEEP_BODY -> {
                int depth = pick(200, 1_500, 5_000);
                yield "{\"" + field + "\":" + "[".repeat(depth) + "]".repeat(depth) + "}";
            }
            case INVALID_UTF8 -> null;
            case CJK_EMOJI, SQL_METACHARACTERS -> {
                ObjectNode copy = valid.isObject() ? ((ObjectNode) valid).deepCopy() : NODES.objectNode();
                Iterator<Map.Entry<String, JsonNode>> it = copy.fields();
                List<String> texts = new ArrayList<>();
                it.forEachRemaining(e -> {
                    if (e.getValue().isTextual()) {
                        texts.add(e.getKey());
                    }
                });
                for (String t : texts) {
                    copy.put(t, kind == Kind.CJK_EMOJI ? pick("测试😀", "家电🏬🎉", "𠀀𠀁𠀂", "ｆｕｌｌ　ｗｉｄｔｈ", "\u202eevil")
                            : pick("' OR '1'='1", "x'); DROP TABLE partners; --", "\\\"", "%_", "\u0000"));
                }
                yield copy.toString();
            }
            case OUT_OF_RANGE -> {
                ObjectNode copy = valid.isObject() ? ((ObjectNode) valid).deepCopy() : NODES.objectNode();
                String number = pick("1e309", "-1", "99999999999999999999999999", "0.000000001", "-0", "1E+400", "-9223372036854775809",
                        "3.4028236E38", "1.5");
                String json = copy.put(field, "__N__").toString();
                yield json.replace("\"__N__\"", number);
            }
            case NOT_JSON -> pick("{\"a\":", "{'single':'quotes'}", "{\"a\":1,}", "<xml/>", "{\"a\":NaN}", "{\"a\" 1}",
                    "\uFEFF{}", "{\"a\":\"\\uZZZZ\"}", "{\"a\":01}");
            default -> valid.toString();
        };
        if (text == null) {
            byte[] prefix = ("{\"" + field + "\":\"").getBytes(StandardCharsets.UTF_8);
            byte[] bad = pick(new byte[]{(byte) 0xC3, (byte) 0x28}, new byte[]{(byte) 0xFF, (byte) 0xFE}, new byte[]{(byte) 0xE2, (byte) 0x82},
                    new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[]{(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80});
            byte[] suffix = "\"}".getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[prefix.length + bad.length + suffix.length];
            System.arraycopy(prefix, 0, out, 0, prefix.length);
            System.arraycopy(bad, 0, out, prefix.length, bad.length);
            System.arraycopy(suffix, 0, out, prefix.length + bad.length, suffix.length);
            return out;
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Also puts a wrong type one level down (e.g. terms.price.amount), where the path must be named in full. */
    private void nestWrong(ObjectNode body) {
        body.fields().forEachRemaining(e -> {
            if (e.getValue().isObject() && !e.getValue().isEmpty()) {
                ObjectNode inner = (ObjectNode) e.getValue();
                String first = inner.fieldNames().next();
                inner.set(first, inner.get(first).isTextual() ? NODES.arrayNode().add(1) : NODES.textNode("abc"));
            } else if (e.getValue().isArray() && !e.getValue().isEmpty() && e.getValue().get(0).isObject()) {
                ObjectNode inner = (ObjectNode) e.getValue().get(0);
                if (!inner.isEmpty()) {
                    String first = inner.fieldNames().next();
                    inner.set(first, NODES.objectNode().put("x", 1));
                }
            }
        });
    }

    private JsonNode wrongType(JsonNode schema) {
        String type = type(schema);
        String format = schema.path("format").asText("");
        if (schema.has("enum")) {
            return pick(NODES.textNode("NOT_A_VALUE"), NODES.numberNode(3), NODES.arrayNode());
        }
        return switch (type) {
            case "array" -> pick(NODES.textNode("abc"), NODES.objectNode().put("a", 1), NODES.numberNode(5));
            case "object" -> pick(NODES.textNode("abc"), NODES.arrayNode().add(1), NODES.numberNode(5), NODES.booleanNode(true));
            case "integer", "number" -> pick(NODES.textNode("abc"), NODES.textNode("1,5"), NODES.arrayNode(), NODES.objectNode(),
                    NODES.booleanNode(true));
            case "boolean" -> pick(NODES.textNode("yes"), NODES.numberNode(2), NODES.arrayNode());
            default -> switch (format) {
                case "uuid" -> pick(NODES.textNode("not-a-uuid"), NODES.numberNode(12345), NODES.arrayNode().add("x"));
                case "date" -> pick(NODES.textNode("2026-13-45"), NODES.textNode("14/03/2026"), NODES.numberNode(20260314));
                case "date-time" -> pick(NODES.textNode("yesterday"), NODES.textNode("2026-03-14 10:15"), NODES.numberNode(1.5));
                default -> pick(NODES.arrayNode().add(1), NODES.objectNode().put("a", 1), NODES.numberNode(7), NODES.booleanNode(false));
            };
        };
    }

    // --- the database before and after --------------------------------------------------------------------------

    private static Map<String, String> checksums(Connection db) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables "
                     + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'")) {
            while (rows.next()) {
                String table = rows.getString(1);
                if (!VOLATILE_TABLE.matcher(table).matches()) {
                    tables.add(table);
                }
            }
        }
        Map<String, String> sums = new TreeMap<>();
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("CHECKSUM TABLE " + String.join(", ", tables))) {
            while (rows.next()) {
                sums.put(rows.getString(1), rows.getString(2));
            }
        }
        return sums;
    }

    private static List<String> changed(Map<String, String> before, Map<String, String> after) {
        List<String> changed = new ArrayList<>();
        after.forEach((table, sum) -> {
            if (!sum.equals(before.get(table))) {
                changed.add(table);
            }
        });
        return changed;
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    @SafeVarargs
    private <T> T pick(T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.replace('\n', ' ');
        return flat.length() > 240 ? flat.substring(0, 240) + "…" : flat;
    }

    private static JsonNode readTree(String text) {
        try {
            return JSON.readTree(text);
        } catch (Exception e) {
            return NODES.missingNode();
        }
    }
}
