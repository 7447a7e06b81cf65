package com.resourcemarket.bench;

import com.resourcemarket.localstack.EmbeddedMariaDb;
import com.resourcemarket.localstack.FreePorts;
import com.resourcemarket.localstack.KeycloakServer;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The API as a partner system sees it ({@code ./mvnw -Pbench-http}): starts the real stack — embedded MariaDB,
 * Keycloak with the realm, and the packaged service as its own process — grows the demo catalogue to
 * {@code bench.resources} resources in the database, gets a client-credentials token, and runs closed-loop
 * (N clients) and open-loop (fixed arrival rate) load against {@code GET /api/v1/me}, catalogue search and matching
 * ({@code POST /api/v1/demands/{id}/matches?topN=20}, stored). Reports p50/p90/p99/max, throughput, errors, the CPU
 * seconds the service, the database and Keycloak used in each phase, and how many requests Keycloak answered (its own
 * counters). Figures go to stdout and {@code target/bench-http.txt}.
 */
public final class HttpBenchmark {

    private static final String CLIENT_ID = "partner-huadong-appliance";
    private static final String CLIENT_SECRET = "dev-partner-huadong-secret";
    private static final String[] SEARCHES = {
            "q=美妆", "q=直播", "q=冷链物流", "q=超市&channel=OFFLINE", "q=电商&channel=ONLINE", "q=SaaS",
            "q=beauty", "q=store&sort=NEWEST", "q=博览会", "q=logistics", "category=online.e-commerce",
            "q=短视频&grade=CORE", "q=门店", "q=traffic", "q=会员营销", "q=brand"};
    /** Text plus three filters (region, grade or channel, type or category), like the in-process search benchmark. */
    private static final String[] SELECTIVE = {
            "q=超市&region=310000&grade=CORE", "q=直播&region=440300&channel=ONLINE&grade=IMPORTANT",
            "q=store&type=offline.physical-channel.retail-terminal&region=330100&grade=BASIC",
            "q=冷链物流&region=510100&channel=OFFLINE", "q=美妆&region=110000&grade=CORE&channel=ONLINE",
            "q=博览会&region=440100&grade=IMPORTANT", "q=SaaS&region=320100&category=online.tech-service",
            "q=logistics&region=420100&grade=BASIC", "q=电商&region=500000&category=online.e-commerce&grade=CORE",
            "q=门店&region=610100&channel=OFFLINE&grade=IMPORTANT", "q=beauty&region=320500&channel=ONLINE",
            "q=会员营销&region=330100&grade=BASIC"};

    private final String[] searches = "selective".equals(System.getProperty("bench.search-set", "broad")) ? SELECTIVE : SEARCHES;
    private final int resources = Integer.getInteger("bench.resources", 100_000);
    private final int demandCount = Integer.getInteger("bench.demands", 200);
    private final double warmupSeconds = Double.parseDouble(System.getProperty("bench.warmup", "40"));
    private final double phaseSeconds = Double.parseDouble(System.getProperty("bench.duration", "30"));
    private final List<Integer> clientCounts = ints(System.getProperty("bench.clients", "1,8"));
    private final Map<String, Double> rates = Map.of(
            "me", Double.parseDouble(System.getProperty("bench.rate.me", "1000")),
            "search", Double.parseDouble(System.getProperty("bench.rate.search", "300")),
            "match", Double.parseDouble(System.getProperty("bench.rate.match", "100")));
    private final List<String> endpoints = List.of(System.getProperty("bench.endpoints", "me,search,match").split(","));
    private final Path dir = Path.of(System.getProperty("bench.dir", "target/bench-http")).toAbsolutePath();
    private final List<String> report = new ArrayList<>();

    private EmbeddedMariaDb database;
    private KeycloakServer keycloak;
    private Process service;
    private URI base;
    private volatile String token;

    public static void main(String[] args) throws Exception {
        HttpBenchmark benchmark = new HttpBenchmark();
        try {
            benchmark.run();
        } finally {
            benchmark.stop();
        }
        System.exit(0);
    }

