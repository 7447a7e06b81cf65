package com.resourcemarket.matching;

import com.resourcemarket.catalogue.search.IndexFields;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Columns are kept per segment core. When a segment's deletions change, a reopened reader opens a new segment reader
 * over the same core and the old one may be closed: columns first needed after that (a filter term's bits,
 * coordinates, a numeric tag, owners) must be read through the current reader. Reading through the reader that built
 * the columns failed with AlreadyClosedException — a 500 from the match API after resources were updated.
 */
class SegmentColumnsTest {

    private static Document doc(int i) {
        Document d = new Document();
        d.add(new KeywordField(IndexFields.ID, "r" + i, Field.Store.NO));
        d.add(new KeywordField(IndexFields.STATUS, i % 4 == 0 ? "SUSPENDED" : "ACTIVE", Field.Store.NO));
        d.add(new KeywordField(IndexFields.TYPE, i % 2 == 0 ? "门店.专柜" : "STORE_COUNTER", Field.Store.NO));
        d.add(new KeywordField(IndexFields.OWNER, "owner-" + i % 3, Field.Store.NO));
        d.add(new LatLonDocValuesField(IndexFields.GEO, 31.2 + i / 1000.0, 121.4));
        d.add(new DoubleField(IndexFields.tagNumber("fans"), 1000 + i, Field.Store.NO));
        return d;
    }

    @Test
    void lazyColumnsOfAReopenedSegmentAreReadThroughTheCurrentReader() throws Exception {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            for (int i = 0; i < 100; i++) {
                writer.addDocument(doc(i));
            }
            writer.commit();
            DirectoryReader first = DirectoryReader.open(directory);
            LeafReader firstSegment = first.leaves().get(0).reader();
            SegmentColumns columns = SegmentColumns.of(firstSegment);
            assertThat(columns.termBits(firstSegment, IndexFields.STATUS, "ACTIVE").count()).isEqualTo(75);

            writer.deleteDocuments(new Term(IndexFields.ID, "r1"));
            writer.commit();
            DirectoryReader second = DirectoryReader.openIfChanged(first);
            assertThat(second).isNotNull();
            first.close(); // the segment's first reader is gone; its core lives on in the second
            try (second) {
                LeafReader segment = second.leaves().get(0).reader();
                assertThat(segment).isNotSameAs(firstSegment);
                assertThat(SegmentColumns.of(segment)).as("kept per core").isSameAs(columns);

                assertThat(columns.termBits(segment, IndexFields.TYPE, "门店.专柜").count()).isEqualTo(50);
                assertThat(columns.termBits(segment, IndexFields.TYPE, "NO_SUCH_TYPE")).isNull();
                assertThat(columns.coordinates(segment)[0][10]).isCloseTo(31.21, org.assertj.core.data.Offset.offset(1e-6));
                assertThat(columns.numbers(segment, IndexFields.tagNumber("fans")).values()[42]).isEqualTo(1042.0);
                int[] owners = columns.ownerOrds(segment);
                assertThat(owners[0]).isEqualTo(owners[3]).isNotEqualTo(owners[1]);
            }
        }
    }
}
