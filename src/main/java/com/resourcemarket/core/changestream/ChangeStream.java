package com.resourcemarket.core.changestream;

import io.debezium.engine.DebeziumEngine;
import io.debezium.engine.RecordChangeEvent;
import io.debezium.engine.format.ChangeEventFormat;
import io.debezium.embedded.Connect;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.apache.kafka.connect.data.Field;
import org.apache.kafka.connect.data.Struct;
import org.apache.kafka.connect.source.SourceRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one change stream: Debezium's embedded engine reads the database's binlog (MySQL 8.4 in production, the
 * embedded MariaDB locally; ROW format, full row image) and hands every committed change of the tables the
 * {@link ChangeListener}s follow to them, in commit order, on one thread. Every instance runs its own stream, so a
 * change committed on any instance reaches the derived data of all of them.
 * <p>
 * The position lives with the derived data ({@link StreamPositionStore}); it moves on only after the listeners
 * applied a batch, so a crash replays, never skips. A position the database no longer has makes the store rebuild
 * from a snapshot while the stream starts again from the database's current end. Any other failure (database
 * down) restarts the stream from its last applied position with a back-off.
 */
@ApplicationScoped
public class ChangeStream {

    private static final Logger LOG = Logger.getLogger(ChangeStream.class);
    private static final Pattern JDBC_URL = Pattern.compile("^jdbc:(?:mysql|mariadb)://([^:/?,]+)(?::(\\d+))?/([^?]+).*$");
    private static final String ENGINE_NAME = "resource-market-changes";
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    @Inject
    ChangeStreamConfig config;

    @Inject
    Instance<ChangeListener> listeners;

    @Inject
    MeterRegistry meters;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    Optional<String> jdbcUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> datasourceUser;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> datasourcePassword;

    private final AtomicLong appliedChanges = new AtomicLong();
    private final AtomicLong restarts = new AtomicLong();
    private volatile long lagMillis;
    private volatile Instant lastApplied;
    private volatile boolean streaming;
    private volatile boolean stopping;
    private volatile String lastFailure;
    private volatile CountDownLatch started = new CountDownLatch(1);
    private DebeziumEngine<RecordChangeEvent<SourceRecord>> engine;
    private ExecutorService runner;
    private StreamPositionStore store;
    private Path schemaHistory;
    private List<ChangeListener> followers;
    private Set<String> tables;
    private Counter appliedCounter;
    private long serverId;

