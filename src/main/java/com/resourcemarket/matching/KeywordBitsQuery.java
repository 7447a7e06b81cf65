package com.resourcemarket.matching;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Hard filter "keyword field has one of these values" for the few-valued fields every request filters on (status,
 * type, category, channel), answered from per-segment bit sets kept in {@link SegmentColumns}. The same terms recur in
 * every request and each matches a large share of the catalogue (ACTIVE most of it): decoding their postings again
 * per request was a fifth of a category-wide match, while a bit set lets Lucene's conjunction test them bit by bit
 * and lead with what is rarer. Lucene's own query cache never caches term queries, hence this.
 */
final class KeywordBitsQuery extends Query {

    private final String field;
    private final SortedSet<String> values;

    KeywordBitsQuery(String field, java.util.Collection<String> values) {
        this.field = Objects.requireNonNull(field);
        this.values = new TreeSet<>(values);
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public Scorer scorer(LeafReaderContext context) throws IOException {
                SegmentColumns columns = SegmentColumns.of(context.reader());
                List<SegmentColumns.TermBits> found = values.stream().map(v -> columns.termBits(context.reader(), field, v))
                        .filter(Objects::nonNull).toList();
                if (found.isEmpty()) {
                    return null;
                }
                FixedBitSet bits = found.get(0).docs();
                int count = found.get(0).count();
                if (found.size() > 1) { // several values: their union, for this request only
                    bits = bits.clone();
                    for (SegmentColumns.TermBits more : found.subList(1, found.size())) {
                        bits.or(more.docs());
                    }
                    count = bits.cardinality();
                }
                return new ConstantScoreScorer(this, score(), scoreMode, new BitSetIterator(bits, count));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return false; // cached per segment already
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(field)) {
            visitor.visitLeaf(this);
        }
    }

    @Override
    public String toString(String defaultField) {
        return field + ":" + values + " (bits)";
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other) && field.equals(((KeywordBitsQuery) other).field) && values.equals(((KeywordBitsQuery) other).values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), field, values);
    }
}
