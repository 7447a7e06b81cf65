package com.resourcemarket.core.changestream;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** The change stream's settings ({@code resource-market.change-stream.*}); see {@link ChangeStream}. */
@ConfigMapping(prefix = "resource-market.change-stream")
public interface ChangeStreamConfig {

    /** Which binlog dialect the database speaks: MySQL 8.4 in production, MariaDB for the embedded local stack. */
    enum Flavour { MYSQL, MARIADB }

    @WithDefault("true")
    boolean enabled();

    @WithDefault("MYSQL")
    Flavour flavour();

    /**
     * The replication client id; every instance needs its own. Unset: a random one per start, which is what N
     * identical replicas behind a load balancer want.
     */
    Optional<Long> serverId();

    /** Replication account; defaults to the datasource's (which then needs the replication privileges). */
    Optional<String> username();

    Optional<String> password();

    /** How long the stream waits for new binlog events before it polls again. */
    @WithDefault("PT0.05S")
    Duration pollInterval();

    @WithDefault("2048")
    int maxBatchSize();

    /** How often the applied position is handed to its store (the search index commits it with its content). */
    @WithDefault("PT1S")
    Duration offsetFlushInterval();

    /**
     * TLS of the replication connection, in the connector's own words (MySQL: disabled, preferred, required,
     * verify_ca, verify_identity; MariaDB: disable, trust, verify-ca, verify-full). Unset: the connector's default.
     */
    Optional<String> sslMode();
}
