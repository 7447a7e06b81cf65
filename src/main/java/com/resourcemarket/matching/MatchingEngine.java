package com.resourcemarket.matching;

import com.resourcemarket.catalogue.search.CatalogueIndex;
import com.resourcemarket.catalogue.search.IndexFields;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongField;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;
import org.apache.lucene.util.SloppyMath;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ranks catalogue resources for a {@link MatchRequest}. Thread-safe and stateless apart from its {@link Options}.
 * <ol>
 *   <li>Every hard filter is one Lucene clause (status ACTIVE, type/category/channel, regions and/or radius, capacity,
 *       availability overlapping the window, each must-have, owner exclusions), so cost follows the index, not the
 *       catalogue size.</li>
 *   <li>The filtered resources get their static score (every factor the index knows) from per-segment in-memory
 *       columns ({@link SegmentColumns}); the best {@link Options#candidateLimit()} are kept. Resources that cannot
 *       beat the threshold are dropped after a few reads, or never visited: segments are sorted by grade and
 *       evaluation, and {@link RankSkipper} lets the filters leap over what cannot compete. With an executor the
 *       doc ranges are split over two threads.</li>
 *   <li>The candidates that can still reach the top N once monthly quality and history are added are rescored
 *       from doc values into the explainable score (see docs/matching.md); history is asked once per distinct owner.
 *       Order: score desc, then evaluation desc (unevaluated last), then id asc.</li>
 * </ol>
 */
public final class MatchingEngine {

    /**
     * @param candidateLimit how many filtered resources are rescored (≥ {@link MatchRequest#MAX_TOP_N})
     * @param executor       when given, the index segments are visited in parallel slices on it (lower latency on
     *                       an otherwise idle machine); null visits them on the calling thread
     * @param skipByRank     leap over the documents of a rank-sorted segment that cannot enter the candidates
     *                       ({@link RankSkipper}); off only to compare against the full visit
     */
    public record Options(int candidateLimit, Executor executor, boolean skipByRank) {
        public Options {
            if (candidateLimit < MatchRequest.MAX_TOP_N) {
                throw new IllegalArgumentException("candidateLimit must be >= " + MatchRequest.MAX_TOP_N);
            }
        }

        public Options(int candidateLimit, Executor executor) {
            this(candidateLimit, executor, true);
        }

        public Options(int candidateLimit) {
            this(candidateLimit, null);
        }

        public Options withoutSkipping() {
            return new Options(candidateLimit, executor, false);
        }

        public static Options defaults() {
            return new Options(2000);
        }
    }

    static final int SCALE = 4;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final long TOTAL_UNITS = 1_000_000L; // 100 points at scale 4
    private static final Map<String, Double> GRADES = Map.of("CORE", 1.0, "IMPORTANT", 0.6, "BASIC", 0.3);
    /** Value of a numeric nice-to-have whose tag is present but carries no number. */
    static final double PRESENT_WITHOUT_NUMBER = 0.5;
    static final double NEUTRAL = 0.5;

    private final Options options;

    public MatchingEngine() {
        this(Options.defaults());
    }

    public MatchingEngine(Options options) {
        this.options = options;
    }

    public List<MatchResult> match(CatalogueIndex index, MatchRequest request, HistoryLookup history) {
        return match(index, request, history, MonthlyQualityLookup.none());
    }

    public List<MatchResult> match(CatalogueIndex index, MatchRequest request, HistoryLookup history, MonthlyQualityLookup quality) {
        return index.withSearcher(searcher -> matchOrThrow(searcher, request, history, quality));
    }

    public List<MatchResult> match(IndexSearcher searcher, MatchRequest request, HistoryLookup history) {
        return match(searcher, request, history, MonthlyQualityLookup.none());
    }

    public List<MatchResult> match(IndexSearcher searcher, MatchRequest request, HistoryLookup history, MonthlyQualityLookup quality) {
        try {
            return matchOrThrow(searcher, request, history, quality);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The request's hard filters and scoring applied to one resource only (reverse matching: does this resource
     * fit this demand, and with which score?). Empty when the resource does not pass every hard filter. The id is
     * one more Lucene FILTER clause, so the check costs a term look-up, not a scan.
     */
    public Optional<MatchResult> matchOne(IndexSearcher searcher, MatchRequest request, UUID resourceId,
                                          HistoryLookup history, MonthlyQualityLookup quality) {
        try {
            Query only = KeywordField.newExactQuery(IndexFields.ID, resourceId.toString());
            return matchOrThrow(searcher, request, history, quality, only).stream().findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<MatchResult> matchOrThrow(IndexSearcher searcher, MatchRequest r, HistoryLookup history,
                                           MonthlyQualityLookup quality) throws IOException {
        return matchOrThrow(searcher, r, history, quality, null);
    }

    private List<MatchResult> matchOrThrow(IndexSearcher searcher, MatchRequest r, HistoryLookup history,
                                           MonthlyQualityLookup quality, Query restriction) throws IOException {
        Map<MatchFactor, BigDecimal> shares = shares(r);
        Map<TagDimension, List<MatchRequest.NiceToHave>> tagCriteria = tagCriteria(r);

        Query filters = hardFilters(r);
        if (restriction != null) {
            filters = new BooleanQuery.Builder().add(restriction, Occur.FILTER).add(filters, Occur.FILTER).build();
        }
        // 1. every resource passing the hard filters gets its exact request-dependent ("static") score from doc values;
        //    the best candidateLimit are kept in a bounded heap (no per-hit allocation, no Lucene scoring).
        // history the lookup can list for the demander is scored with the index's factors (exactly, per owner), so the
        // candidate phase need not allow for the best history anyone could have; the scorer then uses the same figures
        Map<UUID, PairHistory> knownHistory = history.knownOwners(r.demanderPartnerId());
        if (knownHistory != null) {
            history = HistoryLookup.ofOwners(knownHistory);
        }
        StaticWeights staticWeights = new StaticWeights(shares, knownHistory, quality != MonthlyQualityLookup.NONE);
        CandidateCollector collector;
        if (options.executor() != null) {
            collector = collectInParts(searcher, filters, staticWeights, tagCriteria, r);
        } else {
            collector = new CandidateCollector(options, staticWeights, tagCriteria, r);
            searcher.search(filters, collector);
        }
        int count = collector.size;
        if (count == 0) {
            return List.of();
        }
        // 2. only candidates that can still reach the top N once monthly quality and history (at most their shares)
        //    are added are rescored exactly; 0.02 covers twice the per-factor rounding of the exact score.
        double[] sortedStatic = Arrays.copyOf(collector.scores, count);
        Arrays.sort(sortedStatic);
        double kth = sortedStatic[Math.max(0, count - r.topN())];
        double floor = kth - collector.weights.dynamicMax - 0.02;
        int kept = 0;
        long[] window = new long[count]; // doc in the high bits, candidate index in the low bits: sorted by doc
        for (int c = 0; c < count; c++) {
            if (collector.scores[c] >= floor) {
                window[kept++] = ((long) collector.docs[c] << 32) | c;
            }
        }
        window = Arrays.copyOf(window, kept);
        Arrays.sort(window);

        Scorer scorer = new Scorer(r, shares, tagCriteria, history, quality);
        // 3. add monthly quality and history as doubles (history once per owner), and rescore exactly only those
        //    whose approximate final score can still reach the top N.
        int[] docs = narrow(searcher, window, collector.scores, staticWeights, scorer, quality, r.topN());
        List<MatchResult> results = new ArrayList<>(docs.length);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int i = 0;
        while (i < docs.length) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
            LeafValues values = new LeafValues(leaf.reader(), tagCriteria);
            int end = leaf.docBase + leaf.reader().maxDoc();
            for (; i < docs.length && docs[i] < end; i++) {
                results.add(scorer.score(values, docs[i] - leaf.docBase));
            }
        }
        results.sort(ORDER);
        return List.copyOf(results.subList(0, Math.min(r.topN(), results.size())));
    }

    /** How many parts the candidate phase is split into when an executor is given (one per core here). */
    static final int PARTS = 2;
    /** Docs per chunk; the parts take turns, so each sees strong and weak resources alike and both thresholds rise early. */
    static final int CHUNK = 8192;

    /**
     * The candidate phase on {@link #PARTS} threads: every segment's doc range is cut into chunks dealt out to the parts
     * in turn (slicing whole segments, as Lucene 9 does, leaves one thread alone with the one large segment of a freshly
     * built index), each part collected into its own heap on its own thread, the heaps merged. The parts share their thresholds: a
     * resource that cannot beat another part's heap cannot be among the best either.
     */
    private CandidateCollector collectInParts(IndexSearcher searcher, Query filters, StaticWeights weights,
                                              Map<TagDimension, List<MatchRequest.NiceToHave>> tags, MatchRequest r)
            throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(filters), ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        AtomicLong shared = new AtomicLong(Double.doubleToLongBits(Double.NEGATIVE_INFINITY));
        List<FutureTask<CandidateCollector>> parts = new ArrayList<>(PARTS);
        for (int p = 0; p < PARTS; p++) {
            int part = p;
            parts.add(new FutureTask<>(() -> {
                CandidateCollector collector = new CandidateCollector(options, weights, tags, r, shared);
                for (LeafReaderContext leaf : leaves) {
                    int maxDoc = leaf.reader().maxDoc();
                    BulkScorer bulk = part * CHUNK < maxDoc ? weight.bulkScorer(leaf) : null;
                    if (bulk != null) {
                        LeafCollector leafCollector = collector.getLeafCollector(leaf);
                        for (int min = part * CHUNK; min < maxDoc; min += PARTS * CHUNK) {
                            bulk.score(leafCollector, leaf.reader().getLiveDocs(), min, Math.min(maxDoc, min + CHUNK));
                        }
                        leafCollector.finish();
                    }
                }
                return collector;
            }));
        }
        for (int p = 1; p < PARTS; p++) {
            options.executor().execute(parts.get(p));
        }
        parts.get(0).run();
        List<CandidateCollector> collected = new ArrayList<>(PARTS);
        for (FutureTask<CandidateCollector> part : parts) {
            try {
                collected.add(part.get());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while matching", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof IOException io) {
                    throw io;
                }
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
        return CandidateCollector.merge(collected, options);
    }

    /** Score desc, then evaluation desc (unevaluated last), then id asc (its canonical string form). */
    static final Comparator<MatchResult> ORDER = Comparator.comparing(MatchResult::score, Comparator.reverseOrder())
            .thenComparing(MatchResult::evaluation, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(m -> m.resourceId().toString());

    /**
     * The window's candidates (sorted by doc) whose static score plus their monthly quality and history (as doubles)
     * is within 0.02 of the N-th best such approximation; returned sorted by doc.
     */
    private static int[] narrow(IndexSearcher searcher, long[] window, double[] staticScores, StaticWeights weights,
                                Scorer scorer, MonthlyQualityLookup quality, int topN) throws IOException {
        double historyShare = weights.historyOutside;
        double qualityShare = weights.qualityOutside;
        int n = window.length;
        int[] docs = new int[n];
        double[] approx = new double[n];
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int i = 0;
        while (i < n) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex((int) (window[i] >>> 32), leaves));
            SortedSetDocValues owners = DocValues.getSortedSet(leaf.reader(), IndexFields.OWNER);
            SortedSetDocValues ids = DocValues.getSortedSet(leaf.reader(), IndexFields.ID);
            Map<Long, Double> historyByOrd = new HashMap<>();
            int end = leaf.docBase + leaf.reader().maxDoc();
            for (; i < n && (int) (window[i] >>> 32) < end; i++) {
                int doc = (int) (window[i] >>> 32);
                int local = doc - leaf.docBase;
                double value = staticScores[(int) window[i]];
                if (historyShare > 0) {
                    double hv = NEUTRAL;
                    if (owners.advanceExact(local)) {
                        long ord = owners.nextOrd();
                        Double cached = historyByOrd.get(ord);
                        if (cached == null) {
                            cached = scorer.historyValue(UUID.fromString(owners.lookupOrd(ord).utf8ToString()));
                            historyByOrd.put(ord, cached);
                        }
                        hv = cached;
                    }
                    value += historyShare * hv;
                }
                if (qualityShare > 0) {
                    double qv = NEUTRAL;
                    if (quality != MonthlyQualityLookup.NONE && ids.advanceExact(local)) {
                        OptionalDouble found = quality.quality(UUID.fromString(ids.lookupOrd(ids.nextOrd()).utf8ToString()));
                        qv = found.isPresent() ? clamp(found.getAsDouble()) : NEUTRAL;
                    }
                    value += qualityShare * qv;
                }
                docs[i] = doc;
                approx[i] = value;
            }
        }
        double[] sorted = approx.clone();
        Arrays.sort(sorted);
        double floor = sorted[Math.max(0, n - topN)] - 0.02;
        int kept = 0;
        int[] out = new int[n];
        for (int k = 0; k < n; k++) {
            if (approx[k] >= floor) {
                out[kept++] = docs[k];
            }
        }
        return Arrays.copyOf(out, kept); // still in doc order
    }

    // ---- hard filters -------------------------------------------------------------------------------------------

    static Query hardFilters(MatchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        // the few-valued fields every request filters on: cached per segment as bit sets
        b.add(new KeywordBitsQuery(IndexFields.STATUS, Set.of("ACTIVE")), Occur.FILTER);
        keywordBits(b, IndexFields.TYPE, r.typeCodes());
        keywordBits(b, IndexFields.CATEGORY, r.categoryCodes());
        if (r.channel() != null) {
            keywordBits(b, IndexFields.CHANNEL, Set.of(r.channel()));
        }
        if (!r.regionCodes().isEmpty()) {
            // located in a wanted region, or declared for a region enclosing one (a province-wide resource covers its cities)
            Query located = KeywordField.newSetQuery(IndexFields.REGION, bytes(r.regionCodes()));
            if (r.coveringRegionCodes().isEmpty()) {
                b.add(located, Occur.FILTER);
            } else {
                b.add(new BooleanQuery.Builder().add(located, Occur.SHOULD)
                        .add(new TermInSetQuery(IndexFields.REGION_DECLARED, bytes(r.coveringRegionCodes())), Occur.SHOULD)
                        .build(), Occur.FILTER);
            }
        }
        if (r.near() != null) {
            MatchRequest.GeoArea g = r.near();
            double meters = g.radiusKm() * 1000;
            b.add(new IndexOrDocValuesQuery(
                    LatLonPoint.newDistanceQuery(IndexFields.GEO, g.latitude(), g.longitude(), meters),
                    LatLonDocValuesField.newSlowDistanceQuery(IndexFields.GEO, g.latitude(), g.longitude(), meters)), Occur.FILTER);
        }
        if (r.quantity() != null) {
            b.add(DoubleField.newRangeQuery(IndexFields.CAPACITY, r.quantity().doubleValue(), Double.POSITIVE_INFINITY), Occur.FILTER);
        }
        // Overlap of [from, to] with the window: from <= windowTo and to >= windowFrom (open ends are indexed as MIN/MAX).
        if (r.windowFrom() != null) {
            b.add(LongField.newRangeQuery(IndexFields.AVAILABLE_TO, r.windowFrom().toEpochDay(), Long.MAX_VALUE), Occur.FILTER);
        }
        if (r.windowTo() != null) {
            b.add(LongField.newRangeQuery(IndexFields.AVAILABLE_FROM, Long.MIN_VALUE, r.windowTo().toEpochDay()), Occur.FILTER);
        }
        for (MatchRequest.MustHave m : r.mustHave()) {
            b.add(mustHave(m), Occur.FILTER);
        }
        Set<String> owners = new LinkedHashSet<>();
        owners.add(r.demanderPartnerId().toString());
        r.excludedOwners().forEach(o -> owners.add(o.toString()));
        b.add(KeywordField.newSetQuery(IndexFields.OWNER, owners.stream().map(BytesRef::new).toList()), Occur.MUST_NOT);
        return b.build();
    }

    static Query mustHave(MatchRequest.MustHave m) {
        String numeric = IndexFields.tagNumber(m.key());
        return switch (m.op()) {
            case EQ -> m.text() != null
                    ? KeywordField.newExactQuery(IndexFields.tagTextField(m.key()), IndexFields.tagText(m.text()))
                    : m.value() != null
                    ? DoubleField.newExactQuery(numeric, m.value().doubleValue())
                    : new TermQuery(new Term(IndexFields.TAG_KEY, IndexFields.tagKey(m.key())));
            case GTE -> DoubleField.newRangeQuery(numeric, m.value().doubleValue(), Double.POSITIVE_INFINITY);
            case LTE -> DoubleField.newRangeQuery(numeric, Double.NEGATIVE_INFINITY, m.value().doubleValue());
            case BETWEEN -> DoubleField.newRangeQuery(numeric, m.value().doubleValue(), m.valueTo().doubleValue());
        };
    }

    private static void keywordBits(BooleanQuery.Builder b, String field, Set<String> values) {
        List<String> terms = values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
        if (!terms.isEmpty()) {
            b.add(new KeywordBitsQuery(field, terms), Occur.FILTER);
        }
    }

    private static List<BytesRef> bytes(Set<String> values) {
        return values.stream().filter(v -> v != null && !v.isBlank()).map(v -> new BytesRef(v.strip())).sorted().toList();
    }

    // ---- weights ------------------------------------------------------------------------------------------------

    /** Nice-to-haves per dimension, the industry key counted as an INDUSTRY nice-to-have; empty dimensions omitted. */
    static Map<TagDimension, List<MatchRequest.NiceToHave>> tagCriteria(MatchRequest r) {
        Map<TagDimension, List<MatchRequest.NiceToHave>> byDimension = new EnumMap<>(TagDimension.class);
        if (r.industryKey() != null) {
            byDimension.computeIfAbsent(TagDimension.INDUSTRY, d -> new ArrayList<>())
                    .add(new MatchRequest.NiceToHave(TagDimension.INDUSTRY, r.industryKey(), MatchRequest.INDUSTRY_WEIGHT, null));
        }
        for (MatchRequest.NiceToHave n : r.niceToHave()) {
            byDimension.computeIfAbsent(n.dimension(), d -> new ArrayList<>()).add(n);
        }
        return byDimension;
    }

    /**
     * The applicable factors' shares of 100 points (scale 4, summing to exactly 100 by largest remainder; ties to the
     * earlier factor). Tag dimensions apply when they have criteria, price with a budget, distance with a point.
     */
    static Map<MatchFactor, BigDecimal> shares(MatchRequest r) {
        MatchWeights w = r.weights();
        Map<TagDimension, List<MatchRequest.NiceToHave>> tags = tagCriteria(r);
        Map<MatchFactor, Double> weights = new EnumMap<>(MatchFactor.class);
        for (TagDimension d : tags.keySet()) {
            weights.put(MatchFactor.tag(d), w.tag(d));
        }
        weights.put(MatchFactor.GRADE, w.grade());
        weights.put(MatchFactor.EVALUATION, w.evaluation());
        weights.put(MatchFactor.MONTHLY_QUALITY, w.monthlyQuality());
        if (r.budget() != null) {
            weights.put(MatchFactor.PRICE, w.price());
        }
        if (r.near() != null) {
            weights.put(MatchFactor.DISTANCE, w.distance());
        }
        weights.put(MatchFactor.HISTORY, w.history());
        weights.values().removeIf(v -> v == 0);
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        if (!(total > 0)) {
            throw new IllegalArgumentException("the weights of the factors that apply to this request sum to 0");
        }
        Map<MatchFactor, Long> units = new EnumMap<>(MatchFactor.class);
        Map<MatchFactor, Double> remainders = new EnumMap<>(MatchFactor.class);
        long assigned = 0;
        for (Map.Entry<MatchFactor, Double> e : weights.entrySet()) {
            double exact = e.getValue() / total * TOTAL_UNITS;
            long floor = (long) Math.floor(exact);
            units.put(e.getKey(), floor);
            remainders.put(e.getKey(), exact - floor);
            assigned += floor;
        }
        List<MatchFactor> byRemainder = new ArrayList<>(weights.keySet());
        byRemainder.sort(Comparator.comparing((MatchFactor f) -> remainders.get(f)).reversed().thenComparing(Enum::ordinal));
        for (int k = 0; assigned < TOTAL_UNITS; k++, assigned++) {
            units.merge(byRemainder.get(k % byRemainder.size()), 1L, Long::sum);
        }
        Map<MatchFactor, BigDecimal> shares = new EnumMap<>(MatchFactor.class);
        units.forEach((f, u) -> shares.put(f, BigDecimal.valueOf(u, SCALE)));
        return shares;
    }

    // ---- factor values ------------------------------------------------------------------------------------------

    static double gradeValue(String grade) {
        return grade == null ? 0 : GRADES.getOrDefault(grade, 0.0);
    }

    static double evaluationValue(Double evaluation) {
        return evaluation == null ? 0 : clamp(evaluation / 100);
    }

    /** Within budget 1, above it budget/price (halves at twice the budget); no price: neutral. */
    static double priceValue(Double price, double budget) {
        if (price == null) {
            return NEUTRAL;
        }
        return price <= budget ? 1 : clamp(budget / price);
    }

    static double distanceValue(Double distanceKm, double radiusKm) {
        return distanceKm == null ? 0 : clamp(1 - distanceKm / radiusKm);
    }

    /** 1 / (1 + |x − w| / |w|); for w = 0: 1 / (1 + |x|). */
    static double closeness(double x, double wanted) {
        double scale = wanted == 0 ? 1 : Math.abs(wanted);
        return 1 / (1 + Math.abs(x - wanted) / scale);
    }

    /**
     * Neutral (0.5) without history. Otherwise, with n = completed + cancellations + disputes:
     * reliability = completed / (n + disputes) (a dispute counts twice), quality = reliability, or the mean of
     * reliability and (rating − 1) / 4 when rated, and the value moves from 0.5 towards quality by the evidence
     * n / (n + 2): {@code 0.5 + n/(n+2) × (quality − 0.5)}.
     */
    static double historyValue(PairHistory h) {
        int n = h.completed() + h.cancellations() + h.disputes();
        if (n == 0) {
            return h.meanRating() == null ? NEUTRAL : clamp(0.5 + (1.0 / 3) * ((h.meanRating() - 1) / 4 - 0.5));
        }
        double reliability = (double) h.completed() / (n + h.disputes());
        double quality = h.meanRating() == null ? reliability : (reliability + (h.meanRating() - 1) / 4) / 2;
        double evidence = (double) n / (n + 2);
        return clamp(0.5 + evidence * (quality - 0.5));
    }

    private static double clamp(double v) {
        return Double.isNaN(v) ? 0 : Math.max(0, Math.min(1, v));
    }

    static BigDecimal round(double v) {
        return BigDecimal.valueOf(clamp(v)).setScale(SCALE, RoundingMode.HALF_EVEN);
    }

    /** Doc values of one segment, opened once per segment; docs must be visited in increasing order. */
    private static final class LeafValues {
        final SortedSetDocValues id;
        final SortedSetDocValues owner;
        final SortedSetDocValues grade;
        final SortedSetDocValues tagKeys;
        final SortedNumericDocValues evaluation;
        final SortedNumericDocValues price;
        final SortedNumericDocValues geo;
        final Map<String, Long> tagOrds = new HashMap<>();
        final Map<String, SortedNumericDocValues> tagNumbers = new HashMap<>();

        LeafValues(LeafReader reader, Map<TagDimension, List<MatchRequest.NiceToHave>> tags) throws IOException {
            id = DocValues.getSortedSet(reader, IndexFields.ID);
            owner = DocValues.getSortedSet(reader, IndexFields.OWNER);
            grade = DocValues.getSortedSet(reader, IndexFields.GRADE);
            tagKeys = DocValues.getSortedSet(reader, IndexFields.TAG_KEY);
            evaluation = DocValues.getSortedNumeric(reader, IndexFields.EVALUATION);
            price = DocValues.getSortedNumeric(reader, IndexFields.PRICE);
            geo = DocValues.getSortedNumeric(reader, IndexFields.GEO);
            for (List<MatchRequest.NiceToHave> list : tags.values()) {
                for (MatchRequest.NiceToHave n : list) {
                    String key = IndexFields.tagKey(n.key());
                    tagOrds.put(key, tagKeys.lookupTerm(new BytesRef(key)));
                    if (n.wanted() != null && !tagNumbers.containsKey(key)) {
                        tagNumbers.put(key, DocValues.getSortedNumeric(reader, IndexFields.tagNumber(key)));
                    }
                }
            }
        }
    }

    /** Reads one candidate's values and turns them into an explained result. */
    private static final class Scorer {
        private final MatchRequest r;
        private final Map<MatchFactor, BigDecimal> shares;
        private final Map<TagDimension, List<MatchRequest.NiceToHave>> tags;
        private final HistoryLookup history;
        private final MonthlyQualityLookup quality;
        private final Map<UUID, Double> historyByOwner = new HashMap<>();

        Scorer(MatchRequest r, Map<MatchFactor, BigDecimal> shares, Map<TagDimension, List<MatchRequest.NiceToHave>> tags,
               HistoryLookup history, MonthlyQualityLookup quality) {
            this.r = r;
            this.shares = shares;
            this.tags = tags;
            this.history = history;
            this.quality = quality;
        }

        /** The HISTORY value of the pair (demander, owner), asked once per owner. */
        double historyValue(UUID owner) {
            return historyByOwner.computeIfAbsent(owner,
                    o -> MatchingEngine.historyValue(history.history(r.demanderPartnerId(), o).orElse(PairHistory.NONE)));
        }

        MatchResult score(LeafValues v, int doc) throws IOException {
            UUID id = UUID.fromString(keyword(v.id, doc));
            String ownerText = keyword(v.owner, doc);
            UUID owner = ownerText == null ? null : UUID.fromString(ownerText);
            Double evaluation = number(v.evaluation, doc);
            Double distanceKm = distanceKm(v, doc);

            Map<MatchFactor, Double> values = new EnumMap<>(MatchFactor.class);
            Set<Long> ords = ords(v.tagKeys, doc);
            Map<String, double[]> numbers = new HashMap<>();
            for (Map.Entry<String, SortedNumericDocValues> e : v.tagNumbers.entrySet()) {
                numbers.put(e.getKey(), numbers(e.getValue(), doc));
            }
            tags.forEach((dimension, list) -> values.put(MatchFactor.tag(dimension), tagFit(v, ords, numbers, list)));
            values.put(MatchFactor.GRADE, gradeValue(keyword(v.grade, doc)));
            values.put(MatchFactor.EVALUATION, evaluationValue(evaluation));
            OptionalDouble q = quality.quality(id);
            values.put(MatchFactor.MONTHLY_QUALITY, q.isPresent() ? clamp(q.getAsDouble()) : NEUTRAL);
            if (r.budget() != null) {
                values.put(MatchFactor.PRICE, priceValue(number(v.price, doc), r.budget().doubleValue()));
            }
            if (r.near() != null) {
                values.put(MatchFactor.DISTANCE, distanceValue(distanceKm, r.near().radiusKm()));
            }
            values.put(MatchFactor.HISTORY, owner == null ? NEUTRAL : historyValue(owner));

            List<FactorContribution> explanation = new ArrayList<>(shares.size());
            BigDecimal total = BigDecimal.ZERO.setScale(SCALE);
            for (Map.Entry<MatchFactor, BigDecimal> share : shares.entrySet()) {
                BigDecimal value = round(values.get(share.getKey()));
                BigDecimal contribution = share.getValue().multiply(value).setScale(SCALE, RoundingMode.HALF_EVEN);
                explanation.add(new FactorContribution(share.getKey(), share.getValue(), value, contribution));
                total = total.add(contribution);
            }
            return new MatchResult(id, owner, total, evaluation == null ? null : BigDecimal.valueOf(evaluation), distanceKm, explanation);
        }

        private static double tagFit(LeafValues v, Set<Long> ords, Map<String, double[]> numbers, List<MatchRequest.NiceToHave> list) {
            double weighted = 0;
            double weights = 0;
            for (MatchRequest.NiceToHave n : list) {
                String key = IndexFields.tagKey(n.key());
                long ord = v.tagOrds.get(key);
                double fit;
                if (ord < 0 || !ords.contains(ord)) {
                    fit = 0;
                } else if (n.wanted() == null) {
                    fit = 1;
                } else {
                    fit = closestNumber(numbers.get(key), n.wanted().doubleValue());
                }
                weighted += n.weight() * fit;
                weights += n.weight();
            }
            return weighted / weights;
        }

        /** The best closeness among the tag's numbers; present without a number: {@link #PRESENT_WITHOUT_NUMBER}. */
        private static double closestNumber(double[] values, double wanted) {
            if (values.length == 0) {
                return PRESENT_WITHOUT_NUMBER;
            }
            double best = 0;
            for (double x : values) {
                best = Math.max(best, closeness(x, wanted));
            }
            return best;
        }

        private static double[] numbers(SortedNumericDocValues values, int doc) throws IOException {
            if (!values.advanceExact(doc)) {
                return new double[0];
            }
            double[] result = new double[values.docValueCount()];
            for (int i = 0; i < result.length; i++) {
                result[i] = NumericUtils.sortableLongToDouble(values.nextValue());
            }
            return result;
        }

        private Double distanceKm(LeafValues v, int doc) throws IOException {
            if (r.near() == null || !v.geo.advanceExact(doc)) {
                return null;
            }
            long encoded = v.geo.nextValue();
            double lat = GeoEncodingUtils.decodeLatitude((int) (encoded >>> 32));
            double lon = GeoEncodingUtils.decodeLongitude((int) encoded);
            return SloppyMath.haversinMeters(r.near().latitude(), r.near().longitude(), lat, lon) / 1000;
        }

        private static String keyword(SortedSetDocValues values, int doc) throws IOException {
            return values.advanceExact(doc) ? values.lookupOrd(values.nextOrd()).utf8ToString() : null;
        }

        private static Set<Long> ords(SortedSetDocValues values, int doc) throws IOException {
            if (!values.advanceExact(doc)) {
                return Set.of();
            }
            Set<Long> ords = new java.util.HashSet<>();
            for (int i = 0; i < values.docValueCount(); i++) {
                ords.add(values.nextOrd());
            }
            return ords;
        }

        private static Double number(SortedNumericDocValues values, int doc) throws IOException {
            return values.advanceExact(doc) ? NumericUtils.sortableLongToDouble(values.nextValue()) : null;
        }
    }
    /**
     * The shares of the factors scored in the candidate phase, as doubles, and the most the others can add: the index's
     * factors, history when the lookup lists the demander's owners, monthly quality never (it is outside the index).
     */
    static final class StaticWeights {
        final double grade;
        final double evaluation;
        final double price;
        final double distance;
        final double[] tag = new double[TagDimension.values().length];
        /** The grade factor's points per {@link IndexFields#GRADE_RANK}. */
        final double[] gradePoints = new double[IndexFields.maxGradeRank() + 1];
        /** History's share when it is scored in the candidate phase (else 0), its value per owner id, its largest points. */
        final double history;
        final Map<String, Double> historyByOwner;
        final double historyMax;
        /** The shares of monthly quality and history when they are added after the candidate phase (else 0). */
        final double qualityOutside;
        final double historyOutside;
        /** At most this many points separate two resources' later additions (monthly quality, history). */
        final double dynamicMax;

        /** History and monthly quality both added after the candidate phase, both may vary. */
        StaticWeights(Map<MatchFactor, BigDecimal> shares) {
            this(shares, null, true);
        }

        /**
         * @param knownHistory  the demander's history per owner when the lookup lists it (others neutral), else null
         * @param qualityVaries false when no monthly quality is known for anybody (neutral for all adds the same)
         */
        StaticWeights(Map<MatchFactor, BigDecimal> shares, Map<UUID, PairHistory> knownHistory, boolean qualityVaries) {
            grade = share(shares, MatchFactor.GRADE);
            evaluation = share(shares, MatchFactor.EVALUATION);
            price = share(shares, MatchFactor.PRICE);
            distance = share(shares, MatchFactor.DISTANCE);
            for (TagDimension d : TagDimension.values()) {
                tag[d.ordinal()] = share(shares, MatchFactor.tag(d));
            }
            for (int rank = 0; rank < gradePoints.length; rank++) {
                gradePoints[rank] = grade * gradeValue(IndexFields.gradeOfRank(rank));
            }
            double historyShare = share(shares, MatchFactor.HISTORY);
            qualityOutside = share(shares, MatchFactor.MONTHLY_QUALITY);
            if (knownHistory == null) {
                history = 0;
                historyByOwner = Map.of();
                historyMax = 0;
                historyOutside = historyShare;
            } else {
                history = historyShare;
                Map<String, Double> values = new HashMap<>();
                double max = NEUTRAL;
                for (Map.Entry<UUID, PairHistory> e : knownHistory.entrySet()) {
                    double value = historyValue(e.getValue());
                    values.put(e.getKey().toString(), value);
                    max = Math.max(max, value);
                }
                historyByOwner = Map.copyOf(values);
                historyMax = historyShare * max;
                historyOutside = 0;
            }
            dynamicMax = (qualityVaries ? qualityOutside : 0) + historyOutside;
        }

        private static double share(Map<MatchFactor, BigDecimal> shares, MatchFactor f) {
            BigDecimal v = shares.get(f);
            return v == null ? 0 : v.doubleValue();
        }
    }

    /** A nice-to-have (normalised key) with the most it adds: its dimension's share × its weight / the dimension's weights. */
    record WeightedCriterion(String key, BigDecimal wanted, double points) {
    }

    /** The nice-to-haves of the dimensions with a share, in dimension order. */
    static List<WeightedCriterion> weightedCriteria(StaticWeights w, Map<TagDimension, List<MatchRequest.NiceToHave>> tags) {
        List<WeightedCriterion> criteria = new ArrayList<>();
        tags.forEach((dimension, list) -> {
            double share = w.tag[dimension.ordinal()];
            double total = list.stream().mapToDouble(MatchRequest.NiceToHave::weight).sum();
            if (share > 0) {
                list.forEach(n -> criteria.add(new WeightedCriterion(IndexFields.tagKey(n.key()), n.wanted(), share * n.weight() / total)));
            }
        });
        return criteria;
    }

    /**
     * Visits the resources passing the hard filters (no scoring), computes each one's static score from doc values
     * and keeps the best {@code limit} in a bounded min-heap of primitives (worst at the root; ties: lower doc wins).
     * A resource is skipped (by the {@link RankSkipper} before the filters are even checked, or after a few doc-value
     * reads) once it cannot exceed the threshold: the heap's worst when the heap is full, or — whichever is higher —
     * the N-th best static score less the most monthly quality and history can add (below it a resource cannot
     * reach the top N, which is what the narrowing step after this one would conclude).
     */
    static final class CandidateCollector extends SimpleCollector {
        final int limit;
        final StaticWeights weights;
        final double[] scores;
        final int[] docs;
        int size;
        /** Resources that reached {@link #collect} (passed the filters and were not skipped): a measure of the work. */
        long visited;
        private final Options options;
        private final Map<TagDimension, List<MatchRequest.NiceToHave>> tags;
        private final MatchRequest r;
        /** The best topN static scores (min-heap) and the threshold they give once there are topN. */
        private final double[] best;
        private int bestSize;
        private double band = Double.NEGATIVE_INFINITY;
        private final AtomicLong shared;
        private double published = Double.NEGATIVE_INFINITY;
        private StaticLeaf leaf;
        private RankSkipper skipper;
        private int docBase;

        CandidateCollector(Options options, StaticWeights weights, Map<TagDimension, List<MatchRequest.NiceToHave>> tags, MatchRequest r) {
            this(options, weights, tags, r, null);
        }

        /** @param shared the threshold published by collectors of the other parts of the same request (or null) */
        CandidateCollector(Options options, StaticWeights weights, Map<TagDimension, List<MatchRequest.NiceToHave>> tags,
                           MatchRequest r, AtomicLong shared) {
            this.shared = shared;
            this.options = options;
            this.limit = options.candidateLimit();
            this.weights = weights;
            this.tags = tags;
            this.r = r;
            this.scores = new double[limit];
            this.docs = new int[limit];
            this.best = new double[r.topN()];
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            leaf = new StaticLeaf(context.reader(), weights, tags, r);
            docBase = context.docBase;
            SegmentRanks ranks = options.skipByRank() ? SegmentRanks.of(context.reader()) : null;
            skipper = ranks == null ? null : skipper(context.reader(), ranks);
        }

        /** The segment's {@link RankSkipper}, with the tag criteria (largest contribution and key postings) ascending. */
        private RankSkipper skipper(LeafReader reader, SegmentRanks ranks) throws IOException {
            List<WeightedCriterion> criteria = new ArrayList<>(weightedCriteria(weights, tags));
            criteria.sort(Comparator.comparingDouble(WeightedCriterion::points));
            double[] max = new double[criteria.size()];
            PostingsEnum[] postings = new PostingsEnum[criteria.size()];
            Terms keys = reader.terms(IndexFields.TAG_KEY);
            for (int c = 0; c < criteria.size(); c++) {
                max[c] = criteria.get(c).points() + 1e-9;
                TermsEnum terms = keys == null ? null : keys.iterator();
                if (terms != null && terms.seekExact(new BytesRef(criteria.get(c).key()))) {
                    postings[c] = terms.postings(null, PostingsEnum.NONE);
                }
            }
            return new RankSkipper(ranks, weights.gradePoints, weights.evaluation, leaf.afterEvaluation, this::threshold,
                    SegmentColumns.of(reader), weights.price + weights.distance + weights.historyMax, max, postings);
        }

        @Override
        public DocIdSetIterator competitiveIterator() {
            return skipper;
        }

        /** The score a resource must exceed to be kept. */
        double threshold() {
            double own = size < limit ? band : Math.max(band, scores[0]);
            return shared == null ? own : Math.max(own, Double.longBitsToDouble(shared.get()));
        }

        /**
         * Tells the other parts this collector's threshold, one ulp lower: a resource scoring exactly a heap's worst
         * may still win that place by a lower doc id, so the others only drop what is strictly worse.
         */
        private void publish() {
            if (shared == null) {
                return;
            }
            double own = Math.nextDown(size < limit ? band : Math.max(band, scores[0]));
            if (own <= published) {
                return;
            }
            published = own;
            long current = shared.get();
            while (own > Double.longBitsToDouble(current) && !shared.compareAndSet(current, Double.doubleToLongBits(own))) {
                current = shared.get();
            }
        }

        /** The best {@code limit} of several collectors' candidates: score desc, then doc asc (as one collector). */
        static CandidateCollector merge(Collection<CandidateCollector> parts, Options options) {
            int limit = options.candidateLimit();
            int total = parts.stream().mapToInt(p -> p.size).sum();
            double[] allScores = new double[total];
            int[] allDocs = new int[total];
            int n = 0;
            CandidateCollector first = null;
            for (CandidateCollector p : parts) {
                first = first == null ? p : first;
                System.arraycopy(p.scores, 0, allScores, n, p.size);
                System.arraycopy(p.docs, 0, allDocs, n, p.size);
                n += p.size;
            }
            Integer[] order = new Integer[total];
            for (int i = 0; i < total; i++) {
                order[i] = i;
            }
            Arrays.sort(order, (a, b) -> allScores[a] != allScores[b] ? Double.compare(allScores[b], allScores[a])
                    : Integer.compare(allDocs[a], allDocs[b]));
            CandidateCollector merged = new CandidateCollector(options, first.weights, first.tags, first.r);
            for (int i = 0; i < Math.min(limit, total); i++) {
                merged.scores[i] = allScores[order[i]];
                merged.docs[i] = allDocs[order[i]];
            }
            merged.size = Math.min(limit, total);
            merged.visited = parts.stream().mapToLong(p -> p.visited).sum();
            return merged;
        }

        @Override
        public void collect(int doc) throws IOException {
            visited++;
            double score = leaf.score(doc, threshold());
            if (score == Double.NEGATIVE_INFINITY) {
                return;
            }
            keepBest(score);
            int global = docBase + doc;
            if (size < limit) {
                scores[size] = score;
                docs[size] = global;
                up(size++);
            } else if (score > scores[0]) { // equal scores: the earlier doc (already in) stays
                scores[0] = score;
                docs[0] = global;
                down(0);
            } else {
                return;
            }
            publish();
        }

        private void keepBest(double score) {
            if (bestSize < best.length) {
                best[bestSize] = score;
                for (int i = bestSize++; i > 0 && best[i] < best[(i - 1) >>> 1]; i = (i - 1) >>> 1) {
                    double t = best[i];
                    best[i] = best[(i - 1) >>> 1];
                    best[(i - 1) >>> 1] = t;
                }
            } else if (score > best[0]) {
                best[0] = score;
                int i = 0;
                while (true) {
                    int left = 2 * i + 1;
                    if (left >= bestSize) {
                        break;
                    }
                    int least = left + 1 < bestSize && best[left + 1] < best[left] ? left + 1 : left;
                    if (best[least] >= best[i]) {
                        break;
                    }
                    double t = best[i];
                    best[i] = best[least];
                    best[least] = t;
                    i = least;
                }
            } else {
                return;
            }
            if (bestSize == best.length) {
                // the narrowing step keeps static scores >= N-th best - dynamicMax - 0.02; stay just below that
                band = best[0] - weights.dynamicMax - 0.02 - 1e-9;
            }
        }

        /** a is worse than b: lower score, or the same score and a later doc. */
        private boolean worse(int a, int b) {
            return scores[a] < scores[b] || (scores[a] == scores[b] && docs[a] > docs[b]);
        }

        private void up(int i) {
            while (i > 0) {
                int parent = (i - 1) >>> 1;
                if (!worse(i, parent)) {
                    return;
                }
                swap(i, parent);
                i = parent;
            }
        }

        private void down(int i) {
            while (true) {
                int left = 2 * i + 1;
                if (left >= size) {
                    return;
                }
                int worst = left;
                if (left + 1 < size && worse(left + 1, left)) {
                    worst = left + 1;
                }
                if (!worse(worst, i)) {
                    return;
                }
                swap(i, worst);
                i = worst;
            }
        }

        private void swap(int a, int b) {
            double s = scores[a];
            scores[a] = scores[b];
            scores[b] = s;
            int d = docs[a];
            docs[a] = docs[b];
            docs[b] = d;
        }
    }

    /** One segment's inputs to the static score, read from its {@link SegmentColumns}. */
    private static final class StaticLeaf {
        private final StaticWeights w;
        private final MatchRequest r;
        private final byte[] gradeRank;
        private final double[] evaluation;
        private final double[] price;
        private final double[][] coordinates;
        private final int[] tagStart;
        private final int[] tagOrds;
        /**
         * Per tag criterion (of the dimensions with a share): its key's ord in this segment (-1: absent), the points a
         * full fit adds (dimension share × weight / the dimension's weights), its numbers and wanted value if numeric.
         */
        private final int[] criterionOrds;
        private final double[] criterionPoints;
        private final SegmentColumns.Numbers[] criterionNumbers;
        private final double[] criterionWanted;
        private final double budget;
        /** The demander's owners with history: their ords in this segment (ascending) and history values; owners' ords per doc. */
        private final int[] historyOrds;
        private final double[] historyValues;
        private final int[] ownerOrds;
        /** Upper bounds of what the factors not yet read can add (plus a margin for floating-point order). */
        final double afterEvaluation;
        private final double afterPrice;
        private final double tagMax;

        StaticLeaf(LeafReader reader, StaticWeights w, Map<TagDimension, List<MatchRequest.NiceToHave>> tags, MatchRequest r)
                throws IOException {
            this.w = w;
            this.r = r;
            SegmentColumns columns = SegmentColumns.of(reader);
            gradeRank = columns.gradeRank;
            evaluation = columns.evaluation;
            price = columns.price;
            coordinates = w.distance > 0 && r.near() != null ? columns.coordinates(reader) : null;
            tagStart = columns.tagStart;
            tagOrds = columns.tagOrds;
            SortedSetDocValues tagKeys = DocValues.getSortedSet(reader, IndexFields.TAG_KEY);
            List<WeightedCriterion> criteria = weightedCriteria(w, tags);
            double tagShares = 0;
            for (TagDimension d : tags.keySet()) {
                tagShares += w.tag[d.ordinal()];
            }
            criterionOrds = new int[criteria.size()];
            criterionPoints = new double[criteria.size()];
            criterionNumbers = new SegmentColumns.Numbers[criteria.size()];
            criterionWanted = new double[criteria.size()];
            for (int c = 0; c < criteria.size(); c++) {
                WeightedCriterion criterion = criteria.get(c);
                long ord = tagKeys.lookupTerm(new BytesRef(criterion.key()));
                criterionOrds[c] = ord < 0 ? -1 : (int) ord;
                criterionPoints[c] = criterion.points();
                if (criterion.wanted() != null) {
                    criterionNumbers[c] = columns.numbers(reader, IndexFields.tagNumber(criterion.key()));
                    criterionWanted[c] = criterion.wanted().doubleValue();
                }
            }
            budget = r.budget() == null ? 0 : r.budget().doubleValue();
            Map<Integer, Double> known = new java.util.TreeMap<>();
            if (!w.historyByOwner.isEmpty()) {
                SortedSetDocValues owners = DocValues.getSortedSet(reader, IndexFields.OWNER);
                for (Map.Entry<String, Double> e : w.historyByOwner.entrySet()) {
                    long ord = owners.lookupTerm(new BytesRef(e.getKey()));
                    if (ord >= 0) {
                        known.put((int) ord, e.getValue());
                    }
                }
            }
            historyOrds = known.keySet().stream().mapToInt(Integer::intValue).toArray();
            historyValues = known.values().stream().mapToDouble(Double::doubleValue).toArray();
            ownerOrds = historyOrds.length > 0 ? columns.ownerOrds(reader) : null;
            tagMax = tagShares + w.historyMax + 1e-9; // history is read last
            afterPrice = w.distance + tagMax;
            afterEvaluation = w.price + afterPrice;
        }

        /**
         * The doc's static score, or {@link Double#NEGATIVE_INFINITY} as soon as an upper bound (what is read so far
         * plus the most the unread factors can add) shows it cannot beat {@code threshold}. Same values as
         * {@link Scorer} computes from doc values ({@link #gradeValue}, {@link #evaluationValue}, {@link #priceValue},
         * {@link #distanceValue}, tag fit), as doubles.
         */
        double score(int doc, double threshold) {
            double s = w.gradePoints[gradeRank[doc]];
            double e = evaluation[doc];
            if (w.evaluation > 0 && !Double.isNaN(e)) {
                s += w.evaluation * clamp(e / 100);
            }
            if (s + afterEvaluation <= threshold) {
                return Double.NEGATIVE_INFINITY;
            }
            if (w.price > 0) {
                double p = price[doc];
                s += w.price * (Double.isNaN(p) ? NEUTRAL : p <= budget ? 1 : clamp(budget / p));
            }
            if (s + afterPrice <= threshold) {
                return Double.NEGATIVE_INFINITY;
            }
            if (coordinates != null && !Double.isNaN(coordinates[0][doc])) {
                double km = SloppyMath.haversinMeters(r.near().latitude(), r.near().longitude(), coordinates[0][doc],
                        coordinates[1][doc]) / 1000;
                s += w.distance * distanceValue(km, r.near().radiusKm());
            }
            if (s + tagMax <= threshold) {
                return Double.NEGATIVE_INFINITY;
            }
            int from = tagStart[doc];
            int to = tagStart[doc + 1];
            if (criterionOrds.length > 0) {
                // a doc carries each tag key once; a criterion fits fully (a flag) or by its closest number
                for (int i = from; i < to; i++) {
                    int ord = tagOrds[i];
                    for (int c = 0; c < criterionOrds.length; c++) {
                        if (criterionOrds[c] == ord) {
                            SegmentColumns.Numbers numbers = criterionNumbers[c];
                            s += criterionPoints[c] * (numbers == null ? 1 : closestNumber(numbers, doc, criterionWanted[c]));
                        }
                    }
                }
            }
            if (w.history > 0) {
                int at = ownerOrds == null ? -1 : Arrays.binarySearch(historyOrds, ownerOrds[doc]);
                s += w.history * (at >= 0 ? historyValues[at] : NEUTRAL);
            }
            return s;
        }

        private static double closestNumber(SegmentColumns.Numbers numbers, int doc, double wanted) {
            int from = numbers.start()[doc];
            int to = numbers.start()[doc + 1];
            if (from == to) {
                return PRESENT_WITHOUT_NUMBER;
            }
            double best = 0;
            for (int i = from; i < to; i++) {
                best = Math.max(best, closeness(numbers.values()[i], wanted));
            }
            return best;
        }
    }
}
