package com.resourcemarket.catalogue;

import com.resourcemarket.catalogue.search.CatalogueIndex;
import com.resourcemarket.catalogue.search.CatalogueSearch;
import com.resourcemarket.catalogue.search.ResourceDocument;
import com.resourcemarket.core.persistence.DatabaseIdentity;
import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seen by a user: the local database was recreated empty while the search index on disk was kept, and the catalogue
 * then answered with documents of resources that no longer existed (830 documents for 515 resources; every other
 * match result {@code "resource": null}). An index built from another database is rebuilt at start.
 */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
@TestProfile(ForeignIndexRebuildTest.KeptIndexOfAnotherDatabase.class)
class ForeignIndexRebuildTest {

    static final UUID GHOST = UUID.fromString("0190aaaa-0000-7000-8000-00000000dead");

    /** Starts the service on an index directory written from another database, with a ghost in it. */
    public static class KeptIndexOfAnotherDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path dir = Files.createTempDirectory("kept-index-");
                try (CatalogueIndex index = CatalogueIndex.open(dir)) {
                    index.rebuild(Stream.of(ghost()), "another-database");
                    index.streamApplied(Map.of("a2V5", "dmFsdWU="));
                    index.commitNow();
                }
                return Map.of("resource-market.search.index-dir", dir.toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Inject
    CatalogueSearch search;

    @Inject
    DatabaseIdentity database;

    @Test
    void anIndexBuiltFromAnotherDatabaseIsRebuiltAndServesNoGhost() throws InterruptedException {
        assertThat(search.awaitCaughtUp(Duration.ofMinutes(2))).isTrue();
        CatalogueFixtures.ensureDemoPartners();

        assertThat(search.index().databaseIdentity()).contains(database.get());
        assertThat(search.index().versions()).doesNotContainKey(GHOST);
        long inDatabase = QuarkusTransaction.requiringNew().call(() -> Resource.count());
        assertThat((long) search.index().count()).isEqualTo(inDatabase);
        given().auth().oauth2(Tokens.manager()).queryParam("q", "幽灵资源").get("/api/v1/resources")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class).forEach(id ->
                        assertThat(id).isNotEqualTo(GHOST.toString()));
        assertThat(search.lastReconciliation()).hasValueSatisfying(r -> assertThat(r.divergences()).isZero());
    }

    static ResourceDocument ghost() {
        return new ResourceDocument(GHOST, "ONLINE", "online.digital-marketing", "online.digital-marketing.content-platform",
                "CORE", "ACTIVE", UUID.fromString("0190aaaa-0000-7000-8000-00000000beef"), List.of("CN"), List.of("CN"),
                null, null, "幽灵资源", "Ghost resource", "gone", List.of(), null, null, new BigDecimal("1.00"), "CNY",
                null, null, null, Instant.parse("2026-01-01T00:00:00Z"));
    }
}
