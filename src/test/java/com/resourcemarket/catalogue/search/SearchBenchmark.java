package com.resourcemarket.catalogue.search;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Catalogue search benchmark: indexes synthetic but realistic resources, then times queries that each combine
 * three filters and a text word (Chinese or English). Run with {@code ./mvnw -Pbench-search}
 * ({@code -Dbench.docs=100000 -Dbench.queries=5000}); results go to docs/benchmarks.md by hand.
 */
public final class SearchBenchmark {

    record City(String code, String province, String area, String zh, String en, double lat, double lon) {}

    static final City[] CITIES = {
            new City("310000", "310000", "EAST_CHINA", "上海", "Shanghai", 31.2304, 121.4737),
            new City("110000", "110000", "NORTH_CHINA", "北京", "Beijing", 39.9042, 116.4074),
            new City("330100", "330000", "EAST_CHINA", "杭州", "Hangzhou", 30.2741, 120.1551),
            new City("320100", "320000", "EAST_CHINA", "南京", "Nanjing", 32.0603, 118.7969),
            new City("440100", "440000", "SOUTH_CHINA", "广州", "Guangzhou", 23.1291, 113.2644),
            new City("440300", "440000", "SOUTH_CHINA", "深圳", "Shenzhen", 22.5431, 114.0579),
            new City("510100", "510000", "SOUTHWEST_CHINA", "成都", "Chengdu", 30.5728, 104.0668),
            new City("500000", "500000", "SOUTHWEST_CHINA", "重庆", "Chongqing", 29.5630, 106.5516),
            new City("420100", "420000", "CENTRAL_CHINA", "武汉", "Wuhan", 30.5928, 114.3055),
            new City("610100", "610000", "NORTHWEST_CHINA", "西安", "Xi'an", 34.3416, 108.9398),
            new City("120000", "120000", "NORTH_CHINA", "天津", "Tianjin", 39.3434, 117.3616),
            new City("370200", "370000", "EAST_CHINA", "青岛", "Qingdao", 36.0671, 120.3826),
            new City("210100", "210000", "NORTHEAST_CHINA", "沈阳", "Shenyang", 41.8057, 123.4315),
            new City("430100", "430000", "CENTRAL_CHINA", "长沙", "Changsha", 28.2282, 112.9388),
            new City("350200", "350000", "EAST_CHINA", "厦门", "Xiamen", 24.4798, 118.0894),
            new City("530100", "530000", "SOUTHWEST_CHINA", "昆明", "Kunming", 25.0389, 102.7183),
    };

