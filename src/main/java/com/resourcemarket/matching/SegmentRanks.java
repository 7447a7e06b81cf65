package com.resourcemarket.matching;

import com.resourcemarket.catalogue.search.IndexFields;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.util.NumericUtils;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where each grade starts in a segment sorted by grade rank desc, then evaluation desc (unevaluated last), and where
 * each whole evaluation point starts inside a grade. Lets the candidate phase jump over the tail of a grade whose
 * documents can no longer beat the candidate heap (see {@link RankSkipper}). Computed once per segment core, in one
 * pass over two doc-value fields, and dropped when the segment is closed.
 */
final class SegmentRanks {

    /** Evaluation cut points 0..{@value #MAX_EVALUATION_STEP}; evaluations above it sort first and score as 100. */
    static final int MAX_EVALUATION_STEP = 101;

    private static final Map<IndexReader.CacheKey, SegmentRanks> CACHE = new ConcurrentHashMap<>();

    final int maxDoc;
    /** Per grade rank: first doc and end (exclusive); empty grades have start == end. */
    final int[] start;
    final int[] end;
    /** Per grade rank and whole evaluation k: the first doc of the grade whose evaluation is below k (or missing). */
    final int[][] firstBelow;

    private SegmentRanks(int maxDoc, int ranks) {
        this.maxDoc = maxDoc;
        this.start = new int[ranks];
        this.end = new int[ranks];
        this.firstBelow = new int[ranks][MAX_EVALUATION_STEP + 1];
    }

    /** The segment's ranks, or null when the segment is not sorted by rank (an index written by another mapping). */
    static SegmentRanks of(LeafReader segment) throws IOException {
        if (!IndexFields.isRankSorted(segment)) {
            return null;
        }
        IndexReader.CacheHelper core = segment.getCoreCacheHelper();
        if (core == null) {
            return compute(segment);
        }
        SegmentRanks cached = CACHE.get(core.getKey());
        if (cached == null) {
            cached = compute(segment);
            if (CACHE.putIfAbsent(core.getKey(), cached) == null) {
                core.addClosedListener(CACHE::remove);
            }
        }
        return cached;
    }

    static int cachedSegments() {
        return CACHE.size();
    }

    private static SegmentRanks compute(LeafReader segment) throws IOException {
        int ranks = IndexFields.maxGradeRank() + 1;
        int maxDoc = segment.maxDoc();
        SegmentRanks r = new SegmentRanks(maxDoc, ranks);
        NumericDocValues grade = DocValues.getNumeric(segment, IndexFields.GRADE_RANK);
        SortedNumericDocValues evaluation = DocValues.getSortedNumeric(segment, IndexFields.EVALUATION);
        // ranks appear in decreasing order; an absent rank gets an empty range where the next lower one starts
        int rank = ranks - 1;
        int k = MAX_EVALUATION_STEP;
        r.start[rank] = 0;
        for (int doc = 0; doc < maxDoc; doc++) {
            int docRank = grade.advanceExact(doc) ? (int) Math.max(0, Math.min(ranks - 1, grade.longValue())) : 0;
            while (docRank < rank) {
                close(r, rank, k, doc);
                rank--;
                r.start[rank] = doc;
                k = MAX_EVALUATION_STEP;
            }
            double e = evaluation.advanceExact(doc) ? NumericUtils.sortableLongToDouble(evaluation.nextValue()) : -1;
            while (k >= 0 && e < k) {
                r.firstBelow[rank][k--] = doc;
            }
        }
        close(r, rank, k, maxDoc);
        while (rank > 0) {
            rank--;
            r.start[rank] = maxDoc;
            close(r, rank, MAX_EVALUATION_STEP, maxDoc);
        }
        return r;
    }

    /** Ends grade {@code rank} at {@code doc}: cut points not reached yet lie at its end. */
    private static void close(SegmentRanks r, int rank, int k, int doc) {
        r.end[rank] = doc;
        for (; k >= 0; k--) {
            r.firstBelow[rank][k] = doc;
        }
    }
}
