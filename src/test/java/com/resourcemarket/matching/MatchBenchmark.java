package com.resourcemarket.matching;

import com.resourcemarket.catalogue.search.CatalogueIndex;
import com.resourcemarket.catalogue.search.ResourceDocument;
import com.resourcemarket.catalogue.search.TagValue;
import com.resourcemarket.localstack.EmbeddedMariaDb;
import com.resourcemarket.localstack.FreePorts;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

/**
 * Matching engine benchmark (issue 4): 1,000,000 synthetic resources in the Lucene catalogue index, 10,000 varied
 * demands matched top-20 in process; in the same run the same resources in the embedded MariaDB and a sample of the
 * same demands answered by the plain SQL a user would write (WHERE over resources + regions + tags, ORDER BY a
 * score expression, LIMIT 20). Run with {@code ./mvnw -Pbench-match}; figures go to docs/benchmarks.md by hand.
 * Options: -Dbench.resources, -Dbench.demands, -Dbench.warmup, -Dbench.sql-sample, -Dbench.sql=false.
 */
public final class MatchBenchmark {

    record City(String code, String province, String area, double lat, double lon) {}

    static final City[] CITIES = {
            new City("310000", "310000", "EAST_CHINA", 31.2304, 121.4737),
            new City("110000", "110000", "NORTH_CHINA", 39.9042, 116.4074),
            new City("330100", "330000", "EAST_CHINA", 30.2741, 120.1551),
            new City("320100", "320000", "EAST_CHINA", 32.0603, 118.7969),
            new City("440100", "440000", "SOUTH_CHINA", 23.1291, 113.2644),
            new City("440300", "440000", "SOUTH_CHINA", 22.5431, 114.0579),
            new City("510100", "510000", "SOUTHWEST_CHINA", 30.5728, 104.0668),
            new City("500000", "500000", "SOUTHWEST_CHINA", 29.5630, 106.5516),
            new City("420100", "420000", "CENTRAL_CHINA", 30.5928, 114.3055),
            new City("610100", "610000", "NORTHWEST_CHINA", 34.3416, 108.9398),
            new City("120000", "120000", "NORTH_CHINA", 39.3434, 117.3616),
            new City("370200", "370000", "EAST_CHINA", 36.0671, 120.3826),
            new City("210100", "210000", "NORTHEAST_CHINA", 41.8057, 123.4315),
            new City("430100", "430000", "CENTRAL_CHINA", 28.2282, 112.9388),
            new City("350200", "350000", "EAST_CHINA", 24.4798, 118.0894),
            new City("530100", "530000", "SOUTHWEST_CHINA", 25.0389, 102.7183),
    };

    /** channel, category, type, Chinese noun, English noun */
    static final String[][] TYPES = {
            {"ONLINE", "online.digital-marketing", "online.digital-marketing.content-platform", "短视频达人账号", "short-video account"},
            {"ONLINE", "online.digital-marketing", "online.digital-marketing.traffic-tool", "信息流广告", "feed ads"},
            {"ONLINE", "online.digital-marketing", "online.digital-marketing.data-service", "人群数据服务", "audience data"},
            {"ONLINE", "online.e-commerce", "online.e-commerce.comprehensive", "电商店铺推荐位", "store placement"},
            {"ONLINE", "online.e-commerce", "online.e-commerce.social-commerce", "直播带货间", "live-stream room"},
            {"ONLINE", "online.technical-service", "online.technical-service.saas", "营销自动化工具", "marketing SaaS"},
            {"OFFLINE", "offline.physical-channel", "offline.physical-channel.retail-terminal", "连锁门店货架", "retail shelf"},
            {"OFFLINE", "offline.physical-channel", "offline.physical-channel.industrial-park", "产业园区展示厅", "park showroom"},
            {"OFFLINE", "offline.physical-channel", "offline.physical-channel.exhibition-event", "展会标准展位", "fair booth"},
            {"OFFLINE", "offline.service", "offline.service.supply-chain", "物流仓储中心", "warehouse"},
            {"OFFLINE", "offline.scenario", "offline.scenario.experience-space", "品牌快闪空间", "pop-up space"},
            {"OFFLINE", "offline.scenario", "offline.scenario.community-space", "社群沙龙场地", "salon venue"},
    };
    static final String[] INDUSTRIES = {"beauty", "appliance", "food", "fashion", "auto", "mother_baby", "education", "travel"};
    /** numeric tags: key, dimension, low, high */
    static final Object[][] NUMBERS = {
            {"followers", "VALUE", 1_000.0, 5_000_000.0},
            {"daily_footfall", "VALUE", 50.0, 20_000.0},
            {"store_area_m2", "ATTRIBUTE", 20.0, 5_000.0},
            {"female_audience_share", "ATTRIBUTE", 10.0, 95.0},
            {"avg_conversion_rate", "VALUE", 0.5, 12.0},
            {"cities_covered", "ATTRIBUTE", 1.0, 120.0},
    };
    static final String[] FLAGS = {"exclusive_rights", "supermarket_chain", "live_streaming", "cold_chain", "own_warehouse",
            "private_domain", "weekend_traffic", "bilingual_staff"};
    static final String[] GRADES = {"CORE", "IMPORTANT", "BASIC", "BASIC", "IMPORTANT", "BASIC", "BASIC", null, "BASIC", "IMPORTANT"};
    static final LocalDate BASE = LocalDate.of(2026, 1, 1);
    static final Instant UPDATED = Instant.parse("2026-11-01T00:00:00Z");