    /** category, type, Chinese noun, English noun, channel */
    static final String[][] KINDS = {
            {"SHORT_VIDEO", "KOL_ACCOUNT", "短视频达人账号", "short-video creator account", "ONLINE"},
            {"SHORT_VIDEO", "BRAND_CHANNEL", "短视频品牌频道", "short-video brand channel", "ONLINE"},
            {"ECOMMERCE", "LIVE_STREAM", "直播带货间", "live streaming room", "ONLINE"},
            {"ECOMMERCE", "STORE_PLACEMENT", "电商店铺推荐位", "e-commerce store placement", "ONLINE"},
            {"SAAS", "CRM_TOOL", "营销自动化工具", "marketing automation platform", "ONLINE"},
            {"DATA", "AUDIENCE_DATA", "人群数据服务", "audience data service", "ONLINE"},
            {"SOCIAL", "COMMUNITY_GROUP", "社群团购渠道", "community group buying channel", "ONLINE"},
            {"RETAIL", "STORE_COUNTER", "商场联营专柜", "shopping mall counter", "OFFLINE"},
            {"RETAIL", "CHAIN_SHELF", "连锁门店货架", "retail chain shelf space", "OFFLINE"},
            {"INDUSTRIAL_PARK", "PARK_SPACE", "产业园区展示厅", "industrial park showroom", "OFFLINE"},
            {"TRADE_FAIR", "BOOTH", "展会标准展位", "trade fair booth", "OFFLINE"},
            {"LOGISTICS", "WAREHOUSE", "物流仓储中心", "logistics warehouse", "OFFLINE"},
            {"OUTDOOR", "LED_SCREEN", "户外大屏广告", "outdoor LED screen", "OFFLINE"},
            {"OUTDOOR", "METRO_AD", "地铁灯箱广告", "metro lightbox advertising", "OFFLINE"},
            {"EXPERIENCE", "POPUP_SPACE", "品牌快闪体验空间", "brand pop-up experience space", "OFFLINE"},
    };
    static final String[][] ADJECTIVES = {{"领先的", "leading"}, {"头部", "top"}, {"优质", "premium"}, {"本地", "local"},
            {"高端", "high-end"}, {"新兴", "emerging"}, {"知名", "well-known"}, {"年轻化", "youthful"}};
    /** key, Chinese label, English label, synonyms */
    static final String[][] INDUSTRIES = {{"beauty", "美妆", "Beauty", "化妆品"}, {"appliance", "家电", "Home appliances", "电器"},
            {"food", "食品饮料", "Food and beverage", "快消"}, {"fashion", "服装", "Fashion", "服饰"},
            {"auto", "汽车", "Automotive", "新能源车"}, {"mother_baby", "母婴", "Mother and baby", "亲子"},
            {"education", "教育", "Education", "培训"}, {"travel", "旅游", "Travel", "出行"},
            {"finance", "金融", "Finance", "理财"}, {"health", "健康", "Health", "医疗"}};
    static final String[] AUDIENCE_ZH = {"年轻女性", "白领", "学生", "家庭用户", "中小企业", "高净值人群", "银发族", "新手父母"};
    static final String[] AUDIENCE_EN = {"young women", "office workers", "students", "families", "small businesses",
            "affluent consumers", "seniors", "new parents"};
    static final String[] GRADES = {"CORE", "IMPORTANT", "BASIC", null};
    static final String[] STATUSES = {"ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "ACTIVE", "SUBMITTED",
            "SUSPENDED", "DRAFT"};
    static final String[] TEXT_TERMS = {"美妆", "短视频", "直播", "专柜", "展位", "仓储", "大屏", "地铁", "快闪", "团购", "家电",
            "母婴", "数据", "化妆品", "年轻女性", "platform", "booth", "screens", "warehouse", "streaming", "beauty",
            "creator", "mall", "advertising", "travel", "premium", "families", "上海", "Shenzhen", "leading"};

    static final Instant BASE = Instant.parse("2026-01-01T00:00:00Z");

