package com.resourcemarket.matching;

import com.resourcemarket.catalogue.search.CatalogueIndex;
import com.resourcemarket.catalogue.search.IndexFields;
import com.resourcemarket.catalogue.search.ResourceDocument;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.util.NumericUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static com.resourcemarket.matching.Fixtures.res;
import static org.assertj.core.api.Assertions.assertThat;

/** The per-segment grade ranges and evaluation cut points agree with a document-by-document reading. */
class SegmentRanksTest {

    @TempDir
    Path tmp;

    @Test
    void gradeRangesAndEvaluationCutPointsMatchTheDocuments() throws Exception {
        Random rnd = new Random(7);
        String[] grades = {"CORE", "IMPORTANT", "BASIC", null, "UNKNOWN"};
        List<ResourceDocument> docs = new ArrayList<>();
        for (int i = 1; i <= 2500; i++) {
            String evaluation = switch (rnd.nextInt(6)) {
                case 0 -> null;
                case 1 -> String.valueOf(rnd.nextInt(101));            // whole points, 0 and 100 included
                case 2 -> "100.5";                                     // above the scale: scores as 100
                default -> String.format("%.2f", rnd.nextDouble() * 100);
            };
            docs.add(res(i).grade(grades[rnd.nextInt(grades.length)]).evaluation(evaluation)
                    .owner(new UUID(0xB0, rnd.nextInt(9))).doc());
        }
        try (CatalogueIndex index = CatalogueIndex.open(tmp.resolve("index"))) {
            index.rebuild(docs.stream().limit(1800));
            docs.stream().skip(1800).forEach(index::upsert);
            index.refresh();
            index.withSearcher(searcher -> {
                assertThat(searcher.getIndexReader().leaves()).hasSizeGreaterThan(1);
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    check(leaf.reader());
                }
                return null;
            });
        }
    }

    private static void check(LeafReader segment) throws IOException {
        SegmentRanks ranks = SegmentRanks.of(segment);
        assertThat(ranks).isNotNull();
        assertThat(SegmentRanks.of(segment)).as("cached per segment").isSameAs(ranks);
        int maxDoc = segment.maxDoc();
        int[] rank = new int[maxDoc];
        double[] evaluation = new double[maxDoc];
        NumericDocValues grades = DocValues.getNumeric(segment, IndexFields.GRADE_RANK);
        SortedNumericDocValues evaluations = DocValues.getSortedNumeric(segment, IndexFields.EVALUATION);
        for (int doc = 0; doc < maxDoc; doc++) {
            rank[doc] = grades.advanceExact(doc) ? (int) grades.longValue() : 0;
            evaluation[doc] = evaluations.advanceExact(doc) ? NumericUtils.sortableLongToDouble(evaluations.nextValue()) : -1;
        }
        for (int r = 0; r <= IndexFields.maxGradeRank(); r++) {
            for (int doc = 0; doc < maxDoc; doc++) {
                boolean inside = doc >= ranks.start[r] && doc < ranks.end[r];
                assertThat(inside).as("doc %d in rank %d's range", doc, r).isEqualTo(rank[doc] == r);
            }
            for (int k = 0; k <= SegmentRanks.MAX_EVALUATION_STEP; k++) {
                int expected = ranks.end[r];
                for (int doc = ranks.start[r]; doc < ranks.end[r]; doc++) {
                    if (evaluation[doc] < k) {
                        expected = doc;
                        break;
                    }
                }
                assertThat(ranks.firstBelow[r][k]).as("rank %d, first evaluation below %d", r, k).isEqualTo(expected);
            }
        }
    }
}