    public static void main(String[] args) throws Exception {
        int resources = Integer.getInteger("bench.resources", 1_000_000);
        int demandCount = Integer.getInteger("bench.demands", 10_000);
        int warmup = Integer.getInteger("bench.warmup", 10_000); // one pass over the demands: the JIT at steady state
        int sqlSample = Integer.getInteger("bench.sql-sample", 200);
        boolean sql = Boolean.parseBoolean(System.getProperty("bench.sql", "true"));
        Path work = Path.of(System.getProperty("bench.dir", "target/bench-match"));
        deleteTree(work);
        Files.createDirectories(work);
        int owners = Math.max(100, resources / 200);

        say("JVM: %s %s, %d cores, max heap %,d MiB; load average %.2f", System.getProperty("java.vm.name"),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        try (CatalogueIndex index = CatalogueIndex.open(work.resolve("index"))) {
            long t0 = System.nanoTime();
            long indexed = index.rebuild(IntStream.range(0, resources).mapToObj(i -> resource(i, owners)));
            index.refresh();
            double buildS = (System.nanoTime() - t0) / 1e9;
            say("Index build: %,d resources in %.1f s (%,.0f docs/s); %,d MiB on disk", indexed, buildS, indexed / buildS,
                    size(work.resolve("index")) >> 20);

            List<MatchRequest> demands = IntStream.range(0, demandCount).mapToObj(i -> demand(i, owners)).toList();
            // each demander's cooperation history with a few owners, as the cooperation feature would list it
            List<HistoryLookup> histories = demands.stream().map(d -> history(d, owners)).toList();
            MatchingEngine engine = new MatchingEngine();
            int totalResults = index.withSearcher(searcher -> {
                int n = 0;
                for (int i = 0; i < warmup; i++) {
                    n += engine.match(searcher, demands.get(i % demands.size()), histories.get(i % demands.size())).size();
                }
                return n;
            });
            System.gc();
            Thread.sleep(200);
            System.gc();
            var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            say("Heap used after GC (index open, searcher live, after warm-up): %,d MiB (committed %,d MiB); warm-up results %,d",
                    heap.getUsed() >> 20, heap.getCommitted() >> 20, totalResults);

            long[] nanos = new long[demands.size()];
            int[] sizes = new int[demands.size()];
            long started = System.nanoTime();
            index.withSearcher(searcher -> {
                for (int i = 0; i < demands.size(); i++) {
                    long s = System.nanoTime();
                    sizes[i] = engine.match(searcher, demands.get(i), histories.get(i)).size();
                    nanos[i] = System.nanoTime() - s;
                }
                return null;
            });
            double seconds = (System.nanoTime() - started) / 1e9;
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            say("Engine top-20, %,d demands, 1 thread: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.1f ms; %,.0f matches/s; "
                            + "mean results %.1f, demands with none %d",
                    demands.size(), ms(sorted, .5), ms(sorted, .9), ms(sorted, .99), sorted[sorted.length - 1] / 1e6,
                    demands.size() / seconds, Arrays.stream(sizes).average().orElse(0), Arrays.stream(sizes).filter(s -> s == 0).count());
            double twoThreads = throughput(index, engine, demands, histories, 2);
            say("Engine throughput, 2 threads (one demand per thread): %,.0f matches/s", twoThreads);

            // the same demands with the segments visited in parallel slices on 2 threads (MatchService's setting)
            ExecutorService slices = Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "bench-slices");
                t.setDaemon(true);
                return t;
            });
            MatchingEngine parallel = new MatchingEngine(new MatchingEngine.Options(2000, slices));
            index.withSearcher(searcher -> {
                for (int i = 0; i < warmup; i++) {
                    parallel.match(searcher, demands.get(i % demands.size()), histories.get(i % demands.size()));
                }
                return null;
            });
            long[] parallelNanos = new long[demands.size()];
            long parallelStarted = System.nanoTime();
            index.withSearcher(searcher -> {
                for (int i = 0; i < demands.size(); i++) {
                    long s = System.nanoTime();
                    List<MatchResult> got = parallel.match(searcher, demands.get(i), histories.get(i));
                    parallelNanos[i] = System.nanoTime() - s;
                    if (got.size() != sizes[i]) {
                        throw new IllegalStateException("parallel and sequential disagree on demand " + i);
                    }
                }
                return null;
            });
            double parallelSeconds = (System.nanoTime() - parallelStarted) / 1e9;
            long[] parallelSorted = parallelNanos.clone();
            Arrays.sort(parallelSorted);
            say("Engine top-20, %,d demands, segments in 2 parallel slices: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, max %.1f ms; %,.0f matches/s",
                    demands.size(), ms(parallelSorted, .5), ms(parallelSorted, .9), ms(parallelSorted, .99),
                    parallelSorted[parallelSorted.length - 1] / 1e6, demands.size() / parallelSeconds);
            slices.shutdown();

