package com.resourcemarket.commission.bench;

import com.resourcemarket.commission.CommissionFixtures;
import com.resourcemarket.core.time.MarketTime;
import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark (not part of the normal build): ingests {@code bench.events} events (default 1,000,000) through the batch API
 * over real HTTP, 1,000 per request, from {@code bench.clients} concurrent clients; settles the month; exports it (lines
 * and events, CSV and XLSX). Run with {@code ./mvnw -Pbench-commission}; figures go to stdout and
 * {@code target/bench-commission.txt}.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
@EnabledIfSystemProperty(named = "bench.commission", matches = "true")
class CommissionBenchmark {

    static final YearMonth MONTH = YearMonth.of(2025, 3);

    @TestHTTPResource("/")
    URI base;

    @Test
    void ingestSettleExport() throws Exception {
        int total = Integer.getInteger("bench.events", 1_000_000);
        int clients = Integer.getInteger("bench.clients", 4);
        int cooperations = Integer.getInteger("bench.cooperations", 2_000);
        int partners = Integer.getInteger("bench.partners", 100);
        int batch = 1000;
        List<String> report = new ArrayList<>();
        log(report, String.format(Locale.ROOT, "commission benchmark: %,d events, %d clients, %,d cooperations, %d partners, "
                + "%d cores, max heap %d MB", total, clients, cooperations, partners, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20));

        long setupStart = System.nanoTime();
        CommissionFixtures.ensureBase();
        UUID plan = CommissionFixtures.plan(List.of(
                CommissionFixtures.rule(CommissionFixtures.ONLINE, "DEFAULT", null, "GMV", "MARGINAL", List.of(
                        CommissionFixtures.tier("0", "0.05"), CommissionFixtures.tier("100000", "0.07"),
                        CommissionFixtures.tier("400000", "0.10"))),
                CommissionFixtures.rule(CommissionFixtures.OFFLINE, "DEFAULT", null, "ORDER_COUNT", "WHOLE", List.of(
                        CommissionFixtures.tier("0", "0.03"), CommissionFixtures.tier("200", "0.04"),
                        CommissionFixtures.tier("400", "0.05")))));
        List<UUID> partnerIds = new ArrayList<>();
        for (int i = 0; i < partners; i++) {
            partnerIds.add(CommissionFixtures.newPartner("bench-" + i));
        }
        UUID[] coop = new UUID[cooperations];
        UUID[] owner = new UUID[cooperations];
        for (int i = 0; i < cooperations; i++) {
            owner[i] = partnerIds.get(i % partners);
            coop[i] = CommissionFixtures.signed(plan, owner[i]);
        }
        log(report, String.format(Locale.ROOT, "setup (partners, plan, cooperations): %.1f s", (System.nanoTime() - setupStart) / 1e9));

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        URI batchUri = base.resolve("/api/v1/commission/events/batch");
        int requests = (total + batch - 1) / batch;
        AtomicInteger next = new AtomicInteger();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long ingestStart = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                for (int r; (r = next.getAndIncrement()) < requests; ) {
                    String body = body(r, Math.min(batch, total - r * batch), coop, owner);
                    HttpRequest request = HttpRequest.newBuilder(batchUri).timeout(Duration.ofMinutes(2))
                            .header("Authorization", "Bearer " + Tokens.finance()).header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                    long t0 = System.nanoTime();
                    HttpResponse<String> response = send(http, request);
                    latencies.add(System.nanoTime() - t0);
                    if (response.statusCode() != 200) {
                        throw new AssertionError("batch " + r + ": " + response.statusCode() + " " + response.body());
                    }
                }
                return null;
            }));
        }
        for (Future<?> future : futures) {
            future.get();
        }
        pool.shutdown();
        double ingestSeconds = (System.nanoTime() - ingestStart) / 1e9;
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        log(report, String.format(Locale.ROOT, "ingest: %,d events in %.1f s = %,.0f events/s; per request (1,000 events) "
                        + "median %.0f ms, p99 %.0f ms, max %.0f ms", total, ingestSeconds, total / ingestSeconds,
                sorted.get(sorted.size() / 2) / 1e6, sorted.get((int) (sorted.size() * 0.99)) / 1e6,
                sorted.get(sorted.size() - 1) / 1e6));

        long settleStart = System.nanoTime();
        HttpResponse<String> run = send(http, HttpRequest.newBuilder(base.resolve("/api/v1/commission/settlement-runs"))
                .timeout(Duration.ofMinutes(20)).header("Authorization", "Bearer " + Tokens.finance())
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"period\":\"" + MONTH + "\"}"))
                .build());
        double settleSeconds = (System.nanoTime() - settleStart) / 1e9;
        assertThat(run.statusCode()).as(run.body()).isEqualTo(201);
        log(report, String.format(Locale.ROOT, "settlement: %.2f s (%s)", settleSeconds, run.body()));

        for (String query : List.of("level=LINES&format=CSV", "level=LINES&format=XLSX", "level=EVENTS&format=CSV",
                "level=EVENTS&format=XLSX")) {
            long exportStart = System.nanoTime();
            HttpResponse<InputStream> export = http.send(HttpRequest.newBuilder(
                            base.resolve("/api/v1/commission/reports/export?period=" + MONTH + "&" + query))
                    .timeout(Duration.ofMinutes(20)).header("Authorization", "Bearer " + Tokens.finance()).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            long bytes = 0;
            try (InputStream in = export.body()) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    bytes += n;
                }
            }
            assertThat(export.statusCode()).isEqualTo(200);
            log(report, String.format(Locale.ROOT, "export %s: %.2f s, %,d bytes", query, (System.nanoTime() - exportStart) / 1e9, bytes));
        }
        Path out = Path.of("target", "bench-commission.txt");
        Files.writeString(out, String.join("\n", report) + "\n", StandardCharsets.UTF_8);
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Request {@code r}: {@code size} events; one in a hundred refunds half of a sale earlier in the same request. */
    private static String body(int r, int size, UUID[] coop, UUID[] owner) {
        SplittableRandom random = new SplittableRandom(r);
        long monthStart = MONTH.atDay(1).atStartOfDay(MarketTime.ZONE).toInstant().getEpochSecond();
        long monthSeconds = MONTH.lengthOfMonth() * 86_400L - 7_200;
        StringBuilder json = new StringBuilder(size * 260).append("{\"events\":[");
        int lastSaleCoop = -1;
        String lastSaleId = null;
        String lastSaleType = null;
        long lastSaleCents = 0;
        long lastSaleAt = 0;
        for (int i = 0; i < size; i++) {
            String id = "b" + r + "-" + i;
            boolean refund = lastSaleId != null && random.nextInt(100) == 0;
            int c;
            String type;
            long cents;
            long at;
            if (refund) {
                c = lastSaleCoop;
                type = lastSaleType;
                cents = Math.max(1, lastSaleCents / 2);
                at = lastSaleAt + 3_600;
            } else {
                c = random.nextInt(coop.length);
                type = random.nextInt(4) == 0 ? CommissionFixtures.OFFLINE : CommissionFixtures.ONLINE;
                cents = 100 + random.nextLong(2_000_000);
                at = monthStart + random.nextLong(monthSeconds);
            }
            if (i > 0) {
                json.append(',');
            }
            json.append("{\"eventId\":\"").append(id).append("\",\"cooperationId\":\"").append(coop[c])
                    .append("\",\"contributionType\":\"").append(type).append("\",\"amount\":").append(cents / 100).append('.')
                    .append(String.format(Locale.ROOT, "%02d", cents % 100)).append(",\"currency\":\"CNY\",\"occurredAt\":\"")
                    .append(Instant.ofEpochSecond(at)).append("\",\"onBehalfOf\":\"").append(owner[c]).append('"');
            if (refund) {
                json.append(",\"refundOf\":\"").append(lastSaleId).append('"');
                lastSaleId = null;
            } else {
                lastSaleCoop = c;
                lastSaleId = id;
                lastSaleType = type;
                lastSaleCents = cents;
                lastSaleAt = at;
            }
            json.append('}');
        }
        return json.append("]}").toString();
    }

    private static void log(List<String> report, String line) {
        System.out.println("[bench-commission] " + line);
        report.add(line);
    }
}
