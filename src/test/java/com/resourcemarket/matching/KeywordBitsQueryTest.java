package com.resourcemarket.matching;

import com.resourcemarket.catalogue.search.CatalogueIndex;
import com.resourcemarket.catalogue.search.IndexFields;
import com.resourcemarket.catalogue.search.ResourceDocument;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import static com.resourcemarket.matching.Fixtures.res;
import static org.assertj.core.api.Assertions.assertThat;

/** The cached bit-set filter matches exactly what Lucene's own keyword query matches, across segments and updates. */
class KeywordBitsQueryTest {

    @TempDir
    Path tmp;

    @Test
    void matchesWhatTheKeywordQueryMatches() throws Exception {
        Random rnd = new Random(7);
        String[] statuses = {"ACTIVE", "ACTIVE", "ACTIVE", "SUSPENDED", "DRAFT"};
        String[] types = {"offline.scenario.community-space", "online.e-commerce.comprehensive", "线下.展会"};
        List<ResourceDocument> docs = new ArrayList<>();
        for (int i = 1; i <= 3000; i++) {
            docs.add(res(i).status(statuses[rnd.nextInt(statuses.length)]).type(types[rnd.nextInt(types.length)]).doc());
        }
        try (CatalogueIndex index = CatalogueIndex.open(tmp.resolve("index"))) {
            index.rebuild(docs.stream().limit(2000));
            docs.stream().skip(2000).forEach(index::upsert); // more segments
            for (int i = 1; i <= 300; i++) { // updates: the old versions are deleted docs that must not match
                index.upsert(res(i).status("SUSPENDED").type(types[0]).doc());
            }
            index.refresh();
            List<Set<String>> cases = List.of(Set.of("ACTIVE"), Set.of("SUSPENDED", "DRAFT"), Set.of("NO_SUCH_STATUS"),
                    Set.of("ACTIVE", "NO_SUCH_STATUS"));
            index.withSearcher(searcher -> {
                for (Set<String> values : cases) {
                    int expected = searcher.count(KeywordField.newSetQuery(IndexFields.STATUS,
                            values.stream().map(BytesRef::new).toList()));
                    assertThat(searcher.count(new KeywordBitsQuery(IndexFields.STATUS, values))).as("%s", values).isEqualTo(expected);
                }
                assertThat(searcher.count(new KeywordBitsQuery(IndexFields.STATUS, Set.of("ACTIVE")))).isBetween(1000, 2000);
                for (String type : types) { // in a conjunction, as the engine uses it
                    Query bits = new BooleanQuery.Builder()
                            .add(new KeywordBitsQuery(IndexFields.STATUS, Set.of("ACTIVE")), Occur.FILTER)
                            .add(new KeywordBitsQuery(IndexFields.TYPE, Set.of(type)), Occur.FILTER).build();
                    Query plain = new BooleanQuery.Builder()
                            .add(KeywordField.newExactQuery(IndexFields.STATUS, "ACTIVE"), Occur.FILTER)
                            .add(KeywordField.newExactQuery(IndexFields.TYPE, type), Occur.FILTER).build();
                    assertThat(searcher.count(bits)).as(type).isEqualTo(searcher.count(plain)).isPositive();
                }
                return null;
            });
        }
    }
}