            // every 10th demand again without the grade/evaluation skipping: the results must be identical, and the
            // latencies show what the skipping saves
            MatchingEngine fullVisit = new MatchingEngine(new MatchingEngine.Options(2000).withoutSkipping());
            List<Integer> sample = IntStream.range(0, demands.size()).filter(i -> i % 10 == 0).boxed().toList();
            long[] fullNanos = new long[sample.size()];
            long[] skipNanos = new long[sample.size()];
            int identical = index.withSearcher(searcher -> {
                int same = 0;
                for (int i = 0; i < sample.size(); i++) {
                    long s = System.nanoTime();
                    List<MatchResult> expected = fullVisit.match(searcher, demands.get(sample.get(i)), histories.get(sample.get(i)));
                    fullNanos[i] = System.nanoTime() - s;
                    s = System.nanoTime();
                    List<MatchResult> got = engine.match(searcher, demands.get(sample.get(i)), histories.get(sample.get(i)));
                    skipNanos[i] = System.nanoTime() - s;
                    same += got.equals(expected) ? 1 : 0;
                }
                return same;
            });
            Arrays.sort(fullNanos);
            Arrays.sort(skipNanos);
            say("Every 10th demand (%,d), full visit vs grade/evaluation skipping: p50 %.2f / %.2f ms, p99 %.2f / %.2f ms; "
                            + "identical results %,d of %,d",
                    sample.size(), ms(fullNanos, .5), ms(skipNanos, .5), ms(fullNanos, .99), ms(skipNanos, .99), identical, sample.size());
            if (identical != sample.size()) {
                throw new IllegalStateException("skipping changed the results of " + (sample.size() - identical) + " demands");
            }
            heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            say("Heap at the end: used %,d MiB, committed %,d MiB; peak load average %.2f", heap.getUsed() >> 20,
                    heap.getCommitted() >> 20, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());

