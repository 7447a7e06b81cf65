package com.resourcemarket.matching;

import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.DocIdSetIterator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.DoubleSupplier;

/**
 * The documents of a rank-sorted segment that can still enter the candidate heap, as a Lucene competitive iterator:
 * the query's matches are intersected with it, so the hard-filter conjunction leaps over the rest instead of visiting
 * it. Inside a grade the evaluation decreases, so a grade's competitive documents are a prefix of it; the prefix
 * shrinks as the heap's threshold rises. A document is competitive when grade + evaluation + the most the unread
 * factors can add (price, distance, tags) exceeds the threshold; the cut is taken on whole evaluation points below
 * the exact one, so it may keep a few documents too many (the collector's own bound check drops them), never too few.
 * <p>
 * Inside the competitive prefix the nice-to-have tags are used the way Lucene's MaxScore uses clauses: with the
 * document's grade and evaluation known (from the columns) and price, distance and history at their best, the tags must add
 * more than some amount; the criteria whose contributions together cannot reach it (the smallest first) are
 * "non-essential", so a competitive document carries at least one essential tag key and the iterator leaps along the
 * union of the essential keys' postings. Further down a grade the evaluation only falls, so the essential set only
 * shrinks and a leap is never too far; a new grade starts over.
 */
final class RankSkipper extends DocIdSetIterator {

    /** Slack for the floating-point order of the collector's own sum. */
    private static final double MARGIN = 1e-6;

    private final SegmentRanks ranks;
    private final double[] gradePoints;
    private final double evaluationShare;
    private final double afterEvaluation;
    private final DoubleSupplier threshold;
    private final byte[] gradeRank;
    private final double[] evaluation;
    /** Tag criteria sorted by their largest contribution, ascending, with the postings of their tag keys (null: none). */
    private final double[] criterionMax;
    private final PostingsEnum[] criterionDocs;
    private final double[] prefixMax;
    private final double othersMax;
    private int doc = -1;

    /**
     * @param gradePoints     per grade rank, the grade factor's points (share × value)
     * @param evaluationShare the evaluation factor's share (points for an evaluation of 100)
     * @param afterEvaluation the most the factors read after grade and evaluation can add
     * @param threshold       the score a candidate must exceed now (negative infinity while the heap fills)
     */
    RankSkipper(SegmentRanks ranks, double[] gradePoints, double evaluationShare, double afterEvaluation, DoubleSupplier threshold) {
        this(ranks, gradePoints, evaluationShare, afterEvaluation, threshold, null, 0, new double[0], new PostingsEnum[0]);
    }

    /**
     * @param columns          the segment's grade ranks and evaluations
     * @param othersMax        the most the factors other than grade, evaluation and tags can add (price, distance and,
     *                         when scored here, history)
     * @param criterionMax     per tag criterion, the most it can add (share × weight / weights of its dimension),
     *                         ascending; {@code criterionDocs} the postings of its tag key (null when no doc has it)
     */
    RankSkipper(SegmentRanks ranks, double[] gradePoints, double evaluationShare, double afterEvaluation, DoubleSupplier threshold,
                SegmentColumns columns, double othersMax, double[] criterionMax, PostingsEnum[] criterionDocs) {
        this.ranks = ranks;
        this.gradePoints = gradePoints;
        this.evaluationShare = evaluationShare;
        this.afterEvaluation = afterEvaluation;
        this.threshold = threshold;
        this.gradeRank = columns == null ? null : columns.gradeRank;
        this.evaluation = columns == null ? null : columns.evaluation;
        this.othersMax = othersMax;
        this.criterionMax = criterionMax;
        this.criterionDocs = criterionDocs;
        this.prefixMax = new double[criterionMax.length];
        double sum = 0;
        for (int c = 0; c < criterionMax.length; c++) {
            sum += criterionMax[c];
            prefixMax[c] = sum;
        }
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
            int end = competitiveEnd(rank, t);
            while (target < end) {
                int next = nextWithEssentialTag(target, t);
                if (next == target) {
                    return doc = target;
                }
                target = next; // past the grade's end when no later document of it can compete
            }
            target = Math.max(target, ranks.end[rank]);
        }
        return doc = NO_MORE_DOCS;
    }

    /**
     * {@code target} when it may compete on its tags; otherwise the next document of its grade carrying an essential
     * tag key (or the grade's end).
     */
    private int nextWithEssentialTag(int target, double t) {
        if (criterionMax.length == 0 || t == Double.NEGATIVE_INFINITY) {
            return target;
        }
        int rank = gradeRank[target];
        double e = evaluation[target];
        double known = gradePoints[rank] + (Double.isNaN(e) ? 0 : evaluationShare * Math.max(0, Math.min(1, e / 100)));
        double needed = t - known - othersMax - MARGIN; // what the tags must add (strictly more)
        if (needed < 0) {
            return target;
        }
        int firstEssential = 0; // criteria before it cannot add more than `needed` even together
        while (firstEssential < prefixMax.length && prefixMax[firstEssential] <= needed) {
            firstEssential++;
        }
        int gradeEnd = ranks.end[rank];
        if (firstEssential == prefixMax.length) {
            return gradeEnd; // further down the grade the evaluation only falls
        }
        int next = gradeEnd;
        try {
            for (int c = firstEssential; c < criterionDocs.length; c++) {
                PostingsEnum docs = criterionDocs[c];
                if (docs == null) {
                    continue;
                }
                int at = docs.docID() >= target ? docs.docID() : docs.advance(target);
                next = Math.min(next, at);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        return next;
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
