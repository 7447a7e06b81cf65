package com.resourcemarket.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;

/**
 * The README's run command ({@code ./mvnw -Plocal}): embedded MariaDB + a real Keycloak with the realm +
 * the packaged service, all on loopback. State lives in {@code .local/} so a restart loses nothing.
 * Ctrl-C (or the service exiting) stops every process this started.
 *
 * <p>Set {@code QUARKUS_DATASOURCE_JDBC_URL} or {@code QUARKUS_OIDC_AUTH_SERVER_URL} to use a real MySQL or
 * Keycloak instead of the embedded ones.
 */
public final class LocalStack {

    private static final int SERVICE_PORT = intSetting("LOCAL_SERVICE_PORT", 8080);
    private static final int KEYCLOAK_PORT = intSetting("LOCAL_KEYCLOAK_PORT", 8180);
    private static final int DB_PORT = intSetting("LOCAL_DB_PORT", 3307);

    private final Deque<AutoCloseable> started = new ArrayDeque<>();

    public static void main(String[] args) throws Exception {
        new LocalStack().run();
    }

    private void run() throws Exception {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "local-stack-shutdown"));
        stopWhenParentDies();
        Path stackDir = Path.of(System.getProperty("local.stack.dir", ".local")).toAbsolutePath().normalize();
        Files.createDirectories(stackDir);
        Map<String, String> serviceEnv = new java.util.HashMap<>();

        if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") == null) {
            say("Starting the embedded MariaDB on port " + DB_PORT + " (data in " + stackDir.resolve("mariadb/data") + ")");
            EmbeddedMariaDb db = EmbeddedMariaDb.start(DB_PORT, stackDir.resolve("mariadb/base"),
                    stackDir.resolve("mariadb/data"));
            started.push(db);
            serviceEnv.put("QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl());
            serviceEnv.put("QUARKUS_DATASOURCE_USERNAME", EmbeddedMariaDb.USERNAME);
            serviceEnv.put("QUARKUS_DATASOURCE_PASSWORD", EmbeddedMariaDb.PASSWORD);
        }
        String keycloakUrl = Optional.ofNullable(System.getenv("QUARKUS_OIDC_AUTH_SERVER_URL")).orElse(null);
        if (keycloakUrl == null) {
            say("Starting Keycloak on port " + KEYCLOAK_PORT + " with the realm from realm-config/ (first start takes a minute)");
            KeycloakServer keycloak = KeycloakServer.start(Path.of(System.getProperty("keycloak.dist.zip")),
                    stackDir.resolve("keycloak"), Path.of(System.getProperty("realm.config.dir")), KEYCLOAK_PORT, "admin");
            started.push(keycloak);
            keycloakUrl = keycloak.realmUrl();
            serviceEnv.put("QUARKUS_OIDC_AUTH_SERVER_URL", keycloakUrl);
        }

        say("Starting the service on port " + SERVICE_PORT);
        if (FreePorts.inUse(SERVICE_PORT)) {
            throw new IllegalStateException("Port " + SERVICE_PORT + " is already in use");
        }
        ProcessBuilder service = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.profile=local", "-Dquarkus.http.port=" + SERVICE_PORT,
                "-Dresource-market.search.index-dir=" + stackDir.resolve("search-index"),
                "-jar", System.getProperty("service.jar"))
                .inheritIO();
        service.environment().putAll(serviceEnv);
        Process process = service.start();
        started.push(() -> ProcessTrees.destroy(process, Duration.ofSeconds(20)));

        awaitReady("http://127.0.0.1:" + SERVICE_PORT + "/q/health/ready", process);
        printWelcome(keycloakUrl);
        int exit = process.waitFor();
        say("The service exited with " + exit + "; stopping the stack.");
        System.exit(exit);
    }

    /**
     * Maven runs this as a child process. Ctrl-C reaches every process of the terminal's foreground group, but if
     * Maven alone is stopped (an IDE's stop button, a kill), the stack must not outlive it.
     */
    private static void stopWhenParentDies() {
        ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
            say("Maven has stopped; stopping the stack.");
            System.exit(130);
        }));
    }

    private static void awaitReady(String url, Process process) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
    }

    private static void printWelcome(String keycloakUrl) {
        String base = "http://localhost:" + SERVICE_PORT;
        say("""

                ================================================================================
                 Resource Market is up.
                   Service       %1$s
                   Swagger UI    %1$s/q/swagger-ui
                   OpenAPI       %1$s/q/openapi
                   Health        %1$s/q/health/ready
                   Console       %1$s/console
                   Keycloak      %2$s   (admin console: admin / admin)

                 Demo logins (password "demo" for every user):
                   manager        resource manager
                   finance        finance (finance2: second approver)
                   admin.user     administrator
                   huadong.buyer  partner 华东家电 Huadong Appliance
                   beautyclip.ops partner Beauty Clip
                 Partner API clients (client-credentials grant):
                   partner-huadong-appliance / dev-partner-huadong-secret
                   partner-beauty-clip       / dev-partner-beautyclip-secret
                 Try:
                   TOKEN=$(curl -s -d grant_type=client_credentials -u partner-huadong-appliance:dev-partner-huadong-secret \\
                     %2$s/protocol/openid-connect/token | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
                   curl -H "Authorization: Bearer $TOKEN" %1$s/api/v1/me
                 Ctrl-C stops everything.
                ================================================================================
                """.formatted(base, keycloakUrl));
    }

    private synchronized void stopAll() {
        while (!started.isEmpty()) {
            try {
                started.pop().close();
            } catch (Exception e) {
                System.err.println("[local-stack] while stopping: " + e.getMessage());
            }
        }
        say("Stopped.");
    }

    private static int intSetting(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.trim());
    }

    private static void say(String message) {
        System.out.println("[local-stack] " + message);
    }
}