            if (sql) {
                sqlBaseline(work, resources, owners, demands, nanos, Math.min(sqlSample, demands.size()));
            }
        }
    }

    // ---- the SQL baseline ----------------------------------------------------------------------------------------

    static void sqlBaseline(Path work, int resources, int owners, List<MatchRequest> demands, long[] engineNanos, int sample)
            throws IOException, SQLException {
        Path base = Files.createDirectories(work.resolve("mariadb"));
        long t0 = System.nanoTime();
        try (EmbeddedMariaDb db = EmbeddedMariaDb.start(FreePorts.pick(), base.resolve("base"), base.resolve("data"));
             Connection c = DriverManager.getConnection(db.jdbcUrl() + "&allowLoadLocalInfile=true&rewriteBatchedStatements=true",
                     EmbeddedMariaDb.USERNAME, EmbeddedMariaDb.PASSWORD)) {
            say("MariaDB started in %.1f s", (System.nanoTime() - t0) / 1e9);
            try (Statement s = c.createStatement()) {
                s.execute("""
                        CREATE TABLE bench_resources (
                          id BIGINT NOT NULL PRIMARY KEY, uuid CHAR(36) NOT NULL, owner_id INT NOT NULL,
                          channel VARCHAR(16) NOT NULL, category_code VARCHAR(80) NOT NULL, type_code VARCHAR(80) NOT NULL,
                          status VARCHAR(16) NOT NULL, grade VARCHAR(16) NULL, evaluation DECIMAL(5,2) NULL,
                          capacity DECIMAL(18,2) NULL, price DECIMAL(18,2) NULL, available_from DATE NULL, available_to DATE NULL,
                          latitude DOUBLE NULL, longitude DOUBLE NULL,
                          KEY idx_type (status, type_code), KEY idx_category (status, category_code), KEY idx_owner (owner_id)
                        ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4""");
                s.execute("""
                        CREATE TABLE bench_resource_regions (resource_id BIGINT NOT NULL, region_code VARCHAR(32) NOT NULL,
                          PRIMARY KEY (resource_id, region_code), KEY idx_region (region_code, resource_id)) ENGINE=InnoDB""");
                s.execute("""
                        CREATE TABLE bench_resource_tags (resource_id BIGINT NOT NULL, tag_key VARCHAR(64) NOT NULL,
                          number_value DOUBLE NULL, PRIMARY KEY (resource_id, tag_key), KEY idx_tag (tag_key, number_value))
                        ENGINE=InnoDB""");
            }
            long load = System.nanoTime();
            Path rFile = work.resolve("resources.tsv");
            Path gFile = work.resolve("regions.tsv");
            Path tFile = work.resolve("tags.tsv");
            try (BufferedWriter r = Files.newBufferedWriter(rFile, StandardCharsets.UTF_8);
                 BufferedWriter g = Files.newBufferedWriter(gFile, StandardCharsets.UTF_8);
                 BufferedWriter t = Files.newBufferedWriter(tFile, StandardCharsets.UTF_8)) {
                for (int i = 0; i < resources; i++) {
                    ResourceDocument d = resource(i, owners);
                    r.write(i + "\t" + d.id() + "\t" + ownerIndex(d.ownerPartnerId()) + "\t" + d.channel() + "\t" + d.categoryCode()
                            + "\t" + d.typeCode() + "\t" + d.status() + "\t" + n(d.grade()) + "\t" + n(d.evaluationScore())
                            + "\t" + n(d.capacityAmount()) + "\t" + n(d.priceAmount()) + "\t" + n(d.availableFrom()) + "\t"
                            + n(d.availableTo()) + "\t" + n(d.latitude()) + "\t" + n(d.longitude()) + "\n");
                    for (String code : d.regionCodes()) {
                        g.write(i + "\t" + code + "\n");
                    }
                    for (TagValue tag : d.tags()) {
                        t.write(i + "\t" + tag.key() + "\t" + n(tag.numberValue()) + "\n");
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.execute("SET unique_checks=0");
                s.execute("LOAD DATA LOCAL INFILE '" + rFile.toAbsolutePath() + "' INTO TABLE bench_resources CHARACTER SET utf8mb4");
                s.execute("LOAD DATA LOCAL INFILE '" + gFile.toAbsolutePath() + "' INTO TABLE bench_resource_regions");
                s.execute("LOAD DATA LOCAL INFILE '" + tFile.toAbsolutePath() + "' INTO TABLE bench_resource_tags");
                s.execute("ANALYZE TABLE bench_resources, bench_resource_regions, bench_resource_tags");
            }
            say("MariaDB loaded (LOAD DATA LOCAL INFILE) in %.1f s: %,d resources", (System.nanoTime() - load) / 1e9,
                    count(c, "bench_resources"));

            // deterministic sample: every (demands / sample)-th demand
            int step = Math.max(1, demands.size() / sample);
            List<Integer> picked = new ArrayList<>();
            for (int i = 0; i < demands.size() && picked.size() < sample; i += step) {
                picked.add(i);
            }
            // warm the buffer pool and the statement path a little
            for (int i = 0; i < Math.min(10, picked.size()); i++) {
                runSql(c, demands.get(picked.get(i)));
            }
            long[] sqlNanos = new long[picked.size()];
            long[] engineSample = new long[picked.size()];
            int[] rows = new int[picked.size()];
            long started = System.nanoTime();
            for (int k = 0; k < picked.size(); k++) {
                long s = System.nanoTime();
                rows[k] = runSql(c, demands.get(picked.get(k)));
                sqlNanos[k] = System.nanoTime() - s;
                engineSample[k] = engineNanos[picked.get(k)];
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            long[] sqlSorted = sqlNanos.clone();
            Arrays.sort(sqlSorted);
            long[] engSorted = engineSample.clone();
            Arrays.sort(engSorted);
            double[] ratios = new double[picked.size()];
            for (int k = 0; k < ratios.length; k++) {
                ratios[k] = (double) sqlNanos[k] / Math.max(1, engineSample[k]);
            }
            Arrays.sort(ratios);
            say("SQL baseline, %d demands (every %d-th), 1 connection: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms; "
                            + "%.1f queries/s; mean rows %.1f", picked.size(), step, ms(sqlSorted, .5), ms(sqlSorted, .9),
                    ms(sqlSorted, .99), sqlSorted[sqlSorted.length - 1] / 1e6, picked.size() / seconds,
                    Arrays.stream(rows).average().orElse(0));
            say("Engine on the same %d demands: p50 %.3f ms, p99 %.3f ms", picked.size(), ms(engSorted, .5), ms(engSorted, .99));
            say("Ratio SQL / engine: medians %.0f x; per-demand ratio p10 %.0f x, median %.0f x",
                    ms(sqlSorted, .5) / ms(engSorted, .5), ratios[(int) (ratios.length * .1)], ratios[ratios.length / 2]);
        }
    }

    /** The SQL a user would write for the demand: same hard filters, the same weighted factors as one expression. */
    static int runSql(Connection c, MatchRequest r) throws SQLException {
        MatchWeights w = r.weights();
        List<Object> params = new ArrayList<>();
        StringBuilder score = new StringBuilder("(");
        score.append(w.grade()).append(" * CASE r.grade WHEN 'CORE' THEN 1 WHEN 'IMPORTANT' THEN 0.6 WHEN 'BASIC' THEN 0.3 ELSE 0 END");
        score.append(" + ").append(w.evaluation()).append(" * COALESCE(r.evaluation, 0) / 100");
        score.append(" + ").append(w.monthlyQuality()).append(" * 0.5 + ").append(w.history()).append(" * 0.5");
        double total = w.grade() + w.evaluation() + w.monthlyQuality() + w.history();
        if (r.budget() != null) {
            score.append(" + ").append(w.price()).append(" * CASE WHEN r.price IS NULL THEN 0.5 WHEN r.price <= ? THEN 1 ELSE ? / r.price END");
            params.add(r.budget());
            params.add(r.budget());
            total += w.price();
        }
        if (r.near() != null) {
            score.append(" + ").append(w.distance()).append(" * GREATEST(0, 1 - ST_Distance_Sphere(POINT(r.longitude, r.latitude), POINT(?, ?)) / 1000 / ?)");
            params.add(r.near().longitude());
            params.add(r.near().latitude());
            params.add(r.near().radiusKm());
            total += w.distance();
        }
        var tags = MatchingEngine.tagCriteria(r);
        for (var e : tags.entrySet()) {
            int sum = e.getValue().stream().mapToInt(MatchRequest.NiceToHave::weight).sum();
            for (MatchRequest.NiceToHave n : e.getValue()) {
                score.append(" + ").append(w.tag(e.getKey()) * n.weight() / sum)
                        .append(" * EXISTS (SELECT 1 FROM bench_resource_tags nt WHERE nt.resource_id = r.id AND nt.tag_key = ?)");
                params.add(n.key());
            }
            total += w.tag(e.getKey());
        }
        score.append(") * ").append(100 / total);

        StringBuilder where = new StringBuilder("r.status = 'ACTIVE'");
        List<Object> whereParams = new ArrayList<>();
        in(where, whereParams, "r.type_code", r.typeCodes());
        in(where, whereParams, "r.category_code", r.categoryCodes());
        if (r.channel() != null) {
            where.append(" AND r.channel = ?");
            whereParams.add(r.channel());
        }
        if (!r.regionCodes().isEmpty()) {
            where.append(" AND EXISTS (SELECT 1 FROM bench_resource_regions g WHERE g.resource_id = r.id AND g.region_code IN (")
                    .append(String.join(", ", r.regionCodes().stream().map(x -> "?").toList())).append("))");
            whereParams.addAll(r.regionCodes());
        }
        if (r.near() != null) {
            where.append(" AND ST_Distance_Sphere(POINT(r.longitude, r.latitude), POINT(?, ?)) <= ?");
            whereParams.add(r.near().longitude());
            whereParams.add(r.near().latitude());
            whereParams.add(r.near().radiusKm() * 1000);
        }
        if (r.quantity() != null) {
            where.append(" AND r.capacity >= ?");
            whereParams.add(r.quantity());
        }
        if (r.windowFrom() != null) {
            where.append(" AND (r.available_to IS NULL OR r.available_to >= ?)");
            whereParams.add(java.sql.Date.valueOf(r.windowFrom()));
        }
        if (r.windowTo() != null) {
            where.append(" AND (r.available_from IS NULL OR r.available_from <= ?)");
            whereParams.add(java.sql.Date.valueOf(r.windowTo()));
        }
        for (MatchRequest.MustHave m : r.mustHave()) {
            where.append(" AND EXISTS (SELECT 1 FROM bench_resource_tags t WHERE t.resource_id = r.id AND t.tag_key = ?");
            whereParams.add(m.key());
            switch (m.op()) {
                case GTE -> {
                    where.append(" AND t.number_value >= ?");
                    whereParams.add(m.value().doubleValue());
                }
                case LTE -> {
                    where.append(" AND t.number_value <= ?");
                    whereParams.add(m.value().doubleValue());
                }
                case BETWEEN -> {
                    where.append(" AND t.number_value BETWEEN ? AND ?");
                    whereParams.add(m.value().doubleValue());
                    whereParams.add(m.valueTo().doubleValue());
                }
                case EQ -> {
                    if (m.value() != null) {
                        where.append(" AND t.number_value = ?");
                        whereParams.add(m.value().doubleValue());
                    }
                }
            }
            where.append(")");
        }
        Set<Integer> excluded = new LinkedHashSet<>();
        excluded.add(ownerIndex(r.demanderPartnerId()));
        r.excludedOwners().forEach(o -> excluded.add(ownerIndex(o)));
        where.append(" AND r.owner_id NOT IN (").append(String.join(", ", excluded.stream().map(String::valueOf).toList())).append(")");

        String query = "SELECT r.uuid, " + score + " AS score FROM bench_resources r WHERE " + where
                + " ORDER BY score DESC, r.evaluation DESC, r.uuid LIMIT " + r.topN();
        try (PreparedStatement ps = c.prepareStatement(query)) {
            int i = 1;
            for (Object p : params) {
                ps.setObject(i++, p);
            }
            for (Object p : whereParams) {
                ps.setObject(i++, p);
            }
            int n = 0;
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n++;
                }
            }
            return n;
        }
    }

    private static void in(StringBuilder where, List<Object> params, String column, Set<String> values) {
        if (!values.isEmpty()) {
            where.append(" AND ").append(column).append(" IN (")
                    .append(String.join(", ", values.stream().map(x -> "?").toList())).append(")");
            params.addAll(values);
        }
    }

    // ---- synthetic data ------------------------------------------------------------------------------------------

    static UUID resourceId(int i) {
        return new UUID(0x1000_0000_0000_4000L, 0x8000_0000_0000_0000L | i);
    }

    static UUID ownerId(int i) {
        return new UUID(0x2000_0000_0000_4000L, 0x8000_0000_0000_0000L | i);
    }

    static int ownerIndex(UUID id) {
        return (int) (id.getLeastSignificantBits() & 0xFFFF_FFFFL);
    }

    static ResourceDocument resource(int i, int owners) {
        Random rnd = new Random(0x5EEDL * 31 + i);
        String[] type = TYPES[rnd.nextInt(TYPES.length)];
        boolean offline = type[0].equals("OFFLINE");
        City city = CITIES[rnd.nextInt(CITIES.length)];
        List<String> regions = offline || rnd.nextInt(3) > 0
                ? new ArrayList<>(new LinkedHashSet<>(List.of(city.code(), city.province(), city.area(), "CN"))) : List.of("CN");
        Double lat = null;
        Double lon = null;
        if (offline || rnd.nextInt(4) == 0) {
            lat = city.lat() + rnd.nextGaussian() * 0.15;
            lon = city.lon() + rnd.nextGaussian() * 0.15;
        }
        List<TagValue> tags = new ArrayList<>();
        String industry = INDUSTRIES[rnd.nextInt(INDUSTRIES.length)];
        tags.add(new TagValue("INDUSTRY", industry, industry, industry, List.of(), null, null, null));
        Set<Integer> used = new LinkedHashSet<>();
        int numbers = 2 + rnd.nextInt(2);
        while (used.size() < numbers) {
            used.add(rnd.nextInt(NUMBERS.length));
        }
        for (int k : used) {
            Object[] spec = NUMBERS[k];
            double low = (double) spec[2];
            double high = (double) spec[3];
            double v = Math.round(low + Math.pow(rnd.nextDouble(), 2) * (high - low));
            tags.add(new TagValue((String) spec[1], (String) spec[0], (String) spec[0], (String) spec[0], List.of(), null,
                    BigDecimal.valueOf(v), null));
        }
        if (rnd.nextBoolean()) {
            String flag = FLAGS[rnd.nextInt(FLAGS.length)];
            tags.add(new TagValue("TYPE", flag, flag, flag, List.of(), null, null, null));
        }
        String status = rnd.nextInt(10) < 8 ? "ACTIVE" : (rnd.nextBoolean() ? "SUSPENDED" : "DRAFT");
        BigDecimal evaluation = rnd.nextInt(10) == 0 ? null : BigDecimal.valueOf(40 + rnd.nextInt(6000) / 100.0);
        BigDecimal capacity = rnd.nextInt(20) == 0 ? null : BigDecimal.valueOf(10 + rnd.nextInt(100_000));
        BigDecimal price = rnd.nextInt(20) == 0 ? null : BigDecimal.valueOf(1_000 + rnd.nextInt(200_000));
        LocalDate from = rnd.nextInt(4) == 0 ? null : BASE.plusDays(rnd.nextInt(365));
        LocalDate to = rnd.nextBoolean() ? null : (from == null ? BASE : from).plusDays(30 + rnd.nextInt(500));
        UUID owner = ownerId(rnd.nextInt(owners));
        return new ResourceDocument(resourceId(i), type[0], type[1], type[2], GRADES[rnd.nextInt(GRADES.length)], status,
                owner, regions, regions.subList(0, 1), lat, lon, type[3] + " " + i, type[4] + " " + i, null, tags, capacity, "UNIT", price, "CNY",
                from, to, evaluation, UPDATED);
    }

    static MatchRequest demand(int i, int owners) {
        Random rnd = new Random(0xDE3AL * 17 + i);
        String[] type = TYPES[rnd.nextInt(TYPES.length)];
        City city = CITIES[rnd.nextInt(CITIES.length)];
        MatchRequest r = MatchRequest.forDemander(ownerId(rnd.nextInt(owners)));
        r = rnd.nextInt(10) < 7 ? r.withTypes(type[2]) : r.withCategories(type[1]);
        int where = rnd.nextInt(10);
        if (where < 4) {
            r = r.withRegions(switch (rnd.nextInt(3)) {
                case 0 -> city.code();
                case 1 -> city.province();
                default -> city.area();
            });
        } else if (where < 7) {
            r = r.withNear(city.lat() + rnd.nextGaussian() * 0.05, city.lon() + rnd.nextGaussian() * 0.05, 3 + rnd.nextInt(48));
        } // else anywhere
        if (rnd.nextBoolean()) {
            r = r.withQuantity(BigDecimal.valueOf(100 + rnd.nextInt(20_000)));
        }
        if (rnd.nextInt(10) < 6) {
            r = r.withBudget(BigDecimal.valueOf(5_000 + rnd.nextInt(150_000)));
        }
        if (rnd.nextBoolean()) {
            LocalDate from = BASE.plusDays(rnd.nextInt(500));
            r = r.withWindow(from, from.plusDays(7 + rnd.nextInt(90)));
        }
        int musts = rnd.nextInt(3);
        List<MatchRequest.MustHave> mustHave = new ArrayList<>();
        for (int k = 0; k < musts; k++) {
            if (rnd.nextInt(4) == 0) {
                mustHave.add(MatchRequest.MustHave.flag(FLAGS[rnd.nextInt(FLAGS.length)]));
            } else {
                Object[] spec = NUMBERS[rnd.nextInt(NUMBERS.length)];
                double low = (double) spec[2];
                double high = (double) spec[3];
                double v = Math.round(low + rnd.nextDouble() * 0.3 * (high - low));
                mustHave.add(new MatchRequest.MustHave((String) spec[0], MatchOperator.GTE, BigDecimal.valueOf(v), null, null));
            }
        }
        if (mustHave.stream().map(MatchRequest.MustHave::key).distinct().count() == mustHave.size()) {
            r = r.withMustHave(mustHave.toArray(MatchRequest.MustHave[]::new));
        }
        List<MatchRequest.NiceToHave> nice = new ArrayList<>();
        int nices = 1 + rnd.nextInt(3);
        for (int k = 0; k < nices; k++) {
            if (rnd.nextBoolean()) {
                String flag = FLAGS[rnd.nextInt(FLAGS.length)];
                nice.add(new MatchRequest.NiceToHave(TagDimension.TYPE, flag, 1 + rnd.nextInt(10), null));
            } else {
                Object[] spec = NUMBERS[rnd.nextInt(NUMBERS.length)];
                double low = (double) spec[2];
                double high = (double) spec[3];
                nice.add(new MatchRequest.NiceToHave(TagDimension.valueOf((String) spec[1]), (String) spec[0],
                        1 + rnd.nextInt(10), BigDecimal.valueOf(Math.round(low + rnd.nextDouble() * (high - low)))));
            }
        }
        r = r.withNiceToHave(nice.toArray(MatchRequest.NiceToHave[]::new));
        if (rnd.nextBoolean()) {
            r = r.withIndustry(INDUSTRIES[rnd.nextInt(INDUSTRIES.length)]);
        }
        if (rnd.nextInt(4) == 0) {
            r = r.withExcludedOwners(ownerId(rnd.nextInt(owners)));
        }
        return r.withTopN(20);
    }

    /**
     * The demander's history with 0 to 6 owners (completed, rating, cancellations, disputes at random), the same for
     * every demand of the demander; the engine scores it with the index's factors.
     */
    static HistoryLookup history(MatchRequest demand, int owners) {
        Random rnd = new Random(0x415L * 13 + ownerIndex(demand.demanderPartnerId()));
        Map<UUID, PairHistory> byOwner = new HashMap<>();
        for (int k = rnd.nextInt(7); k > 0; k--) {
            byOwner.put(ownerId(rnd.nextInt(owners)), new PairHistory(rnd.nextInt(6),
                    rnd.nextInt(4) == 0 ? null : 1 + rnd.nextInt(41) / 10.0, rnd.nextInt(3), rnd.nextInt(5) == 0 ? 1 : 0));
        }
        return HistoryLookup.ofOwners(byOwner);
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    static double throughput(CatalogueIndex index, MatchingEngine engine, List<MatchRequest> demands, List<HistoryLookup> histories,
                             int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long started = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                futures.add(pool.submit(() -> index.withSearcher(searcher -> {
                    for (int i = offset; i < demands.size(); i += threads) {
                        engine.match(searcher, demands.get(i), histories.get(i));
                    }
                    return null;
                })));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return demands.size() / ((System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdown();
        }
    }

    static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static String n(Object v) {
        if (v == null) {
            return "\\N";
        }
        return v instanceof BigDecimal b ? b.toPlainString() : v.toString();
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long size(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    private static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[bench-match] " + format + "%n", args);
    }
}
