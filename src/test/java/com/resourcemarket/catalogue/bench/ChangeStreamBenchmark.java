package com.resourcemarket.catalogue.bench;

import com.resourcemarket.catalogue.search.CatalogueQuery;
import com.resourcemarket.catalogue.search.CatalogueSearch;
import com.resourcemarket.core.changestream.ChangeStream;
import com.resourcemarket.localstack.EmbeddedMariaDb;
import com.resourcemarket.testsupport.DemoPartners;
import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark (not part of the normal build; {@code ./mvnw -Pbench-stream}): how fast one instance applies resource
 * changes from the binlog, and the commit-to-searchable lag while changes arrive at a steady rate and searches run.
 * Rows are written straight to MySQL (as other instances would), so the figures are the stream's alone. Figures go to
 * stdout and {@code target/bench-stream.txt}.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
@EnabledIfSystemProperty(named = "bench.stream", matches = "true")
class ChangeStreamBenchmark {

    @Inject
    CatalogueSearch search;

    @Inject
    ChangeStream stream;

    @Test
    void applyRateAndLag() throws Exception {
        int bulk = Integer.getInteger("bench.bulk", 50_000);
        int rate = Integer.getInteger("bench.rate", 500);
        int seconds = Integer.getInteger("bench.seconds", 30);
        assertThat(search.awaitCaughtUp(Duration.ofMinutes(2))).isTrue();
        DemoPartners.ensureRegistered();
        StringBuilder report = new StringBuilder();
        EmbeddedMariaDb db = LocalStackTestResource.database();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl() + "&rewriteBatchedStatements=true",
                EmbeddedMariaDb.USERNAME, EmbeddedMariaDb.PASSWORD)) {
            c.setAutoCommit(false);
            // 1. throughput: bulk inserts in transactions of 1,000 resources (+1 tag and 1 region row each)
            List<UUID> ids = new ArrayList<>(bulk);
            int before = search.index().count();
            long started = System.nanoTime();
            for (int from = 0; from < bulk; from += 1_000) {
                insert(c, Math.min(1_000, bulk - from), ids);
            }
            long written = System.nanoTime();
            while (search.index().count() < before + bulk) {
                Thread.sleep(5);
            }
            long applied = System.nanoTime();
            double seconds1 = (applied - started) / 1e9;
            report.append(String.format(Locale.ROOT, "bulk: %,d new resources (3 rows each) written in %.2f s, all searchable after %.2f s: "
                    + "%,.0f resources/s applied (%,.0f row changes/s)%n", bulk, (written - started) / 1e9, seconds1,
                    bulk / seconds1, bulk * 3 / seconds1));

            // 2. updates: one row per resource, in transactions of 1,000
            long updStart = System.nanoTime();
            String marker = "批量更新" + Long.toString(System.nanoTime(), 36);
            try (PreparedStatement s = c.prepareStatement("UPDATE resources SET name_en = ?, updated_at = ?, version = version + 1 WHERE id = ?")) {
                int n = 0;
                for (UUID id : ids) {
                    s.setString(1, marker + " " + n);
                    s.setTimestamp(2, Timestamp.from(Instant.now()));
                    s.setBytes(3, bytes(id));
                    s.addBatch();
                    if (++n % 1_000 == 0) {
                        s.executeBatch();
                        c.commit();
                    }
                }
                s.executeBatch();
                c.commit();
            }
            UUID lastId = ids.get(ids.size() - 1);
            String lastName = marker + " " + (ids.size() - 1);
            while (!found(lastName, lastId)) {
                Thread.sleep(5);
            }
            double seconds2 = (System.nanoTime() - updStart) / 1e9;
            report.append(String.format(Locale.ROOT, "updates: %,d resource updates applied in %.2f s: %,.0f changes/s%n",
                    ids.size(), seconds2, ids.size() / seconds2));
        }

        // 3. lag at a steady rate, while searches run on this instance
        List<Long> lags = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong searches = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        pool.execute(() -> {
            while (running.get()) {
                search.search(CatalogueQuery.builder().text("美妆").limit(20).build());
                searches.incrementAndGet();
            }
        });
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USERNAME, EmbeddedMariaDb.PASSWORD)) {
            List<UUID> steady = new ArrayList<>();
            c.setAutoCommit(false);
            insert(c, 1_000, steady);
            c.setAutoCommit(true);
            Thread.sleep(3_000); // let the stream apply them before the clock starts
            long periodNanos = 1_000_000_000L / rate;
            long next = System.nanoTime();
            long end = next + Duration.ofSeconds(seconds).toNanos();
            int n = 0;
            try (PreparedStatement s = c.prepareStatement("UPDATE resources SET name_en = ?, updated_at = ?, version = version + 1 WHERE id = ?")) {
                while (System.nanoTime() < end) {
                    UUID id = steady.get(n % steady.size());
                    String name = "steady" + n + "x" + Long.toString(System.nanoTime(), 36);
                    s.setString(1, name);
                    s.setTimestamp(2, Timestamp.from(Instant.now()));
                    s.setBytes(3, bytes(id));
                    s.executeUpdate(); // autocommit: one transaction per change
                    if (n % 25 == 0) {
                        long committed = System.nanoTime();
                        pool.execute(() -> {
                            try {
                                while (!found(name, id)) {
                                    Thread.sleep(1);
                                }
                                lags.add((System.nanoTime() - committed) / 1_000_000);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        });
                    }
                    n++;
                    next += periodNanos;
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        TimeUnit.NANOSECONDS.sleep(wait);
                    }
                }
            }
            Thread.sleep(3_000);
            running.set(false);
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.SECONDS);
            List<Long> sorted = new ArrayList<>(lags);
            Collections.sort(sorted);
            report.append(String.format(Locale.ROOT, "steady: %,d changes at %d/s for %d s (one transaction each), %,d searches meanwhile; "
                            + "commit-to-searchable lag over %d probes: p50 %d ms, p99 %d ms, max %d ms%n",
                    n, rate, seconds, searches.get(), sorted.size(), sorted.get(sorted.size() / 2),
                    sorted.get((int) Math.ceil(sorted.size() * 0.99) - 1), sorted.get(sorted.size() - 1)));
        }
        report.append(String.format(Locale.ROOT, "index: %,d documents; %,d row changes applied by the stream in all%n",
                search.index().count(), stream.appliedChanges()));
        System.out.println(report);
        Files.writeString(Path.of("target", "bench-stream.txt"), report.toString(), StandardCharsets.UTF_8);
    }

    private boolean found(String nameEn, UUID id) {
        return search.search(CatalogueQuery.builder().text(nameEn).limit(5).build()).hits().stream().anyMatch(h -> h.id().equals(id));
    }

    private static void insert(Connection c, int count, List<UUID> ids) throws Exception {
        Timestamp now = Timestamp.from(Instant.now());
        try (PreparedStatement r = c.prepareStatement("INSERT INTO resources (id, channel, category_code, type_code, owner_partner_id,"
                + " name_zh, name_en, description, status, grade, evaluation_score, created_at, updated_at, version)"
                + " VALUES (?, 'ONLINE', 'online.digital-marketing', 'online.digital-marketing.content-platform', ?, ?, ?, ?,"
                + " 'ACTIVE', 'BASIC', 70.00, ?, ?, 0)");
             PreparedStatement t = c.prepareStatement("INSERT INTO resource_tags (resource_id, position, dimension, tag_key)"
                     + " VALUES (?, 0, 'INDUSTRY', 'beauty')");
             PreparedStatement g = c.prepareStatement("INSERT INTO resource_regions (resource_id, region_code) VALUES (?, 'CN')")) {
            byte[] owner = bytes(UUID.fromString(Tokens.BEAUTY_CLIP_PARTNER_ID));
            for (int i = 0; i < count; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id);
                r.setBytes(1, bytes(id));
                r.setBytes(2, owner);
                r.setString(3, "流基准 " + id);
                r.setString(4, "Stream bench " + id);
                r.setString(5, "美妆 beauty");
                r.setTimestamp(6, now);
                r.setTimestamp(7, now);
                r.addBatch();
                t.setBytes(1, bytes(id));
                t.addBatch();
                g.setBytes(1, bytes(id));
                g.addBatch();
            }
            r.executeBatch();
            t.executeBatch();
            g.executeBatch();
            c.commit();
        }
    }

    private static byte[] bytes(UUID id) {
        return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
    }
}
