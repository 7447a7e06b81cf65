package com.resourcemarket.catalogue;

import com.resourcemarket.catalogue.search.CatalogueQuery;
import com.resourcemarket.catalogue.search.CatalogueSearch;
import com.resourcemarket.catalogue.search.Hit;
import com.resourcemarket.testsupport.LocalStackTestResource;
import com.resourcemarket.testsupport.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.UUID;
import java.util.stream.Stream;

import static com.resourcemarket.catalogue.CatalogueFixtures.activeResource;
import static com.resourcemarket.catalogue.CatalogueFixtures.contentPlatform;
import static org.assertj.core.api.Assertions.assertThat;

/** The index is derived data: rebuilt from MySQL it holds exactly the catalogue, and finds what it found before. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class CatalogueIndexRebuildTest {

    @Inject
    CatalogueSearch search;

    @Inject
    ResourceIndexer indexer;

    @Test
    void rebuildFromTheDatabaseRestoresEveryResource() {
        CatalogueFixtures.ensureDemoPartners();
        String id = activeResource(Tokens.beautyClipClient(), contentPlatform("重建索引测试平台", "Rebuild test platform", 400_000));

        long rebuilt;
        try (Stream<com.resourcemarket.catalogue.search.ResourceDocument> all = indexer.all()) {
            rebuilt = search.index().rebuild(all);
        }
        long inDatabase = QuarkusTransaction.requiringNew().call(() -> Resource.count());
        assertThat(rebuilt).isEqualTo(inDatabase);
        assertThat(search.index().count()).isEqualTo(inDatabase);

        assertThat(search.search(CatalogueQuery.builder().text("重建索引").build()).hits())
                .extracting(Hit::id).contains(UUID.fromString(id));
    }
}
