package com.resourcemarket.matching;

import com.resourcemarket.catalogue.search.IndexFields;
import org.apache.lucene.index.LeafReader;

import java.io.IOException;

/**
 * Where each grade starts in a segment sorted by grade rank desc, then evaluation desc (unevaluated last), and where
 * each whole evaluation point starts inside a grade. Lets the candidate phase jump over the tail of a grade whose
 * documents can no longer beat the candidate heap (see {@link RankSkipper}). Derived once per segment from its
 * {@link SegmentColumns} (grade ranks and evaluations already read there) and kept with them.
 */
final class SegmentRanks {

    /** Evaluation cut points 0..{@value #MAX_EVALUATION_STEP}; evaluations above it sort first and score as 100. */
    static final int MAX_EVALUATION_STEP = 101;

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
        return SegmentColumns.of(segment).ranks;
    }

    /** From a rank-sorted segment's grade ranks and evaluations (NaN when absent), in doc order. */
    static SegmentRanks compute(byte[] gradeRank, double[] evaluation) {
        int ranks = IndexFields.maxGradeRank() + 1;
        int maxDoc = gradeRank.length;
        SegmentRanks r = new SegmentRanks(maxDoc, ranks);
        // ranks appear in decreasing order; an absent rank gets an empty range where the next lower one starts
        int rank = ranks - 1;
        int k = MAX_EVALUATION_STEP;
        r.start[rank] = 0;
        for (int doc = 0; doc < maxDoc; doc++) {
            int docRank = gradeRank[doc];
            while (docRank < rank) {
                close(r, rank, k, doc);
                rank--;
                r.start[rank] = doc;
                k = MAX_EVALUATION_STEP;
            }
            double e = Double.isNaN(evaluation[doc]) ? -1 : evaluation[doc];
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
