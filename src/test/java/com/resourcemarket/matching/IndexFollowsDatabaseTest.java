package com.resourcemarket.matching;

import com.resourcemarket.catalogue.ResourceIndexer;
import com.resourcemarket.catalogue.search.CatalogueSearch;
import com.resourcemarket.catalogue.search.ResourceDocument;
import com.resourcemarket.localstack.EmbeddedMariaDb;
import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search index and the matching that reads it follow MySQL through the change stream (the binlog), not through
 * the instance that made a change: a row written straight to the database — as another instance's commit would be —
 * is searchable, hidden or gone within 2 s, and a document the database does not have is never served.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class IndexFollowsDatabaseTest {

    private static final Duration WITHIN = Duration.ofSeconds(2);

    @Inject
    CatalogueSearch search;

    @Inject
    ResourceIndexer indexer;

    @BeforeEach
    void ready() throws InterruptedException {
        MatchFixtures.ensureDemoPartners();
        assertThat(search.awaitCaughtUp(Duration.ofMinutes(2))).isTrue();
    }

    @Test
    void updatesSuspensionsAndDeletesCommittedElsewhereReachSearchAndMatching() throws Exception {
        long followers = MatchFixtures.uniqueFollowers();
        String id = MatchFixtures.activeResource(Tokens.beautyClipClient(), MatchFixtures.contentPlatform("流 stream", followers));
        String demand = MatchFixtures.submitDemand(Tokens.huadongClient(), MatchFixtures.demandFor(followers, null));
        String renamed = "别处改名" + followers;

        sql("UPDATE resources SET name_zh = ?, updated_at = CURRENT_TIMESTAMP(6), version = version + 1 WHERE id = ?", renamed, id);
        assertWithin(() -> searchIds(renamed, "ACTIVE").contains(id), "renamed in MySQL: found by its new name");

        sql("UPDATE resources SET status = 'SUSPENDED', updated_at = CURRENT_TIMESTAMP(6), version = version + 1 WHERE id = ?", id);
        assertWithin(() -> !searchIds(renamed, "ACTIVE").contains(id), "suspended in MySQL: no longer an ACTIVE hit");
        JsonPath run = MatchFixtures.match(Tokens.huadongClient(), demand).then().statusCode(200).extract().jsonPath();
        assertThat(run.getList("results.resource.id", String.class)).doesNotContain(id);

        sql("DELETE FROM resources WHERE id = ?", id);
        assertWithin(() -> !search.index().versions().containsKey(UUID.fromString(id)), "deleted in MySQL: gone from the index");
    }

    @Test
    void aTagLabelChangedInTheDatabaseReindexesEveryResourceCarryingIt() throws Exception {
        String key = "stream_tag_" + Long.toString(System.nanoTime(), 36);
        given().auth().oauth2(Tokens.manager()).contentType("application/json")
                .body(Map.of("dimension", "ATTRIBUTE", "key", key, "labelZh", "流标签", "labelEn", "Stream tag", "valueKind", "FLAG"))
                .post("/api/v1/tags").then().statusCode(201);
        long followers = MatchFixtures.uniqueFollowers();
        String id = MatchFixtures.activeResource(Tokens.beautyClipClient(), MatchFixtures.contentPlatform("标签 tag", followers, key));
        String label = "改名标签" + followers;

        sql("UPDATE tag_definitions SET label_zh = ?, updated_at = CURRENT_TIMESTAMP(6), version = version + 1 WHERE tag_key = ?", label, key);

        assertWithin(() -> searchIds(label, "ACTIVE").contains(id), "the new label is searchable on the resource carrying the tag");
        assertThat((String) given().auth().oauth2(Tokens.manager()).get("/api/v1/tags/" + key).then().statusCode(200)
                .extract().path("labelZh")).as("the tag dictionary cache follows too").isEqualTo(label);
    }

    @Test
    void aGhostInTheIndexIsNeitherRankedNorStoredAndReconciliationRemovesIt() {
        long followers = MatchFixtures.uniqueFollowers();
        String real = MatchFixtures.activeResource(Tokens.beautyClipClient(), MatchFixtures.contentPlatform("真 real", followers));
        String demand = MatchFixtures.submitDemand(Tokens.huadongClient(), MatchFixtures.demandFor(followers, null));
        // The index drifted from MySQL (as after a database was recreated under a kept index): a twin of the real
        // resource under an id MySQL never had, scoring exactly as the real one.
        ResourceDocument doc = indexer.byIds(List.of(UUID.fromString(real))).get(0);
        UUID ghost = UUID.randomUUID();
        search.index().upsert(twin(doc, ghost));
        search.index().refresh();

        JsonPath run = MatchFixtures.match(Tokens.huadongClient(), demand).then().statusCode(200).extract().jsonPath();
        assertThat(run.getList("results.resource.id", String.class)).containsExactly(real);
        assertThat(run.getList("results.resource")).doesNotContainNull();
        JsonPath stored = MatchFixtures.latest(Tokens.huadongClient(), demand, null).then().statusCode(200).extract().jsonPath();
        assertThat(stored.getList("results.resource.id", String.class)).containsExactly(real);

        search.index().upsert(twin(doc, ghost)); // the match run already repaired it; drift again for the reconciliation
        search.index().refresh();
        CatalogueSearch.Reconciliation found = search.reconcile();
        assertThat(found.ghosts()).contains(ghost);
        search.index().refresh();
        assertThat(search.index().versions()).doesNotContainKey(ghost).containsKey(UUID.fromString(real));
        CatalogueSearch.Reconciliation again = search.reconcile();
        assertThat(again.ghosts()).doesNotContain(ghost);
        assertThat(again.indexed()).isEqualTo(again.stored());
    }

    private static ResourceDocument twin(ResourceDocument d, UUID id) {
        return new ResourceDocument(id, d.channel(), d.categoryCode(), d.typeCode(), d.grade(), d.status(), d.ownerPartnerId(),
                d.regionCodes(), d.declaredRegionCodes(), d.latitude(), d.longitude(), d.nameZh(), d.nameEn(), d.description(),
                d.tags(), d.capacityAmount(), d.capacityUnit(), d.priceAmount(), d.priceCurrency(), d.availableFrom(),
                d.availableTo(), d.evaluationScore(), d.updatedAt());
    }

    private static List<String> searchIds(String text, String status) {
        return given().auth().oauth2(Tokens.manager()).queryParam("q", text).queryParam("status", status)
                .get("/api/v1/resources").then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }

    private static void assertWithin(BooleanSupplier condition, String what) throws InterruptedException {
        long end = System.nanoTime() + WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("Not within " + WITHIN.toMillis() + " ms: " + what);
            }
            Thread.sleep(25);
        }
    }

    /** Writes straight to MySQL, bypassing the service: to the binlog this is any other instance's commit. */
    static void sql(String statement, Object... args) throws SQLException {
        EmbeddedMariaDb db = LocalStackTestResource.database();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), EmbeddedMariaDb.USERNAME, EmbeddedMariaDb.PASSWORD);
             PreparedStatement s = c.prepareStatement(statement.replace("id = ?", "id = UNHEX(REPLACE(?, '-', ''))"))) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            assertThat(s.executeUpdate()).as(statement).isPositive();
        }
    }
}
