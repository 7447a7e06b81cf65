package com.resourcemarket.cluster;

import com.resourcemarket.localstack.EmbeddedMariaDb;
import com.resourcemarket.localstack.FreePorts;
import com.resourcemarket.testsupport.DemoPartners;
import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two service instances, as behind a load balancer, on one database: what one instance commits is in force on the
 * other within 2 s (search and reference data), also after the other was killed with kill -9 during the changes and
 * started again on its kept index. Runs the packaged service ({@code target/quarkus-app}), so it is an IT.
 */
class TwoInstancesIT {

    private static final Duration WITHIN = Duration.ofSeconds(2);
    private static final int CHANGES = Integer.getInteger("cluster.changes", 200);

    private static Instance a;
    private static Instance b;

    /** One service process. */
    static final class Instance {
        final String name;
        final int port;
        final Path indexDir;
        Process process;

        Instance(String name, Path indexDir) {
            this.name = name;
            this.port = FreePorts.pick();
            this.indexDir = indexDir;
        }

        void start() throws IOException, InterruptedException {
            EmbeddedMariaDb db = LocalStackTestResource.database();
            Path jar = Path.of(System.getProperty("service.jar", "target/quarkus-app/quarkus-run.jar"));
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Dquarkus.profile=test", "-Dquarkus.http.port=" + port,
                    "-Dquarkus.datasource.jdbc.url=" + db.jdbcUrl(),
                    "-Dquarkus.datasource.username=" + EmbeddedMariaDb.USERNAME,
                    "-Dquarkus.datasource.password=" + EmbeddedMariaDb.PASSWORD,
                    "-Dquarkus.oidc.auth-server-url=" + LocalStackTestResource.keycloak().realmUrl(),
                    "-Dresource-market.search.index-dir=" + indexDir,
                    "-Dquarkus.log.file.enabled=false",
                    "-jar", jar.toAbsolutePath().toString());
            pb.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                    Path.of("target", "cluster-" + name + ".log").toFile()));
            process = pb.start();
            awaitReady();
        }

        void kill() throws InterruptedException {
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no final commit
            process.waitFor();
        }

        void stop() throws InterruptedException {
            if (process != null && process.isAlive()) {
                process.destroy();
                process.waitFor();
            }
        }

        RequestSpecification api(String token) {
            return given().port(port).auth().oauth2(token);
        }

        private void awaitReady() throws InterruptedException {
            HttpClient http = HttpClient.newHttpClient();
            long end = System.nanoTime() + Duration.ofMinutes(3).toNanos();
            while (System.nanoTime() < end) {
                assertThat(process.isAlive()).as(name + " is running (see target/cluster-" + name + ".log)").isTrue();
                try {
                    int status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status == 200) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                Thread.sleep(250);
            }
            throw new AssertionError(name + " not ready within 3 minutes");
        }
    }

    @BeforeAll
    static void startTwo() throws Exception {
        Path root = Files.createDirectories(Path.of("target", "cluster").toAbsolutePath());
        a = new Instance("a", Files.createTempDirectory(root, "index-a-"));
        b = new Instance("b", Files.createTempDirectory(root, "index-b-"));
        a.start();
        b.start();
        RestAssured.port = a.port;
        DemoPartners.ensureRegistered();
    }

    @AfterAll
    static void stopBoth() throws InterruptedException {
        if (a != null) {
            a.stop();
        }
        if (b != null) {
            b.stop();
        }
    }

    @Test
    void changesOnOneInstanceAreInForceOnTheOtherWithinTwoSecondsAlsoAfterAKill() throws Exception {
        List<Long> lags = new ArrayList<>();
        List<String> made = new ArrayList<>();
        int killAt = CHANGES / 2;
        int i = 0;
        while (lags.size() < CHANGES) {
            i++;
            String name = "集群 cluster " + System.nanoTime();
            String id = activeResource(name);
            lags.add(until(() -> found(b, name, "ACTIVE").contains(id), "created on A, found on B: " + name));
            made.add(id);
            String renamed = "改名 renamed " + System.nanoTime();
            rename(id, renamed);
            lags.add(until(() -> found(b, renamed, "ACTIVE").contains(id), "renamed on A, found on B"));
            a.api(Tokens.manager()).contentType("application/json").body(Map.of("action", "SUSPEND", "reason", "集群测试 cluster test"))
                    .post("/api/v1/resources/" + id + "/lifecycle").then().statusCode(200);
            lags.add(until(() -> !found(b, renamed, "ACTIVE").contains(id), "suspended on A, not an ACTIVE hit on B"));
            if (i % 4 == 0) {
                deleteInDatabase(id);
                lags.add(until(() -> !found(b, renamed, null).contains(id), "deleted, gone on B"));
            }
            if (i == killAt / 4) {
                b.kill();
                // changes while B is down: B must pick them up from its kept position, not miss them
                List<String> whileDown = new ArrayList<>();
                for (int k = 0; k < 5; k++) {
                    String downName = "停机期间 while-down " + System.nanoTime();
                    whileDown.add(activeResource(downName));
                    whileDown.add(downName);
                }
                b.start();
                for (int k = 0; k < whileDown.size(); k += 2) {
                    String downId = whileDown.get(k);
                    String downName = whileDown.get(k + 1);
                    until(() -> found(b, downName, "ACTIVE").contains(downId), "made while B was down, found after its restart");
                }
            }
        }
        lags.sort(Long::compare);
        long p50 = lags.get(lags.size() / 2);
        long p99 = lags.get((int) Math.ceil(lags.size() * 0.99) - 1);
        System.out.printf("TwoInstancesIT: %d changes, visible on B after p50 %d ms, p99 %d ms, max %d ms%n",
                lags.size(), p50, p99, lags.get(lags.size() - 1));
        assertThat(p99).as("p99 of A-to-B visibility (ms)").isLessThanOrEqualTo(WITHIN.toMillis());
    }

    @Test
    void referenceDataChangedOnOneInstanceIsInForceOnTheOther() throws Exception {
        String key = "cluster_tag_" + Long.toString(System.nanoTime(), 36);
        a.api(Tokens.manager()).contentType("application/json")
                .body(Map.of("dimension", "ATTRIBUTE", "key", key, "labelZh", "集群标签", "labelEn", "Cluster tag", "valueKind", "FLAG"))
                .post("/api/v1/tags").then().statusCode(201);
        assertThat((String) b.api(Tokens.manager()).get("/api/v1/tags/" + key).then().statusCode(200).extract().path("labelZh"))
                .isEqualTo("集群标签"); // B reads it once: its dictionary cache now holds the old label
        Map<String, Object> update = new HashMap<>(Map.of("dimension", "ATTRIBUTE", "labelZh", "集群标签改", "labelEn", "Cluster tag 2",
                "valueKind", "FLAG", "version", 0));
        a.api(Tokens.manager()).contentType("application/json").body(update).put("/api/v1/tags/" + key).then().statusCode(200);
        long lag = until(() -> "集群标签改".equals(b.api(Tokens.manager()).get("/api/v1/tags/" + key).then().extract().path("labelZh")),
                "the tag's new label on B");
        assertThat(lag).isLessThanOrEqualTo(WITHIN.toMillis());
    }

    @Test
    void aReverseMatchIsNotifiedOnceNotOncePerInstance() throws Exception {
        UUID partner = UUID.randomUUID();
        DemoPartners.register(partner.toString(), "集群通知" + partner.toString().substring(0, 8), "Cluster notice " + partner, "BRAND");
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        try {
            a.api(Tokens.admin()).contentType("application/json")
                    .body(Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "eventTypes", List.of("MATCH_FOUND")))
                    .post("/api/v1/partners/" + partner + "/webhooks").then().statusCode(201);
            long followers = 300_000_000L + System.nanoTime() % 100_000_000L;
            Map<String, Object> demand = new HashMap<>();
            demand.put("title", "集群反向匹配 cluster reverse match " + followers);
            demand.put("typeCode", "online.digital-marketing.content-platform");
            demand.put("regions", List.of("CN"));
            demand.put("mustHave", List.of(Map.of("key", "followers", "operator", "EQ", "value", followers)));
            demand.put("partnerId", partner.toString());
            a.api(Tokens.manager()).contentType("application/json").header("Idempotency-Key", "c-" + UUID.randomUUID())
                    .body(demand).post("/api/v1/demands").then().statusCode(201);

            String id = activeResource("集群反向 reverse " + followers, Map.of("key", "followers", "numberValue", followers));
            until(() -> received.stream().anyMatch(body -> body.contains(id)), "MATCH_FOUND delivered for the new resource");
            Thread.sleep(3_000); // both instances have seen the change by now (p99 well under 2 s): nothing more may come
            assertThat(received.stream().filter(body -> body.contains(id)).count()).as("MATCH_FOUND deliveries").isEqualTo(1);
        } finally {
            receiver.stop(0);
        }
    }

    private static String activeResource(String name) {
        return activeResource(name, Map.of("key", "followers", "numberValue", 500_000));
    }

    private static String activeResource(String name, Map<String, Object> tag) {
        Map<String, Object> body = new HashMap<>();
        body.put("typeCode", "online.digital-marketing.content-platform");
        body.put("nameZh", name);
        body.put("nameEn", name);
        body.put("regions", List.of("CN"));
        body.put("description", "集群测试 cluster test");
        body.put("capacity", Map.of("amount", 1_000_000, "unit", "audience"));
        body.put("price", Map.of("amount", "9000.00", "currency", "CNY", "unit", "campaign"));
        body.put("tags", List.of(Map.of("key", "beauty"), Map.of("key", "short_video_platform"), tag));
        String id = a.api(Tokens.beautyClipClient()).contentType("application/json").body(body).post("/api/v1/resources")
                .then().statusCode(201).extract().path("id");
        a.api(Tokens.beautyClipClient()).contentType("application/json").body(Map.of("action", "SUBMIT"))
                .post("/api/v1/resources/" + id + "/lifecycle").then().statusCode(200);
        a.api(Tokens.manager()).contentType("application/json").body(Map.of("action", "APPROVE"))
                .post("/api/v1/resources/" + id + "/lifecycle").then().statusCode(200);
        return id;
    }

    private static void rename(String id, String name) {
        JsonPath current = a.api(Tokens.manager()).get("/api/v1/resources/" + id).then().statusCode(200).extract().jsonPath();
        Map<String, Object> body = new HashMap<>();
        body.put("typeCode", current.getString("typeCode"));
        body.put("nameZh", name);
        body.put("nameEn", name);
        body.put("regions", current.getList("regions"));
        body.put("description", current.getString("description"));
        body.put("capacity", current.getMap("capacity"));
        body.put("price", current.getMap("price"));
        body.put("tags", current.getList("tags").stream().map(t -> {
            Map<?, ?> tag = (Map<?, ?>) t;
            Map<String, Object> input = new HashMap<>();
            input.put("key", tag.get("key"));
            if (tag.get("numberValue") != null) {
                input.put("numberValue", tag.get("numberValue"));
            }
            return input;
        }).toList());
        body.put("version", current.getLong("version"));
        a.api(Tokens.manager()).contentType("application/json").body(body).put("/api/v1/resources/" + id).then().statusCode(200);
    }

    private static List<String> found(Instance on, String text, String status) {
        RequestSpecification request = on.api(Tokens.manager()).queryParam("q", text);
        if (status != null) {
            request.queryParam("status", status);
        }
        return request.get("/api/v1/resources").then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }

    private static void deleteInDatabase(String id) throws Exception {
        EmbeddedMariaDb db = LocalStackTestResource.database();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USERNAME, EmbeddedMariaDb.PASSWORD);
             PreparedStatement s = c.prepareStatement("DELETE FROM resources WHERE id = UNHEX(REPLACE(?, '-', ''))")) {
            s.setString(1, id);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }
    }

    /** Milliseconds until the condition holds; fails after 10 s (the bar is checked on the distribution). */
    private static long until(BooleanSupplier condition, String what) throws InterruptedException {
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(10).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Not within 10 s: " + what);
            }
            Thread.sleep(10);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }
}
