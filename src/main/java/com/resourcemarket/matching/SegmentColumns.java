package com.resourcemarket.matching;

import com.resourcemarket.catalogue.search.IndexFields;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.util.NumericUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One segment's static ranking inputs as plain arrays, read once from doc values and kept until the segment is
 * closed. The candidate phase reads every resource that passes the hard filters — up to ~200,000 of 1,000,000 for a
 * category-wide demand — and array reads cost a fraction of compressed doc-value look-ups. Columns that only some
 * requests need (coordinates, owners, a numeric tag, a filter term's bit set) are built on first use. Segments are
 * immutable, so nothing is ever invalidated; a new or merged segment gets its own columns.
 * <p>
 * Columns are kept per segment <em>core</em>, which readers share: when a segment's deletions change, a reopened index
 * opens a new reader over the same core, and the reader that built the columns may be closed by then. So whatever is
 * built on first use is read through the caller's reader, never a remembered one.
 * <p>
 * Memory: about 40 bytes per resource plus 12 per numeric tag value in use, 4 per resource for owners once a demander
 * with a cooperation history matches, and 1 bit per resource for each status, type, category and channel value
 * requested (a few dozen values).
 */
final class SegmentColumns {

    private static final Map<IndexReader.CacheKey, SegmentColumns> CACHE = new ConcurrentHashMap<>();

    final int maxDoc;
    /** Grade rank per doc (see {@link IndexFields#GRADE_RANK}). */
    final byte[] gradeRank;
    /** Evaluation per doc, NaN when absent. */
    final double[] evaluation;
    /** Listed price per doc, NaN when absent. */
    final double[] price;
    /** Tag-key ords of doc d (segment ords of {@link IndexFields#TAG_KEY}) are {@code tagOrds[tagStart[d] .. tagStart[d+1])}. */
    final int[] tagStart;
    final int[] tagOrds;
    /** Grade and evaluation boundaries when the segment is rank-sorted, else null. */
    final SegmentRanks ranks;
    private volatile double[][] coordinates;
    private volatile int[] ownerOrds;
    private final Map<String, Numbers> numbers = new ConcurrentHashMap<>();
    private final Map<String, TermBits> termBits = new ConcurrentHashMap<>();

    /** A numeric tag's values: doc d has {@code values[start[d] .. start[d+1])}. */
    record Numbers(int[] start, double[] values) {
    }

    /** The docs carrying a keyword term, and how many. */
    record TermBits(org.apache.lucene.util.FixedBitSet docs, int count) {
    }

    private SegmentColumns(LeafReader segment) throws IOException {
        this.maxDoc = segment.maxDoc();
        gradeRank = new byte[maxDoc];
        var grades = DocValues.getNumeric(segment, IndexFields.GRADE_RANK);
        for (int doc = grades.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = grades.nextDoc()) {
            gradeRank[doc] = (byte) Math.max(0, Math.min(IndexFields.maxGradeRank(), grades.longValue()));
        }
        evaluation = firstValues(DocValues.getSortedNumeric(segment, IndexFields.EVALUATION));
        price = firstValues(DocValues.getSortedNumeric(segment, IndexFields.PRICE));
        SortedSetDocValues keys = DocValues.getSortedSet(segment, IndexFields.TAG_KEY);
        tagStart = new int[maxDoc + 1];
        int[] ords = new int[Math.max(16, maxDoc * 4)];
        int n = 0;
        for (int doc = 0; doc < maxDoc; doc++) {
            tagStart[doc] = n;
            if (keys.advanceExact(doc)) {
                int count = keys.docValueCount();
                if (n + count > ords.length) {
                    ords = Arrays.copyOf(ords, Math.max(n + count, ords.length + (ords.length >> 1)));
                }
                for (int i = 0; i < count; i++) {
                    ords[n++] = (int) keys.nextOrd();
                }
            }
        }
        tagStart[maxDoc] = n;
        tagOrds = Arrays.copyOf(ords, n);
        ranks = IndexFields.isRankSorted(segment) ? SegmentRanks.compute(gradeRank, evaluation) : null;
    }

    static SegmentColumns of(LeafReader segment) throws IOException {
        IndexReader.CacheHelper core = segment.getCoreCacheHelper();
        if (core == null) {
            return new SegmentColumns(segment);
        }
        SegmentColumns cached = CACHE.get(core.getKey());
        if (cached == null) {
            cached = new SegmentColumns(segment);
            SegmentColumns raced = CACHE.putIfAbsent(core.getKey(), cached);
            if (raced != null) {
                return raced;
            }
            core.addClosedListener(CACHE::remove);
        }
        return cached;
    }

    /** Latitude and longitude per doc (NaN when the resource has no location), built on first use. */
    double[][] coordinates(LeafReader segment) {
        double[][] c = coordinates;
        if (c == null) {
            synchronized (this) {
                c = coordinates;
                if (c == null) {
                    c = new double[2][maxDoc];
                    Arrays.fill(c[0], Double.NaN);
                    Arrays.fill(c[1], Double.NaN);
                    try {
                        SortedNumericDocValues geo = DocValues.getSortedNumeric(segment, IndexFields.GEO);
                        for (int doc = geo.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = geo.nextDoc()) {
                            long encoded = geo.nextValue();
                            c[0][doc] = GeoEncodingUtils.decodeLatitude((int) (encoded >>> 32));
                            c[1][doc] = GeoEncodingUtils.decodeLongitude((int) encoded);
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    coordinates = c;
                }
            }
        }
        return c;
    }

    /** Per doc the segment ord of its owner ({@link IndexFields#OWNER}), -1 when none, built on first use. */
    int[] ownerOrds(LeafReader segment) {
        int[] o = ownerOrds;
        if (o == null) {
            synchronized (this) {
                o = ownerOrds;
                if (o == null) {
                    o = new int[maxDoc];
                    Arrays.fill(o, -1);
                    try {
                        SortedSetDocValues owners = DocValues.getSortedSet(segment, IndexFields.OWNER);
                        for (int doc = owners.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = owners.nextDoc()) {
                            o[doc] = (int) owners.nextOrd();
                        }
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    ownerOrds = o;
                }
            }
        }
        return o;
    }

    /**
     * The docs whose keyword field holds the term (see {@link KeywordBitsQuery}), built on first use; null when no doc
     * of the segment has it (not kept, so unknown codes in requests cannot grow the cache). 125 KiB per million docs.
     */
    TermBits termBits(LeafReader segment, String field, String term) {
        TermBits cached = termBits.get(field + '\u0000' + term);
        if (cached != null) {
            return cached;
        }
        try {
            org.apache.lucene.index.PostingsEnum postings = segment.postings(new org.apache.lucene.index.Term(field, term),
                    org.apache.lucene.index.PostingsEnum.NONE);
            if (postings == null) {
                return null;
            }
            org.apache.lucene.util.FixedBitSet docs = new org.apache.lucene.util.FixedBitSet(maxDoc);
            int count = 0;
            for (int doc = postings.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                docs.set(doc);
                count++;
            }
            TermBits built = new TermBits(docs, count);
            TermBits raced = termBits.putIfAbsent(field + '\u0000' + term, built);
            return raced == null ? built : raced;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The values of the numeric tag field (see {@link IndexFields#tagNumber}), built on first use. */
    Numbers numbers(LeafReader segment, String field) {
        return numbers.computeIfAbsent(field, f -> {
            try {
                SortedNumericDocValues values = DocValues.getSortedNumeric(segment, f);
                int[] start = new int[maxDoc + 1];
                double[] out = new double[16];
                int n = 0;
                for (int doc = 0; doc < maxDoc; doc++) {
                    start[doc] = n;
                    if (values.advanceExact(doc)) {
                        int count = values.docValueCount();
                        if (n + count > out.length) {
                            out = Arrays.copyOf(out, Math.max(n + count, out.length * 2));
                        }
                        for (int i = 0; i < count; i++) {
                            out[n++] = NumericUtils.sortableLongToDouble(values.nextValue());
                        }
                    }
                }
                start[maxDoc] = n;
                return new Numbers(start, Arrays.copyOf(out, n));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private double[] firstValues(SortedNumericDocValues values) throws IOException {
        double[] out = new double[maxDoc];
        Arrays.fill(out, Double.NaN);
        for (int doc = values.nextDoc(); doc != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            out[doc] = NumericUtils.sortableLongToDouble(values.nextValue());
        }
        return out;
    }
}
