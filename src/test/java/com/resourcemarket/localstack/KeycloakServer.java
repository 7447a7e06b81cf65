package com.resourcemarket.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * A real Keycloak (the {@code keycloak-quarkus-dist} zip from Maven Central) started as a child process in
 * dev mode with the project's realm imported. Used by the local stack and by the tests, which authenticate
 * with real tokens from it.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "resource-market";
    private static final Duration STARTUP_TIMEOUT = Duration.ofMinutes(4);

    private final Process process;
    private final int httpPort;
    private final int managementPort;
    private final Path logFile;
    private final String adminPassword;

    private KeycloakServer(Process process, int httpPort, int managementPort, Path logFile, String adminPassword) {
        this.process = process;
        this.httpPort = httpPort;
        this.managementPort = managementPort;
        this.logFile = logFile;
        this.adminPassword = adminPassword;
    }

    /**
     * @param distZip   the Keycloak distribution zip
     * @param installDir where it is unpacked (kept between runs; its {@code data/} holds Keycloak's own state)
     * @param realmDir  the folder holding the realm export(s) to import
     */
    public static KeycloakServer start(Path distZip, Path installDir, Path realmDir, int httpPort,
                                       String adminPassword) {
        if (FreePorts.inUse(httpPort)) {
            throw new IllegalStateException("Port " + httpPort + " is already in use: is another Keycloak"
                    + " (or an earlier local stack) still running?");
        }
        Path javaHome = Jdks.findAtLeast(21);
        Path home = unpack(distZip, installDir);
        copyRealms(realmDir, home.resolve("data/import"));
        Path logFile = installDir.resolve("keycloak.log");
        int managementPort = FreePorts.pick();
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + httpPort,
                "--http-management-port=" + managementPort,
                // Keycloak's own request counters (management port): tests and benchmarks prove what the service asks it.
                "--metrics-enabled=true",
                // A fixed front-end URL: tokens carry the same issuer whether fetched through localhost or 127.0.0.1.
                "--hostname=http://localhost:" + httpPort,
                "--import-realm", "--cache=local"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()));
        Map<String, String> env = builder.environment();
        env.put("JAVA_HOME", javaHome.toString());
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        env.put("JAVA_OPTS_APPEND", "-Xms64m -Xmx768m");
        try {
            KeycloakServer server = new KeycloakServer(builder.start(), httpPort, managementPort, logFile, adminPassword);
            server.awaitRealm();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak did not start", e);
        }
    }

    public String baseUrl() {
        return "http://localhost:" + httpPort;
    }

    public String realmUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    public String tokenUrl() {
        return realmUrl() + "/protocol/openid-connect/token";
    }

    public String adminPassword() {
        return adminPassword;
    }

    /** The operating-system process of the Keycloak JVM (for CPU figures): the java process kc.sh runs. */
    public ProcessHandle javaProcess() {
        return process.descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .findFirst().orElse(process.toHandle());
    }

    /**
     * HTTP requests Keycloak has answered on its public port so far, by method and path template, from its own
     * metrics ({@code http_server_requests_seconds_count} on the management port; the scrape itself is not counted).
     */
    public Map<String, Long> requestCounts() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest scrape = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + managementPort + "/metrics"))
                .timeout(Duration.ofSeconds(10)).build();
        String text;
        try {
            text = http.send(scrape, HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read Keycloak's metrics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        Map<String, Long> counts = new java.util.TreeMap<>();
        for (String line : text.split("\n")) {
            if (!line.startsWith("http_server_requests_seconds_count{")) {
                continue;
            }
            String labels = line.substring(line.indexOf('{') + 1, line.lastIndexOf('}'));
            String uri = label(labels, "uri");
            if (uri.startsWith("/metrics") || uri.startsWith("/health")) {
                continue;
            }
            long value = (long) Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            counts.merge(label(labels, "method") + " " + uri + " " + label(labels, "status"), value, Long::sum);
        }
        return counts;
    }

    /** The sum of {@link #requestCounts()}. */
    public long requestCount() {
        return requestCounts().values().stream().mapToLong(Long::longValue).sum();
    }

    private static String label(String labels, String name) {
        String all = "," + labels;
        int at = all.indexOf("," + name + "=\"");
        if (at < 0) {
            return "";
        }
        int from = at + name.length() + 3;
        return all.substring(from, all.indexOf('"', from));
    }

    private void awaitRealm() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited during start-up (exit " + process.exitValue()
                        + "); its log:\n" + tailOfLog());
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep(Duration.ofMillis(500));
        }
        close();
        throw new IllegalStateException("Keycloak was not ready within " + STARTUP_TIMEOUT + "; its log:\n" + tailOfLog());
    }

    private String tailOfLog() {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log at " + logFile + ")";
        }
    }

    /** Stops Keycloak and every process it started; waits for them to be gone. */
    @Override
    public void close() {
        ProcessTrees.destroy(process, Duration.ofSeconds(30));
    }

    private static Path unpack(Path distZip, Path installDir) {
        if (!Files.isRegularFile(distZip)) {
            throw new IllegalStateException("Keycloak distribution not found at " + distZip
                    + " (Maven copies it there in generate-test-resources: run through ./mvnw)");
        }
        try {
            Files.createDirectories(installDir);
            Path marker = installDir.resolve(".unpacked-" + distZip.getFileName() + "-" + Files.size(distZip));
            Path home;
            if (!Files.exists(marker)) {
                try (Stream<Path> old = Files.list(installDir)) {
                    for (Path p : old.filter(p -> p.getFileName().toString().startsWith("keycloak-")).toList()) {
                        deleteTree(p);
                    }
                }
                unzip(distZip, installDir);
                Files.writeString(marker, "unpacked");
            }
            try (Stream<Path> dirs = Files.list(installDir)) {
                home = dirs.filter(p -> Files.isRegularFile(p.resolve("bin/kc.sh"))).findFirst()
                        .orElseThrow(() -> new IllegalStateException("No bin/kc.sh under " + installDir));
            }
            home.resolve("bin/kc.sh").toFile().setExecutable(true);
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack Keycloak into " + installDir, e);
        }
    }

    private static void unzip(Path zip, Path target) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                Path out = target.resolve(entry.getName()).normalize();
                if (!out.startsWith(target)) {
                    throw new IOException("Zip entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(in, out, StandardCopyOption.REPLACE_EXISTING);
                    if (out.toString().endsWith(".sh")) {
                        out.toFile().setExecutable(true);
                    }
                }
            }
        }
    }

    private static void copyRealms(Path realmDir, Path importDir) {
        try (Stream<Path> realms = Files.list(realmDir)) {
            Files.createDirectories(importDir);
            for (Path realm : realms.filter(p -> p.toString().endsWith(".json")).toList()) {
                try (InputStream in = Files.newInputStream(realm)) {
                    Files.copy(in, importDir.resolve(realm.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not copy the realm from " + realmDir, e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