    public static void main(String[] args) throws Exception {
        int docs = Integer.getInteger("bench.docs", 100_000);
        int queries = Integer.getInteger("bench.queries", 5_000);
        int warmup = Integer.getInteger("bench.warmup", 2_000);
        Path dir = Path.of(System.getProperty("bench.dir", "target/bench-search-index"));
        deleteRecursively(dir);

        List<UUID> owners = IntStream.range(0, 2_000).mapToObj(i -> UUID.nameUUIDFromBytes(("owner" + i).getBytes())).toList();
        say("Catalogue search benchmark: %,d resources, %,d queries (after %,d warm-up)", docs, queries, warmup);
        say("JVM: %s %s (%s), %d cores, max heap %,d MiB", System.getProperty("java.vm.name"), System.getProperty("java.version"),
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        try (CatalogueIndex index = CatalogueIndex.open(dir)) {
            long t0 = System.nanoTime();
            long indexed = index.rebuild(IntStream.range(0, docs).mapToObj(i -> resource(i, owners)));
            double buildSeconds = (System.nanoTime() - t0) / 1e9;
            say("Index build: %,d resources in %.1f s (%,.0f docs/s), %,d MiB on disk", indexed, buildSeconds, indexed / buildSeconds,
                    directorySize(dir) >> 20);

            Random random = new Random(7);
            List<CatalogueQuery> workload = new ArrayList<>();
            for (int i = 0; i < warmup + queries; i++) {
                workload.add(query(random, owners));
            }
            long totalHits = 0;
            for (int i = 0; i < warmup; i++) {
                totalHits += index.search(workload.get(i)).total();
            }

            long[] nanos = new long[queries];
            long matched = 0;
            long start = System.nanoTime();
            for (int i = 0; i < queries; i++) {
                long q0 = System.nanoTime();
                SearchPage page = index.search(workload.get(warmup + i));
                nanos[i] = System.nanoTime() - q0;
                matched += page.total();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            reportSlowest(index, workload.subList(warmup, warmup + queries), nanos, Integer.getInteger("bench.slowest", 0));
            Arrays.sort(nanos);
            say("Latency, 1 thread, top-20 with facets and exact total (ms): p50 %.2f  p90 %.2f  p99 %.2f  max %.2f; mean matches per query %,d",
                    ms(nanos, 0.50), ms(nanos, 0.90), ms(nanos, 0.99), nanos[nanos.length - 1] / 1e6, matched / queries);
            say("Throughput, 1 thread: %,.0f queries/s", queries / seconds);

            int threads = Runtime.getRuntime().availableProcessors();
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            start = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    for (int i = offset; i < queries; i += threads) {
                        index.search(workload.get(warmup + i));
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            seconds = (System.nanoTime() - start) / 1e9;
            pool.shutdown();
            say("Throughput, %d threads: %,.0f queries/s", threads, queries / seconds);

            System.gc();
            Thread.sleep(200);
            System.gc();
            var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
            say("Heap used after GC (index open, searcher live): %,d MiB (committed %,d MiB); warm-up matched %,d", heap.getUsed() >> 20,
                    heap.getCommitted() >> 20, totalHits);
        }
        deleteRecursively(dir);
    }

    static ResourceDocument resource(int i, List<UUID> owners) {
        Random r = new Random(i * 2_654_435_761L);
        City city = CITIES[r.nextInt(CITIES.length)];
        String[] kind = KINDS[r.nextInt(KINDS.length)];
        String[] adjective = ADJECTIVES[r.nextInt(ADJECTIVES.length)];
        String[] industry = INDUSTRIES[r.nextInt(INDUSTRIES.length)];
        int audience = r.nextInt(AUDIENCE_ZH.length);
        String nameZh = city.zh() + adjective[0] + industry[1] + kind[2];
        String nameEn = capitalize(adjective[1]) + " " + industry[2].toLowerCase(Locale.ROOT) + " " + kind[3] + " in " + city.en();
        String description = "面向" + AUDIENCE_ZH[audience] + "的" + kind[2] + "，覆盖" + city.zh() + "及周边。"
                + " Reaches " + AUDIENCE_EN[audience] + " around " + city.en() + ".";
        List<TagValue> tags = new ArrayList<>();
        tags.add(new TagValue("INDUSTRY", "industry", industry[1], industry[2], List.of(industry[3]), industry[0], null, null));
        if ("ONLINE".equals(kind[4])) {
            tags.add(number("fans", 10_000 + (long) (Math.pow(r.nextDouble(), 3) * 10_000_000), "粉丝数", "Followers"));
            tags.add(number("daily_uv", 1_000 + r.nextInt(2_000_000), "日均访客", "Daily visitors"));
            tags.add(number("conversion_rate", r.nextInt(800) / 100.0, "转化率", "Conversion rate"));
        } else {
            tags.add(number("daily_footfall", 500 + r.nextInt(200_000), "日均客流", "Daily footfall"));
            tags.add(number("area_sqm", 6 + r.nextInt(2_000), "面积", "Area"));
            if (r.nextBoolean()) {
                tags.add(number("screen_count", 1 + r.nextInt(50), "屏幕数", "Screens"));
            }
        }
        List<String> regions = city.code().equals(city.province())
                ? List.of(city.code(), city.area(), "CN") : List.of(city.code(), city.province(), city.area(), "CN");
        boolean located = "OFFLINE".equals(kind[4]) || r.nextInt(4) == 0;
        return new ResourceDocument(UUID.nameUUIDFromBytes(("resource" + i).getBytes()), kind[4], kind[0], kind[1],
                GRADES[r.nextInt(GRADES.length)], STATUSES[r.nextInt(STATUSES.length)], owners.get(r.nextInt(owners.size())),
                regions, regions.subList(0, 1), located ? city.lat() + r.nextGaussian() * 0.15 : null, located ? city.lon() + r.nextGaussian() * 0.15 : null,
                nameZh, nameEn, description, tags, BigDecimal.valueOf(1 + r.nextInt(1_000)), "SLOT",
                BigDecimal.valueOf(500 + r.nextInt(500_000)).setScale(2, RoundingMode.UNNECESSARY), "CNY",
                LocalDate.of(2026, 1, 1).plusDays(r.nextInt(365)), r.nextBoolean() ? null : LocalDate.of(2027, 1, 1).plusDays(r.nextInt(365)),
                r.nextInt(5) == 0 ? null : BigDecimal.valueOf(40 + r.nextInt(600) / 10.0), BASE.plusSeconds(i * 60L + r.nextInt(60)));
    }

    static TagValue number(String key, double value, String zh, String en) {
        return new TagValue("VALUE", key, zh, en, List.of(), null, BigDecimal.valueOf(value), null);
    }

    /** Three different filters out of eight kinds, plus one text word; mostly relevance order. */
    static CatalogueQuery query(Random r, List<UUID> owners) {
        CatalogueQuery.Builder b = CatalogueQuery.builder().text(TEXT_TERMS[r.nextInt(TEXT_TERMS.length)]).limit(20);
        List<Integer> kinds = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7));
        java.util.Collections.shuffle(kinds, r);
        boolean geo = false;
        for (int kind : kinds.subList(0, 3)) {
            City city = CITIES[r.nextInt(CITIES.length)];
            switch (kind) {
                case 0 -> b.statuses("ACTIVE");
                case 1 -> b.channels(r.nextBoolean() ? "ONLINE" : "OFFLINE");
                case 2 -> b.grades(r.nextBoolean() ? "CORE" : "IMPORTANT", "BASIC");
                case 3 -> b.regions(r.nextBoolean() ? city.code() : city.area());
                case 4 -> b.categories(KINDS[r.nextInt(KINDS.length)][0], KINDS[r.nextInt(KINDS.length)][0]);
                case 5 -> b.tag(r.nextBoolean()
                        ? TagFilter.gte("fans", BigDecimal.valueOf(10_000 + r.nextInt(1_000_000)))
                        : TagFilter.between("daily_footfall", BigDecimal.valueOf(r.nextInt(50_000)), BigDecimal.valueOf(50_000 + r.nextInt(150_000))));
                case 6 -> {
                    b.near(city.lat(), city.lon(), 5 + r.nextInt(100));
                    geo = true;
                }
                default -> b.owners(owners.get(r.nextInt(owners.size())), owners.get(r.nextInt(owners.size())));
            }
        }
        int sort = r.nextInt(10);
        b.sort(sort < 7 ? SortOrder.RELEVANCE : sort < 9 ? SortOrder.NEWEST : geo ? SortOrder.DISTANCE : SortOrder.SCORE);
        return b.build();
    }

    /** Re-times the slowest queries: consistently slow means the query, fast on re-run means the machine. */
    static void reportSlowest(CatalogueIndex index, List<CatalogueQuery> queries, long[] nanos, int count) {
        if (count <= 0) {
            return;
        }
        Integer[] order = IntStream.range(0, nanos.length).boxed().toArray(Integer[]::new);
        Arrays.sort(order, (a, b) -> Long.compare(nanos[b], nanos[a]));
        for (int k = 0; k < Math.min(count, order.length); k++) {
            CatalogueQuery q = queries.get(order[k]);
            long[] again = new long[21];
            long total = 0;
            for (int i = 0; i < again.length; i++) {
                long t = System.nanoTime();
                total = index.search(q).total();
                again[i] = System.nanoTime() - t;
            }
            Arrays.sort(again);
            say("slow #%d: %.2f ms, re-run median %.2f ms, %,d matches: %s", k + 1, nanos[order[k]] / 1e6, again[10] / 1e6, total, q);
        }
    }

    static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static void say(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
    }

    static long directorySize(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
