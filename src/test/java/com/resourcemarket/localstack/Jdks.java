package com.resourcemarket.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds a JDK of at least a given feature version. Keycloak 26 needs Java 21+, while the service
 * itself builds and runs on Java 17, so the local tooling has to look for a second JDK.
 */
public final class Jdks {

    private static final Pattern JAVA_VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)[^\"]*\"", Pattern.MULTILINE);

    private Jdks() {
    }

    /**
     * Order: an explicit path ({@code keycloak.java.home} property or {@code KEYCLOAK_JAVA_HOME}), the JVM
     * running this code, {@code JAVA_HOME}, then the usual installation folders.
     */
    public static Path findAtLeast(int featureVersion) {
        Optional<Path> configured = explicit().map(Jdks::normaliseHome);
        if (configured.isPresent()) {
            if (featureVersionOf(configured.get()).orElse(0) < featureVersion) {
                throw new IllegalStateException("The JDK configured for Keycloak at " + configured.get()
                        + " is not a Java " + featureVersion + "+ JDK.");
            }
            return configured.get();
        }
        List<Path> candidates = new ArrayList<>();
        candidates.add(Path.of(System.getProperty("java.home")));
        Optional.ofNullable(System.getenv("JAVA_HOME")).map(Path::of).ifPresent(candidates::add);
        for (String root : List.of("/usr/lib/jvm", "/usr/java", "/opt/java", "/opt",
                System.getProperty("user.home") + "/.sdkman/candidates/java",
                System.getProperty("user.home") + "/.jdks",
                "/Library/Java/JavaVirtualMachines")) {
            candidates.addAll(childrenOf(Path.of(root)));
        }
        return candidates.stream()
                .map(Jdks::normaliseHome)
                .filter(home -> featureVersionOf(home).orElse(0) >= featureVersion)
                .filter(home -> Files.isExecutable(home.resolve("bin/java")))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("""
                        Keycloak needs a JDK %d or newer and none was found.
                        Install one (for example: apt-get install openjdk-21-jdk-headless, or a Temurin 21/25 JDK)
                        or point KEYCLOAK_JAVA_HOME (or -Dkeycloak.java.home) at it.""".formatted(featureVersion)));
    }

    private static Optional<Path> explicit() {
        String configured = System.getProperty("keycloak.java.home", System.getenv("KEYCLOAK_JAVA_HOME"));
        return Optional.ofNullable(configured).filter(s -> !s.isBlank()).map(Path::of);
    }

    private static Path normaliseHome(Path home) {
        Path macHome = home.resolve("Contents/Home");
        return Files.isDirectory(macHome) ? macHome : home;
    }

    static Optional<Integer> featureVersionOf(Path home) {
        Path release = normaliseHome(home).resolve("release");
        if (!Files.isRegularFile(release)) {
            return Optional.empty();
        }
        try {
            Matcher matcher = JAVA_VERSION.matcher(Files.readString(release));
            return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static List<Path> childrenOf(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
