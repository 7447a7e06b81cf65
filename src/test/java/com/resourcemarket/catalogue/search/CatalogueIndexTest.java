package com.resourcemarket.catalogue.search;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogueIndexTest {

    static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    static final UUID P1 = UUID.fromString("00000000-0000-0000-0000-0000000000p1".replace("p", "a"));
    static final UUID P2 = UUID.fromString("00000000-0000-0000-0000-0000000000b2");
    static final UUID P3 = UUID.fromString("00000000-0000-0000-0000-0000000000c3");

    static final UUID A = UUID.fromString("10000000-0000-0000-0000-00000000000a");
    static final UUID B = UUID.fromString("10000000-0000-0000-0000-00000000000b");
    static final UUID C = UUID.fromString("10000000-0000-0000-0000-00000000000c");
    static final UUID D = UUID.fromString("10000000-0000-0000-0000-00000000000d");
    static final UUID E = UUID.fromString("10000000-0000-0000-0000-00000000000e");

    @TempDir
    Path tmp;
    CatalogueIndex index;

    @BeforeEach
    void open() throws IOException {
        index = CatalogueIndex.open(tmp.resolve("index"));
        index.rebuild(fixture().stream());
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    static List<ResourceDocument> fixture() {
        return List.of(
                doc(A, "ONLINE", "SHORT_VIDEO", "KOL_ACCOUNT", "CORE", "ACTIVE", P1, List.of("310000", "EAST_CHINA", "CN"),
                        31.2304, 121.4737, "国内领先的美妆短视频平台", "Leading beauty short-video platform",
                        "覆盖一二线城市年轻女性用户", List.of(number("fans", 1_200_000), text("INDUSTRY", "industry", "美妆", "Beauty", List.of("化妆品", "cosmetics"), "Beauty")),
                        "92", 1),
                doc(B, "OFFLINE", "RETAIL", "STORE_COUNTER", "IMPORTANT", "ACTIVE", P2, List.of("330100", "330000", "EAST_CHINA", "CN"),
                        30.2741, 120.1551, "家电卖场联营专柜", "Appliance store counters",
                        "杭州核心商圈家电卖场", List.of(number("daily_footfall", 8000), text("INDUSTRY", "industry", "家电", "Appliances", List.of(), "appliance")),
                        "80", 2),
                doc(C, "OFFLINE", "TRADE_FAIR", "BOOTH", "BASIC", "SUBMITTED", P1, List.of("110000", "NORTH_CHINA", "CN"),
                        39.9042, 116.4074, "北京国际展览中心展位", "Beijing exhibition booths for trade fairs",
                        "Standard booths at the international exhibition centre", List.of(number("area_sqm", 36)),
                        null, 3),
                doc(D, "ONLINE", "ECOMMERCE", "LIVE_STREAM", null, "ACTIVE", P2, List.of("440300", "440000", "SOUTH_CHINA", "CN"),
                        22.5431, 114.0579, "电商直播带货服务", "E-commerce live streaming platforms",
                        "Live commerce with top hosts", List.of(number("fans", 300_000)),
                        "75.5", 4),
                doc(E, "OFFLINE", "OUTDOOR", "LED_SCREEN", "CORE", "ACTIVE", P3, List.of("310000", "EAST_CHINA", "CN"),
                        31.2000, 121.4400, "上海商圈户外大屏", "Outdoor LED screens in Shanghai malls",
                        "适合美妆品牌快闪活动的户外大屏", List.of(number("daily_footfall", 50_000)),
                        "88", 5));
    }

    static ResourceDocument doc(UUID id, String channel, String category, String type, String grade, String status, UUID owner,
                                List<String> regions, Double lat, Double lon, String nameZh, String nameEn, String description,
                                List<TagValue> tags, String evaluation, int minutes) {
        return new ResourceDocument(id, channel, category, type, grade, status, owner, regions, regions.subList(0, Math.min(1, regions.size())),
                lat, lon, nameZh, nameEn,
                description, tags, new BigDecimal("100"), "SLOT", new BigDecimal("5000.00"), "CNY",
                LocalDate.of(2026, 1, 1), null, evaluation == null ? null : new BigDecimal(evaluation), T0.plusSeconds(60L * minutes));
    }

    static TagValue number(String key, long value) {
        return new TagValue("VALUE", key, key, key, List.of(), null, BigDecimal.valueOf(value), null);
    }

    static TagValue text(String dimension, String key, String zh, String en, List<String> synonyms, String value) {
        return new TagValue(dimension, key, zh, en, synonyms, value, null, null);
    }

    List<UUID> ids(CatalogueQuery q) {
        return index.search(q).hits().stream().map(Hit::id).toList();
    }

    static CatalogueQuery.Builder q() {
        return CatalogueQuery.builder().sort(SortOrder.NEWEST);
    }

    @Nested
    class Filters {
        @Test
        void channel() {
            assertThat(ids(q().channels("ONLINE").build())).containsExactly(D, A);
        }

        @Test
        void category() {
            assertThat(ids(q().categories("RETAIL").build())).containsExactly(B);
            assertThat(ids(q().categories("RETAIL", "OUTDOOR").build())).containsExactly(E, B);
        }

        @Test
        void type() {
            assertThat(ids(q().types("BOOTH").build())).containsExactly(C);
        }

        @Test
        void grade() {
            assertThat(ids(q().grades("CORE").build())).containsExactly(E, A);
            assertThat(ids(q().grades("IMPORTANT", "BASIC").build())).containsExactly(C, B);
        }

        @Test
        void status() {
            assertThat(ids(q().statuses("SUBMITTED").build())).containsExactly(C);
            assertThat(ids(q().statuses("ACTIVE").build())).containsExactly(E, D, B, A);
        }

        @Test
        void owner() {
            assertThat(ids(q().owners(P1).build())).containsExactly(C, A);
        }

        @Test
        void regionAtAnyLevel() {
            assertThat(ids(q().regions("EAST_CHINA").build())).containsExactly(E, B, A);
            assertThat(ids(q().regions("310000").build())).containsExactly(E, A);
            assertThat(ids(q().regions("CN").build())).hasSize(5);
        }

        @Test
        void tagTextEqualsIgnoresCase() {
            assertThat(ids(q().tag(TagFilter.eq("industry", "BEAUTY")).build())).containsExactly(A);
            assertThat(ids(q().tag(TagFilter.eq("Industry", "appliance")).build())).containsExactly(B);
        }

        @Test
        void tagNumberEquals() {
            assertThat(ids(q().tag(TagFilter.eq("area_sqm", new BigDecimal("36"))).build())).containsExactly(C);
            assertThat(ids(q().tag(TagFilter.eq("area_sqm", new BigDecimal("35"))).build())).isEmpty();
        }

        @Test
        void tagGreaterOrEqual() {
            assertThat(ids(q().tag(TagFilter.gte("fans", new BigDecimal("1000000"))).build())).containsExactly(A);
            assertThat(ids(q().tag(TagFilter.gte("fans", new BigDecimal("300000"))).build())).containsExactly(D, A);
        }

        @Test
        void tagLessOrEqual() {
            assertThat(ids(q().tag(TagFilter.lte("fans", new BigDecimal("500000"))).build())).containsExactly(D);
            assertThat(ids(q().tag(TagFilter.lte("fans", new BigDecimal("300000"))).build())).containsExactly(D);
        }

        @Test
        void tagBetween() {
            assertThat(ids(q().tag(TagFilter.between("daily_footfall", new BigDecimal("5000"), new BigDecimal("10000"))).build()))
                    .containsExactly(B);
            assertThat(ids(q().tag(TagFilter.between("daily_footfall", new BigDecimal("8000"), new BigDecimal("50000"))).build()))
                    .containsExactly(E, B);
        }

        @Test
        void withinKilometres() {
            // People's Square, Shanghai: A is there, E ~4 km away, Hangzhou (B) ~165 km.
            assertThat(ids(q().near(31.2304, 121.4737, 10).build())).containsExactly(E, A);
            assertThat(ids(q().near(31.2304, 121.4737, 200).build())).containsExactly(E, B, A);
            SearchPage nearest = index.search(CatalogueQuery.builder().near(31.2304, 121.4737, 200).sort(SortOrder.DISTANCE).build());
            assertThat(nearest.hits()).extracting(Hit::id).containsExactly(A, E, B);
            assertThat(nearest.hits().get(0).distanceKm()).isLessThan(0.1);
            assertThat(nearest.hits().get(1).distanceKm()).isBetween(3.0, 6.0);
            assertThat(nearest.hits().get(2).distanceKm()).isBetween(150.0, 180.0);
            // Distances are reported under any sort when a point is given.
            assertThat(index.search(q().near(31.2304, 121.4737, 200).build()).hits())
                    .allSatisfy(h -> assertThat(h.distanceKm()).isNotNull());
        }

        @Test
        void filtersCombineWithAnd() {
            assertThat(ids(q().channels("OFFLINE").grades("CORE").regions("EAST_CHINA").build())).containsExactly(E);
            assertThat(ids(q().channels("ONLINE").owners(P1).tag(TagFilter.gte("fans", BigDecimal.ONE)).statuses("ACTIVE").build()))
                    .containsExactly(A);
            assertThat(ids(q().channels("ONLINE").categories("RETAIL").build())).isEmpty();
        }
    }

    @Nested
    class Text {
        @Test
        void chineseWordInsideASentence() {
            assertThat(ids(CatalogueQuery.builder().text("美妆").build())).first().isEqualTo(A);
            assertThat(ids(CatalogueQuery.builder().text("短视频").build())).containsExactly(A);
            assertThat(ids(CatalogueQuery.builder().text("展览").build())).containsExactly(C);
            assertThat(ids(CatalogueQuery.builder().text("直播").build())).containsExactly(D);
        }

        @Test
        void nameOutranksDescription() {
            // A has 美妆 in its name, E only in its description.
            assertThat(ids(CatalogueQuery.builder().text("美妆").build())).containsExactly(A, E);
            SearchPage page = index.search(CatalogueQuery.builder().text("美妆").build());
            assertThat(page.hits().get(0).score()).isGreaterThan(page.hits().get(1).score()).isGreaterThan(0f);
        }

        @Test
        void tagLabelsAndSynonyms() {
            assertThat(ids(CatalogueQuery.builder().text("化妆品").build())).containsExactly(A);
            assertThat(ids(CatalogueQuery.builder().text("cosmetics").build())).containsExactly(A);
            assertThat(ids(CatalogueQuery.builder().text("appliances").build())).containsExactly(B);
        }

        @Test
        void englishStemming() {
            assertThat(ids(CatalogueQuery.builder().text("platforms").build())).containsExactlyInAnyOrder(A, D);
            assertThat(ids(CatalogueQuery.builder().text("platform").build())).containsExactlyInAnyOrder(A, D);
            assertThat(ids(CatalogueQuery.builder().text("Exhibition booth").build())).containsExactly(C);
            assertThat(ids(CatalogueQuery.builder().text("screen").build())).containsExactly(E);
        }

        @Test
        void mixedLanguagesEveryWordMustMatch() {
            assertThat(ids(CatalogueQuery.builder().text("美妆 platform").build())).containsExactly(A);
            assertThat(ids(CatalogueQuery.builder().text("美妆，短视频").build())).containsExactly(A);
            assertThat(ids(CatalogueQuery.builder().text("美妆 exhibition").build())).isEmpty();
        }

        @Test
        void textWithFilters() {
            assertThat(ids(CatalogueQuery.builder().text("美妆").channels("OFFLINE").build())).containsExactly(E);
        }

        @Test
        void blankOrStopwordTextMatchesEverything() {
            assertThat(index.search(CatalogueQuery.builder().text("  ").build()).total()).isEqualTo(5);
            assertThat(index.search(CatalogueQuery.builder().text("the").build()).total()).isEqualTo(5);
            assertThat(index.search(CatalogueQuery.builder().text("，。!").build()).total()).isEqualTo(5);
            assertThat(ids(CatalogueQuery.builder().text("the exhibition").build())).containsExactly(C);
        }
    }

    @Test
    void facetsCountTheFilteredSet() {
        SearchPage page = index.search(q().statuses("ACTIVE").limit(1).build());
        assertThat(page.total()).isEqualTo(4);
        assertThat(page.hits()).hasSize(1);
        assertThat(page.facets().get("type")).isEqualTo(Map.of("KOL_ACCOUNT", 1L, "STORE_COUNTER", 1L, "LIVE_STREAM", 1L, "LED_SCREEN", 1L));
        assertThat(page.facets().get("grade")).isEqualTo(Map.of("CORE", 2L, "IMPORTANT", 1L));
        assertThat(page.facets().get("region")).containsEntry("CN", 4L).containsEntry("EAST_CHINA", 3L)
                .containsEntry("310000", 2L).containsEntry("SOUTH_CHINA", 1L).doesNotContainKey("NORTH_CHINA");
        // Highest count first.
        assertThat(page.facets().get("region").keySet()).first().isEqualTo("CN");
    }

    @Test
    void sortByEvaluationScoreWithUnevaluatedLast() {
        assertThat(ids(CatalogueQuery.builder().sort(SortOrder.SCORE).build())).containsExactly(A, E, B, D, C);
    }

    @Test
    void sortByChineseName() {
        // Pinyin order: bei (北京) < dian (电商) < guo (国内) < jia (家电) < shang (上海).
        assertThat(ids(CatalogueQuery.builder().sort(SortOrder.NAME).build())).containsExactly(C, D, A, B, E);
    }

    @Test
    void relevanceWithoutTextIsNewestFirst() {
        assertThat(ids(CatalogueQuery.builder().build())).containsExactly(E, D, C, B, A);
    }

    @Nested
    class Paging {
        @BeforeEach
        void manyResources() {
            List<ResourceDocument> docs = new ArrayList<>();
            for (int i = 0; i < 57; i++) {
                // Few distinct timestamps, scores and names, so ties are everywhere and only the id breaks them.
                docs.add(doc(UUID.nameUUIDFromBytes(("r" + i).getBytes()), i % 2 == 0 ? "ONLINE" : "OFFLINE", "CAT", "T" + (i % 3),
                        "CORE", "ACTIVE", P1, List.of("CN"), 30 + i * 0.01, 120.0, i % 4 == 0 ? "美妆直播间" : "美妆达人账号",
                        "Beauty channel " + (i % 5), "美妆", List.of(), i % 7 == 0 ? null : String.valueOf(i % 6), i % 3));
            }
            index.rebuild(docs.stream());
        }

        @Test
        void cursorsVisitEveryResultOnceInEveryOrder() {
            for (SortOrder sort : SortOrder.values()) {
                CatalogueQuery.Builder b = CatalogueQuery.builder().sort(sort).text(sort == SortOrder.RELEVANCE ? "美妆 beauty" : null);
                if (sort == SortOrder.DISTANCE) {
                    b.near(30.0, 120.0, 500);
                }
                List<UUID> all = ids(b.limit(200).build());
                assertThat(all).as(sort.name()).hasSize(57).doesNotHaveDuplicates();

                List<UUID> paged = new ArrayList<>();
                CatalogueQuery page = b.limit(10).build();
                int pages = 0;
                while (true) {
                    SearchPage result = index.search(page);
                    assertThat(result.total()).isEqualTo(57);
                    paged.addAll(result.hits().stream().map(Hit::id).toList());
                    pages++;
                    if (result.nextCursor() == null) {
                        break;
                    }
                    page = page.after(result.nextCursor());
                }
                assertThat(pages).isEqualTo(6);
                assertThat(paged).as(sort.name()).isEqualTo(all);
            }
        }

        @Test
        void orderIsStableAndTiesBreakOnId() {
            CatalogueQuery query = CatalogueQuery.builder().sort(SortOrder.NEWEST).limit(200).build();
            List<UUID> first = ids(query);
            assertThat(ids(query)).isEqualTo(first);
            // Same timestamp: ascending id.
            List<UUID> sameMinute = first.subList(0, 19);
            assertThat(sameMinute).isSortedAccordingTo((x, y) -> x.toString().compareTo(y.toString()));
        }

        @Test
        void cursorOfAnotherSortOrGarbageIsRejected() {
            String cursor = index.search(CatalogueQuery.builder().sort(SortOrder.NEWEST).limit(5).build()).nextCursor();
            assertThatThrownBy(() -> index.search(CatalogueQuery.builder().sort(SortOrder.NAME).cursor(cursor).build()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> index.search(CatalogueQuery.builder().cursor("not a cursor!").build()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> index.search(CatalogueQuery.builder().cursor("AAAA").build()))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Writes {
        @Test
        void upsertReplaces() {
            ResourceDocument a = fixture().get(0);
            index.upsert(new ResourceDocument(A, "OFFLINE", a.categoryCode(), a.typeCode(), a.grade(), a.status(), a.ownerPartnerId(),
                    a.regionCodes(), a.declaredRegionCodes(), a.latitude(), a.longitude(), "社区团购自提点", "Community pickup points", null, List.of(),
                    null, null, null, null, null, null, null, T0.plusSeconds(3600)));
            index.refresh();
            assertThat(index.count()).isEqualTo(5);
            assertThat(ids(CatalogueQuery.builder().text("短视频").build())).isEmpty();
            assertThat(ids(CatalogueQuery.builder().text("团购").build())).containsExactly(A);
            assertThat(ids(q().channels("OFFLINE").build())).contains(A);
            assertThat(index.watermark()).contains(T0.plusSeconds(3600));
        }

        @Test
        void delete() {
            index.delete(C);
            index.refresh();
            assertThat(index.count()).isEqualTo(4);
            assertThat(ids(q().build())).doesNotContain(C);
            index.delete(UUID.randomUUID()); // unknown id: nothing happens
        }

        @Test
        void upsertIsSearchableWithinOneSecondWithoutExplicitRefresh() throws InterruptedException {
            UUID id = UUID.randomUUID();
            long start = System.nanoTime();
            index.upsert(doc(id, "ONLINE", "CAT", "T", null, "ACTIVE", P1, List.of(), null, null, "新品首发频道", "Launch channel",
                    null, List.of(), null, 9));
            while (ids(CatalogueQuery.builder().text("首发").build()).isEmpty()) {
                assertThat((System.nanoTime() - start) / 1_000_000).as("ms until visible").isLessThan(1000);
                Thread.sleep(10);
            }
        }

        @Test
        void rebuildReplacesEverythingAndKeepsWritesMadeMeanwhile() {
            UUID during = UUID.randomUUID();
            Stream<ResourceDocument> source = Stream.of(fixture().get(0), fixture().get(1)).peek(d -> {
                if (d.id().equals(B)) { // a live write while the rebuild reads the database
                    index.upsert(doc(during, "ONLINE", "CAT", "T", null, "ACTIVE", P1, List.of(), null, null, "同时写入", "Written meanwhile",
                            null, List.of(), null, 10));
                }
            });
            assertThat(index.rebuild(source)).isEqualTo(2);
            assertThat(ids(q().build())).containsExactly(during, B, A);
            assertThat(index.watermark()).contains(T0.plusSeconds(600));
            assertThat(index.needsRebuild()).isFalse();
        }
    }

    @Nested
    class Durability {
        @Test
        void aNewIndexNeedsARebuildUntilOneCompletes() throws IOException {
            try (CatalogueIndex fresh = CatalogueIndex.open(tmp.resolve("fresh"))) {
                assertThat(fresh.needsRebuild()).isTrue();
                assertThat(fresh.watermark()).isEmpty();
                assertThat(fresh.count()).isZero();
                fresh.rebuild(Stream.empty());
                assertThat(fresh.needsRebuild()).isFalse();
            }
            try (CatalogueIndex reopened = CatalogueIndex.open(tmp.resolve("fresh"))) {
                assertThat(reopened.needsRebuild()).isFalse();
                assertThat(reopened.recreatedBecause()).isEmpty();
            }
        }

        @Test
        void streamPositionAndDatabaseIdentityAreCommittedWithTheContent() throws IOException {
            Path dir = tmp.resolve("positioned");
            UUID late = UUID.randomUUID();
            try (CatalogueIndex idx = CatalogueIndex.open(dir)) {
                idx.rebuild(fixture().stream(), "db-1");
                idx.upsert(doc(late, "ONLINE", "CAT", "T", null, "ACTIVE", P1, List.of(), null, null, "流位置", "Positioned",
                        null, List.of(), null, 50));
                idx.streamApplied(Map.of("key-1", "offset-7"));
            }
            try (CatalogueIndex reopened = CatalogueIndex.open(dir)) {
                assertThat(reopened.databaseIdentity()).contains("db-1");
                assertThat(reopened.streamPosition()).containsExactly(Map.entry("key-1", "offset-7"));
                assertThat(reopened.versions()).containsKey(late).hasSize(6);
                reopened.forgetStreamPosition();
                assertThat(reopened.needsRebuild()).isTrue();
            }
            try (CatalogueIndex lost = CatalogueIndex.open(dir)) {
                assertThat(lost.streamPosition()).isEmpty();
                assertThat(lost.needsRebuild()).as("a forgotten position forces a rebuild after a restart too").isTrue();
            }
        }

        @Test
        void aPositionStagedAfterTheLastCommitIsNotOnDiskAfterACrash() throws Exception {
            Path dir = tmp.resolve("crash");
            try (CatalogueIndex idx = CatalogueIndex.open(dir)) {
                idx.rebuild(fixture().stream(), "db-1");
                idx.streamApplied(Map.of("k", "committed"));
                idx.commitNow();
                idx.streamApplied(Map.of("k", "not-yet"));
                // what a kill -9 now would leave: the last commit, read from the side
                try (var reader = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(dir))) {
                    assertThat(CatalogueIndex.decodePosition(reader.getIndexCommit().getUserData().get(CatalogueIndex.DATA_STREAM)))
                            .containsExactly(Map.entry("k", "committed"));
                }
            }
        }

        @Test
        void watermarkAndContentSurviveReopen() throws IOException {
            index.upsert(doc(UUID.randomUUID(), "ONLINE", "CAT", "T", null, "ACTIVE", P1, List.of(), null, null, "晚到的资源", "Late",
                    null, List.of(), null, 30));
            index.upsert(doc(UUID.randomUUID(), "ONLINE", "CAT", "T", null, "ACTIVE", P1, List.of(), null, null, "更早的资源", "Older",
                    null, List.of(), null, 20)); // out of order: the watermark keeps the newest
            index.close();
            index = CatalogueIndex.open(tmp.resolve("index"));
            assertThat(index.needsRebuild()).isFalse();
            assertThat(index.watermark()).contains(T0.plusSeconds(30 * 60));
            assertThat(index.count()).isEqualTo(7);
            assertThat(ids(CatalogueQuery.builder().text("美妆").build())).containsExactly(A, E);
        }

        @Test
        void periodicCommitPersistsWithoutClose() throws Exception {
            Path dir = tmp.resolve("periodic");
            var options = new CatalogueIndex.Options(java.time.Duration.ofMillis(50), java.time.Duration.ofMillis(100), 16);
            try (CatalogueIndex idx = CatalogueIndex.open(dir, options)) {
                idx.rebuild(fixture().stream());
                idx.upsert(doc(UUID.randomUUID(), "ONLINE", "CAT", "T", null, "ACTIVE", P1, List.of(), null, null, "定时提交", "Committed",
                        null, List.of(), null, 42));
                Thread.sleep(600);
                // Read the last commit from the side, as a restarted process would.
                try (var reader = org.apache.lucene.index.DirectoryReader.open(org.apache.lucene.store.FSDirectory.open(dir))) {
                    assertThat(reader.numDocs()).isEqualTo(6);
                    assertThat(reader.getIndexCommit().getUserData())
                            .containsEntry(CatalogueIndex.DATA_WATERMARK, T0.plusSeconds(42 * 60).toString());
                }
            }
        }
    }
}
