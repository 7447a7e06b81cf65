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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * The README's run command ({@code ./mvnw -Plocal}): embedded MariaDB + a real Keycloak with the realm +
 * the packaged service, all on loopback. State lives in {@code .local/} so a restart loses nothing, however the
 * stack was stopped (see {@link EmbeddedMariaDb}). Ctrl-C (or the service exiting) stops every process this started;
 * the database dying while the stack runs is noticed and the database restarted on the same data.
 *
 * <p>Set {@code QUARKUS_DATASOURCE_JDBC_URL} or {@code QUARKUS_OIDC_AUTH_SERVER_URL} to use a real MySQL or
 * Keycloak instead of the embedded ones.
 */
public final class LocalStack {

    private static final int SERVICE_PORT = intSetting("LOCAL_SERVICE_PORT", 8080);
    private static final int KEYCLOAK_PORT = intSetting("LOCAL_KEYCLOAK_PORT", 8180);
    private static final int DB_PORT = intSetting("LOCAL_DB_PORT", 3307);

    private static final int MAX_DB_RESTARTS = 3;

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private volatile boolean stopping;

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
            watch(db, 0);
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
        if (stopping) {
            return; // the shutdown hook stopped the service; it finishes stopping the rest
        }
        say("The service exited with " + exit + "; stopping the stack.");
        System.exit(exit);
    }

    /**
     * If mariadbd dies while the stack runs (crash, kill, out of memory), say so and start it again on the same data
     * directory and port: InnoDB recovers every committed row, and the service's connection pool reconnects (its
     * readiness check is DOWN meanwhile). After {@link #MAX_DB_RESTARTS} restarts the stack stops instead, since
     * something is wrong with the database itself.
     */
    private void watch(EmbeddedMariaDb db, int restarts) {
        // A moment's delay: Ctrl-C reaches mariadbd as well as this JVM, and its exit may be seen before the shutdown
        // hook has set stopping; a real crash can wait a second for its restart.
        db.unexpectedExit().thenAcceptAsync(code -> {
            if (stopping) {
                return;
            }
            say("The embedded MariaDB (port " + db.port() + ") died unexpectedly (exit " + code + "); its log: "
                    + db.logFile());
            if (restarts >= MAX_DB_RESTARTS) {
                say("It died " + (restarts + 1) + " times; stopping the stack. The data in " + db.dataDir()
                        + " is kept; read its log, then run ./mvnw -Plocal again.");
                System.exit(1);
            }
            say("Restarting it on the same data (" + db.dataDir() + "); the service's /q/health/ready is DOWN until"
                    + " it is back.");
            try {
                db.restart();
                say("The embedded MariaDB is back (pid " + db.pid() + ").");
                watch(db, restarts + 1);
            } catch (RuntimeException e) {
                if (!stopping) {
                    say("The embedded MariaDB did not restart: " + e.getMessage() + "\nStopping the stack; the data in "
                            + db.dataDir() + " is kept.");
                    System.exit(1);
                }
            }
        }, CompletableFuture.delayedExecutor(1, TimeUnit.SECONDS));
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

    private void stopAll() {
        stopping = true; // first, before anything waits on a lock: the database watcher must not restart it now
        stopStarted();
    }

    private synchronized void stopStarted() {
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