    private void run() throws Exception {
        log(String.format(Locale.ROOT, "HTTP benchmark: %,d resources, %d demands, warm-up %.0f s, phases %.0f s, clients %s, "
                        + "open-loop rates %s, %d cores, %s", resources, demandCount, warmupSeconds, phaseSeconds,
                clientCounts, rates, Runtime.getRuntime().availableProcessors(), Instant.now()));
        deleteTree(dir);
        Files.createDirectories(dir);
        database = EmbeddedMariaDb.start(FreePorts.pick(), dir.resolve("mariadb/base"), dir.resolve("mariadb/data"));
        // Keycloak's unpacked distribution is kept between runs; its own database is not (the realm imports fresh).
        Path keycloakDir = Path.of("target/bench-http-keycloak").toAbsolutePath();
        deleteTree(keycloakDir.resolve("keycloak-" + System.getProperty("keycloak.version", "") + "/data/h2"));
        keycloak = KeycloakServer.start(Path.of(System.getProperty("keycloak.dist.zip")), keycloakDir,
                Path.of(System.getProperty("realm.config.dir")), FreePorts.pick(), UUID.randomUUID().toString());
        int port = FreePorts.pick();
        base = URI.create("http://127.0.0.1:" + port);

        // First start: Flyway creates the schema and the local profile loads the demo catalogue (315 resources).
        startService(port, "first");
        stopService();
        long t0 = System.nanoTime();
        int active = grow(resources);
        log(String.format(Locale.ROOT, "catalogue grown to %,d resources (%,d ACTIVE) in the database in %.1f s",
                resources, active, (System.nanoTime() - t0) / 1e9));
        deleteTree(dir.resolve("index"));
        t0 = System.nanoTime();
        startService(port, "second");
        log(String.format(Locale.ROOT, "service up, search index rebuilt from the database in %.1f s", (System.nanoTime() - t0) / 1e9));

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        renewToken(http);
        List<String> demands = createDemands(http);
        log(demands.size() + " demands submitted by " + CLIENT_ID);
        logSearchTotals(http);
        Load load = new Load(http);
        for (String endpoint : endpoints) {
            LongFunction<HttpRequest> requests = switch (endpoint.trim()) {
                case "me" -> i -> get("/api/v1/me");
                case "search" -> i -> get("/api/v1/resources?limit=20&" + encode(searches[(int) (i % searches.length)]));
                case "match" -> i -> HttpRequest.newBuilder(base.resolve("/api/v1/demands/"
                                + demands.get((int) (i % demands.size())) + "/matches?topN=20"))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.noBody()).build();
                default -> throw new IllegalArgumentException("unknown endpoint " + endpoint);
            };
            renewToken(http);
            phase(endpoint + " warm-up, 4 clients", () -> load.closed(endpoint + " warm-up", 4, warmupSeconds, requests));
            for (int clients : clientCounts) {
                renewToken(http);
                phase(endpoint + " closed, " + clients + " clients",
                        () -> load.closed(endpoint + " closed " + clients + " clients", clients, phaseSeconds, requests));
            }
            renewToken(http);
            double rate = rates.get(endpoint.trim());
            phase(endpoint + " open, " + rate + "/s", () -> load.open(endpoint + " open " + (int) rate + "/s", rate,
                    phaseSeconds, 256, requests));
        }
        Files.write(Path.of("target/bench-http.txt"), report);
        log("figures written to target/bench-http.txt");
    }

    private interface Phase {
        Load.Result run() throws Exception;
    }

    /** Runs one load phase and reports it with the CPU each process used and Keycloak's request count meanwhile. */
    private void phase(String name, Phase phase) throws Exception {
        long servicePid = service.pid();
        long dbPid = databasePid();
        long keycloakPid = keycloak.javaProcess().pid();
        long self = ProcessHandle.current().pid();
        double service0 = ProcessCpu.seconds(servicePid);
        double db0 = ProcessCpu.seconds(dbPid);
        double kc0 = ProcessCpu.seconds(keycloakPid);
        double self0 = ProcessCpu.seconds(self);
        long kcRequests0 = keycloak.requestCount();
        Load.Result result = phase.run();
        long kcRequests = keycloak.requestCount() - kcRequests0;
        double seconds = result.seconds();
        log(result.line());
        log(String.format(Locale.ROOT, "%-34s CPU (cores busy): service %.2f, database %.2f, Keycloak %.2f, load generator %.2f;"
                        + " Keycloak answered %d requests", "", (ProcessCpu.seconds(servicePid) - service0) / seconds,
                (ProcessCpu.seconds(dbPid) - db0) / seconds, (ProcessCpu.seconds(keycloakPid) - kc0) / seconds,
                (ProcessCpu.seconds(self) - self0) / seconds, kcRequests));
    }

    /** How many resources each search matches (exact totals and facets visit every match, so this drives its cost). */
    private void logSearchTotals(HttpClient http) throws IOException, InterruptedException {
        Pattern total = Pattern.compile("\"total\"\\s*:\\s*(\\d+)");
        List<String> totals = new ArrayList<>();
        long sum = 0;
        for (String query : searches) {
            String body = http.send(get("/api/v1/resources?limit=20&" + encode(query)), HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = total.matcher(body);
            long hits = m.find() ? Long.parseLong(m.group(1)) : -1;
            sum += hits;
            totals.add(query + " → " + hits);
        }
        log(String.format(Locale.ROOT, "search queries (matches each): %s; mean %,d", totals, sum / searches.length));
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).GET().build();
    }

    private static String encode(String query) {
        StringBuilder out = new StringBuilder();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(pair, 0, eq + 1).append(URLEncoder.encode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    /** A fresh client-credentials token before each phase (5-minute lifetime), so no phase includes token issuance. */
    private void renewToken(HttpClient http) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(keycloak.tokenUrl()))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials&client_id=" + CLIENT_ID
                        + "&client_secret=" + CLIENT_SECRET)).build();
        String body = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("No token: " + body);
        }
        token = m.group(1);
    }

    /** Demands of the benchmark's partner over the catalogue's types, anywhere in China, with a budget. */
    private List<String> createDemands(HttpClient http) throws Exception {
        List<String> types = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT DISTINCT type_code FROM resources ORDER BY type_code")) {
            while (rs.next()) {
                types.add(rs.getString(1));
            }
        }
        List<String> ids = new ArrayList<>();
        Pattern id = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
        for (int i = 0; i < demandCount; i++) {
            String type = types.get(i % types.size());
            String body = "{\"title\":\"bench demand " + i + "\",\"typeCode\":\"" + type + "\",\"regions\":[\"CN\"],"
                    + "\"budget\":{\"amount\":\"" + (20_000 + 1_000 * (i % 50)) + ".00\",\"currency\":\"CNY\"}}";
            HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/v1/demands"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Idempotency-Key", "bench-" + i).POST(HttpRequest.BodyPublishers.ofString(body)).build();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            Matcher m = id.matcher(response.body());
            if (response.statusCode() != 201 || !m.find()) {
                throw new IllegalStateException("demand " + i + ": " + response.statusCode() + " " + response.body());
            }
            ids.add(m.group(1));
        }
        return ids;
    }

    /**
     * Grows the catalogue to {@code total} resources with copies of the demo catalogue's ACTIVE resources (their names
     * numbered, tags and regions copied, contact data left out), in plain SQL: fast, and read by the service's index
     * rebuild exactly like resources created through the API. Returns the ACTIVE count.
     */
    private int grow(int total) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            int existing = count(s, "SELECT COUNT(*) FROM resources");
            int sources = count(s, "SELECT COUNT(*) FROM resources WHERE status = 'ACTIVE'");
            int needed = total - existing;
            if (needed > 0) {
                int perSource = (needed + sources - 1) / sources;
                s.execute("CREATE TABLE bench_copies (new_id BINARY(16) PRIMARY KEY, src_id BINARY(16) NOT NULL, n INT NOT NULL)");
                s.execute("INSERT INTO bench_copies SELECT UNHEX(REPLACE(UUID(), '-', '')), r.id, q.seq FROM resources r"
                        + " JOIN seq_1_to_" + perSource + " q WHERE r.status = 'ACTIVE' ORDER BY q.seq, r.id LIMIT " + needed);
                s.execute("INSERT INTO resources (id, channel, category_code, type_code, owner_partner_id, name_zh, name_en,"
                        + " description, latitude, longitude, capacity_amount, capacity_unit, price_amount, price_currency,"
                        + " price_unit, available_from, available_to, grade, status, evaluation_score, created_at, updated_at,"
                        + " version) SELECT b.new_id, r.channel, r.category_code, r.type_code, r.owner_partner_id,"
                        + " CONCAT(r.name_zh, ' ', b.n), CONCAT(r.name_en, ' ', b.n), r.description, r.latitude, r.longitude,"
                        + " r.capacity_amount, r.capacity_unit, r.price_amount, r.price_currency, r.price_unit,"
                        + " r.available_from, r.available_to, r.grade, r.status, r.evaluation_score, r.created_at,"
                        + " r.updated_at, 0 FROM bench_copies b JOIN resources r ON r.id = b.src_id");
                s.execute("INSERT INTO resource_tags (resource_id, position, dimension, tag_key, text_value, number_value, unit)"
                        + " SELECT b.new_id, t.position, t.dimension, t.tag_key, t.text_value, t.number_value, t.unit"
                        + " FROM bench_copies b JOIN resource_tags t ON t.resource_id = b.src_id");
                s.execute("INSERT INTO resource_regions (resource_id, region_code) SELECT b.new_id, g.region_code"
                        + " FROM bench_copies b JOIN resource_regions g ON g.resource_id = b.src_id");
                s.execute("DROP TABLE bench_copies");
            }
            return count(s, "SELECT COUNT(*) FROM resources WHERE status = 'ACTIVE'");
        }
    }

    private static int count(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), EmbeddedMariaDb.USERNAME, EmbeddedMariaDb.PASSWORD);
    }

    private long databasePid() {
        return ProcessHandle.current().descendants()
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld")).orElse(false))
                .findFirst().map(ProcessHandle::pid).orElse(-1L);
    }

    /** The packaged service as its own JVM (as in production), local profile, rate limit lifted; waits for its index. */
    private void startService(int port, String name) throws Exception {
        Path log = dir.resolve("service-" + name + ".log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + System.getProperty("bench.service-heap", "2g"),
                "-Dquarkus.profile=local", "-Dquarkus.http.port=" + port,
                "-Dresource-market.search.index-dir=" + dir.resolve("index"),
                "-Dresource-market.rate-limit.requests-per-minute=" + Integer.MAX_VALUE,
                "-Dquarkus.log.category.\"http-problem\".level=WARN",
                "-jar", System.getProperty("service.jar")));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL", database.jdbcUrl());
        builder.environment().put("QUARKUS_DATASOURCE_USERNAME", EmbeddedMariaDb.USERNAME);
        builder.environment().put("QUARKUS_DATASOURCE_PASSWORD", EmbeddedMariaDb.PASSWORD);
        builder.environment().put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloak.realmUrl());
        service = builder.start();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(30));
        while (Instant.now().isBefore(deadline)) {
            if (!service.isAlive()) {
                throw new IllegalStateException("The service exited (" + service.exitValue() + "); see " + log);
            }
            String output = Files.exists(log) ? Files.readString(log) : "";
            if (output.contains("Listening on") && output.contains("Catalogue search index caught up")) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The service's index was not ready in time; see " + log);
    }

    private void stopService() throws InterruptedException {
        if (service != null && service.isAlive()) {
            service.destroy();
            if (!service.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
                service.destroyForcibly().waitFor();
            }
        }
    }

    private void stop() {
        try {
            stopService();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (keycloak != null) {
            keycloak.close();
        }
        if (database != null) {
            database.close();
        }
    }

    private void log(String line) {
        System.out.println("[bench-http] " + line);
        report.add(line);
    }

    private static List<Integer> ints(String csv) {
        List<Integer> out = new ArrayList<>();
        for (String part : csv.split(",")) {
            out.add(Integer.parseInt(part.trim()));
        }
        return out;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
