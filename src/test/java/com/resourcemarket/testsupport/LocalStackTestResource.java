package com.resourcemarket.testsupport;

import com.resourcemarket.localstack.EmbeddedMariaDb;
import com.resourcemarket.localstack.FreePorts;
import com.resourcemarket.localstack.KeycloakServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

/**
 * Starts, once per test JVM, the real parts the tests talk to: an embedded MariaDB with a fresh schema and a
 * real Keycloak with the project's realm. Both stop when the JVM ends.
 */
public class LocalStackTestResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedMariaDb database;
    private static KeycloakServer keycloak;

    public static synchronized KeycloakServer keycloak() {
        startOnce();
        return keycloak;
    }

    public static synchronized EmbeddedMariaDb database() {
        startOnce();
        return database;
    }

    private static void startOnce() {
        if (keycloak != null) {
            return;
        }
        Path target = Path.of("target").toAbsolutePath();
        try {
            Path dbBase = Files.createDirectories(target.resolve("test-mariadb"));
            database = EmbeddedMariaDb.start(FreePorts.pick(), dbBase.resolve("base"),
                    Files.createTempDirectory(dbBase, "data-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path keycloakDir = target.resolve("test-keycloak");
        try {
            // A fresh Keycloak database each run, so the realm is imported as committed.
            Path h2 = keycloakDir.resolve("keycloak-" + System.getProperty("keycloak.version", "") + "/data/h2");
            deleteIfExists(h2);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        keycloak = KeycloakServer.start(Path.of(System.getProperty("keycloak.dist.zip")), keycloakDir,
                Path.of(System.getProperty("realm.config.dir")), FreePorts.pick(), UUID.randomUUID().toString());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            keycloak.close();
            database.close();
        }, "test-stack-shutdown"));
    }

    @Override
    public Map<String, String> start() {
        startOnce();
        return Map.of(
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", EmbeddedMariaDb.USERNAME,
                "quarkus.datasource.password", EmbeddedMariaDb.PASSWORD,
                "quarkus.oidc.auth-server-url", keycloak.realmUrl());
    }

    @Override
    public void stop() {
        // Kept for the whole JVM: several Quarkus test profiles may share it. The shutdown hook stops it.
    }

    private static void deleteIfExists(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