    /**
     * Starts streaming into {@code store} from its position (from the database's end when it has none).
     * {@code schemaHistory} is the file where Debezium keeps the table structures it decodes rows with.
     */
    public synchronized void start(StreamPositionStore positions, Path schemaHistoryFile) {
        if (!config.enabled() || runner != null) {
            return;
        }
        store = positions;
        schemaHistory = schemaHistoryFile;
        followers = listeners.stream().toList();
        tables = new TreeSet<>();
        followers.forEach(l -> tables.addAll(l.tables()));
        serverId = config.serverId().orElseGet(() -> ThreadLocalRandom.current().nextLong(100_000, Integer.MAX_VALUE));
        appliedCounter = Counter.builder("change_stream_changes_applied").description("Row changes applied from the binlog")
                .register(meters);
        Gauge.builder("change_stream_lag_seconds", this, s -> s.lagMillis / 1000.0)
                .description("Commit-to-applied delay of the last change applied from the binlog").register(meters);
        Gauge.builder("change_stream_streaming", this, s -> s.streaming ? 1 : 0).register(meters);
        Gauge.builder("change_stream_restarts", restarts, AtomicLong::get).register(meters);
        runner = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "change-stream");
            t.setDaemon(true);
            return t;
        });
        StreamOffsets.use(store);
        runner.execute(this::runUntilStopped);
    }

    /** Waits until the stream reads the binlog (its position is then fixed: later commits will be delivered). */
    public boolean awaitStreaming(Duration timeout) throws InterruptedException {
        return started.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean isStreaming() {
        return streaming;
    }

    public boolean isEnabled() {
        return config.enabled();
    }

    /** Delay between a change's commit and its application here, for the last change applied. */
    public Duration lag() {
        return Duration.ofMillis(lagMillis);
    }

    public Optional<Instant> lastApplied() {
        return Optional.ofNullable(lastApplied);
    }

    public long appliedChanges() {
        return appliedChanges.get();
    }

    public Optional<String> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Stops the stream; the position applied so far stays with its store. */
    public void stop() {
        stopping = true;
        closeEngine();
        ExecutorService runner;
        synchronized (this) {
            runner = this.runner;
        }
        if (runner != null) {
            runner.shutdown(); // the engine is closed: its run() returns and the loop sees stopping
            try {
                if (!runner.awaitTermination(15, TimeUnit.SECONDS)) {
                    runner.shutdownNow();
                }
            } catch (InterruptedException e) {
                runner.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    private void runUntilStopped() {
        Duration backoff = Duration.ofMillis(500);
        while (!stopping) {
            String[] failure = new String[1];
            Throwable[] error = new Throwable[1];
            try {
                DebeziumEngine<RecordChangeEvent<SourceRecord>> e = DebeziumEngine.create(ChangeEventFormat.of(Connect.class))
                        .using(properties())
                        .using(new DebeziumEngine.ConnectorCallback() {
                            @Override
                            public void pollingStarted() {
                                streaming = true;
                                started.countDown();
                            }

                            @Override
                            public void pollingStopped() {
                                streaming = false;
                            }
                        })
                        .using((success, message, throwable) -> {
                            if (!success) {
                                failure[0] = message;
                                error[0] = throwable;
                            }
                        })
                        .notifying(this::handleBatch)
                        .build();
                synchronized (this) {
                    engine = e;
                }
                e.run(); // returns when the engine stops: closed by us, or failed
            } catch (RuntimeException e) {
                failure[0] = e.getMessage();
                error[0] = e;
            } finally {
                streaming = false;
                closeEngine();
            }
            if (stopping) {
                return;
            }
            String why = describe(failure[0], error[0]);
            lastFailure = why;
            restarts.incrementAndGet();
            if (positionLost(why)) {
                LOG.warnf("Change stream position is no longer available (%s): rebuilding from a snapshot", why);
                forgetSchemaHistory();
                started = new CountDownLatch(1);
                store.positionLost(why);
                backoff = Duration.ofMillis(500);
            } else {
                LOG.warnf("Change stream stopped (%s); restarting from the last applied position in %d ms", why, backoff.toMillis());
                try {
                    Thread.sleep(backoff.toMillis());
                } catch (InterruptedException ie) {
                    return;
                }
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private synchronized void closeEngine() {
        if (engine != null) {
            try {
                engine.close();
            } catch (IOException | RuntimeException e) {
                LOG.debugf("Closing the change stream engine: %s", e);
            }
            engine = null;
        }
    }

    void handleBatch(List<RecordChangeEvent<SourceRecord>> records,
                     DebeziumEngine.RecordCommitter<RecordChangeEvent<SourceRecord>> committer) throws InterruptedException {
        Map<ChangeListener, List<RowChange>> perListener = new LinkedHashMap<>();
        Instant newest = null;
        int count = 0;
        for (RecordChangeEvent<SourceRecord> event : records) {
            RowChange change = toChange(event.record());
            if (change != null) {
                count++;
                newest = change.committed();
                for (ChangeListener listener : followers) {
                    if (listener.tables().contains(change.table())) {
                        perListener.computeIfAbsent(listener, l -> new ArrayList<>()).add(change);
                    }
                }
            }
        }
        // Applied before the position moves: an exception here stops the engine without committing this batch,
        // and the restart replays it.
        perListener.forEach(ChangeListener::apply);
        for (RecordChangeEvent<SourceRecord> event : records) {
            committer.markProcessed(event);
        }
        committer.markBatchFinished();
        if (count > 0) {
            appliedChanges.addAndGet(count);
            appliedCounter.increment(count);
            Instant now = Instant.now();
            lastApplied = now;
            lagMillis = newest == null ? 0 : Math.max(0, Duration.between(newest, now).toMillis());
        }
    }

    static RowChange toChange(SourceRecord record) {
        if (!(record.value() instanceof Struct value) || value.schema().field("op") == null) {
            return null; // heartbeats, schema changes, transaction markers
        }
        RowChange.Operation operation = switch (value.getString("op")) {
            case "c", "r" -> RowChange.Operation.INSERT;
            case "u" -> RowChange.Operation.UPDATE;
            case "d" -> RowChange.Operation.DELETE;
            default -> null;
        };
        if (operation == null) {
            return null;
        }
        Struct source = value.getStruct("source");
        String table = source.getString("table");
        Long ts = source.getInt64("ts_ms");
        return new RowChange(table, operation, row(value, "before"), row(value, "after"),
                ts == null ? Instant.now() : Instant.ofEpochMilli(ts));
    }

    private static Map<String, Object> row(Struct value, String image) {
        if (value.schema().field(image) == null) {
            return null;
        }
        Struct row = value.getStruct(image);
        if (row == null) {
            return null;
        }
        Map<String, Object> out = new HashMap<>();
        for (Field field : row.schema().fields()) {
            out.put(field.name(), row.get(field));
        }
        return out;
    }

    private Properties properties() {
        String url = jdbcUrl.orElseThrow(() -> new IllegalStateException("quarkus.datasource.jdbc.url is not set"));
        Matcher m = JDBC_URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalStateException("The change stream cannot read the database address from " + url);
        }
        String database = m.group(3);
        Properties p = new Properties();
        p.setProperty("name", ENGINE_NAME);
        p.setProperty("connector.class", config.flavour() == ChangeStreamConfig.Flavour.MARIADB
                ? "io.debezium.connector.mariadb.MariaDbConnector" : "io.debezium.connector.mysql.MySqlConnector");
        p.setProperty("offset.storage", StreamOffsets.class.getName());
        p.setProperty(DebeziumEngine.OFFSET_FLUSH_INTERVAL_MS_PROP, String.valueOf(config.offsetFlushInterval().toMillis()));
        p.setProperty("database.hostname", m.group(1));
        p.setProperty("database.port", m.group(2) == null ? "3306" : m.group(2));
        p.setProperty("database.user", config.username().or(() -> datasourceUser).orElse(""));
        p.setProperty("database.password", config.password().or(() -> datasourcePassword).orElse(""));
        p.setProperty("database.server.id", String.valueOf(serverId));
        config.sslMode().ifPresent(mode -> p.setProperty("database.ssl.mode", mode));
        p.setProperty("topic.prefix", "resource_market");
        p.setProperty("database.include.list", database);
        p.setProperty("table.include.list", String.join(",", tables.stream().map(t -> database + "." + t).toList()));
        // The derived data is rebuilt from the database by its owner; the stream only has to follow from now.
        p.setProperty("snapshot.mode", "no_data");
        p.setProperty("snapshot.locking.mode", "none");
        p.setProperty("schema.history.internal", "io.debezium.storage.file.history.FileSchemaHistory");
        p.setProperty("schema.history.internal.file.filename", schemaHistory.toString());
        p.setProperty("schema.history.internal.store.only.captured.tables.ddl", "true");
        p.setProperty("include.schema.changes", "false");
        p.setProperty("tombstones.on.delete", "false");
        p.setProperty("max.batch.size", String.valueOf(config.maxBatchSize()));
        p.setProperty("max.queue.size", String.valueOf(config.maxBatchSize() * 4));
        p.setProperty("poll.interval.ms", String.valueOf(config.pollInterval().toMillis()));
        p.setProperty("connect.keep.alive", "true");
        p.setProperty("errors.max.retries", "0"); // this class restarts with its own back-off and sees every failure
        return p;
    }

    private static boolean positionLost(String why) {
        String text = why.toLowerCase(java.util.Locale.ROOT);
        return text.contains("no longer available") || text.contains("history topic or its content is fully or partially missing")
                || text.contains("could not find first log file") || text.contains("purged");
    }

    private void forgetSchemaHistory() {
        try {
            Files.deleteIfExists(schemaHistory);
        } catch (IOException e) {
            LOG.warnf("Could not remove %s: %s", schemaHistory, e);
        }
    }

    private static String describe(String message, Throwable error) {
        StringBuilder out = new StringBuilder(message == null ? "stopped" : message);
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t.getMessage() != null && !out.toString().contains(t.getMessage())) {
                out.append(": ").append(t.getMessage());
            }
        }
        return out.toString();
    }
}
