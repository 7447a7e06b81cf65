package com.resourcemarket.matching;

import org.apache.lucene.search.DocIdSetIterator;

import java.util.function.DoubleSupplier;

/**
 * The documents of a rank-sorted segment that can still enter the candidate heap, as a Lucene competitive iterator:
 * the query's matches are intersected with it, so the hard-filter conjunction leaps over the rest instead of visiting
 * it. Inside a grade the evaluation decreases, so a grade's competitive documents are a prefix of it; the prefix
 * shrinks as the heap's threshold rises. A document is competitive when grade + evaluation + the most the unread
 * factors can add (price, distance, tags) exceeds the threshold; the cut is taken on whole evaluation points below
 * the exact one, so it may keep a few documents too many (the collector's own bound check drops them), never too few.
 */
final class RankSkipper extends DocIdSetIterator {

    /** Slack for the floating-point order of the collector's own sum. */
    private static final double MARGIN = 1e-6;

    private final SegmentRanks ranks;
    private final double[] gradePoints;
    private final double evaluationShare;
    private final double afterEvaluation;
    private final DoubleSupplier threshold;
    private int doc = -1;

    /**
     * @param gradePoints     per grade rank, the grade factor's points (share × value)
     * @param evaluationShare the evaluation factor's share (points for an evaluation of 100)
     * @param afterEvaluation the most the factors read after grade and evaluation can add
     * @param threshold       the score a candidate must exceed now (negative infinity while the heap fills)
     */
    RankSkipper(SegmentRanks ranks, double[] gradePoints, double evaluationShare, double afterEvaluation, DoubleSupplier threshold) {
        this.ranks = ranks;
        this.gradePoints = gradePoints;
        this.evaluationShare = evaluationShare;
        this.afterEvaluation = afterEvaluation;
        this.threshold = threshold;
    }

    @Override
    public int docID() {
        return doc;
    }

    @Override
    public int nextDoc() {
        return advance(doc + 1);
    }

    @Override
    public int advance(int target) {
        double t = threshold.getAsDouble();
        for (int rank = ranks.start.length - 1; rank >= 0 && target < ranks.maxDoc; rank--) {
            if (target >= ranks.end[rank]) {
                continue;
            }
            target = Math.max(target, ranks.start[rank]);
            if (target < competitiveEnd(rank, t)) {
                return doc = target;
            }
            target = ranks.end[rank];
        }
        return doc = NO_MORE_DOCS;
    }

    /** The end (exclusive) of the grade's prefix whose documents may still exceed {@code t}. */
    int competitiveEnd(int rank, double t) {
        if (t == Double.NEGATIVE_INFINITY) {
            return ranks.end[rank];
        }
        double rest = t - afterEvaluation - gradePoints[rank]; // the evaluation points a document must exceed
        if (rest < 0) {
            return ranks.end[rank];
        }
        if (evaluationShare <= 0) {
            return ranks.start[rank];
        }
        double evaluation = rest / evaluationShare * 100 - MARGIN;
        int step = (int) Math.floor(evaluation);
        if (step >= SegmentRanks.MAX_EVALUATION_STEP) {
            return ranks.start[rank];
        }
        return ranks.firstBelow[rank][Math.max(0, step)];
    }

    @Override
    public long cost() {
        return ranks.maxDoc;
    }
}
