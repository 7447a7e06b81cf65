package com.resourcemarket.catalogue.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexOrDocValuesQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSelector;
import org.apache.lucene.search.SortedSetSelector;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Turns a {@link CatalogueQuery} into a Lucene query (text scores, filters don't) and a sort. */
final class QueryMapper {

    /** Word separators in user text: whitespace and sentence punctuation (ASCII and CJK), not hyphens. */
    private static final Pattern WORDS = Pattern.compile("[\\s,;:!?\"()\\[\\]{}<>|/\\\\。，、；：！？（）【】《》「」『』“”‘’]+");
    private static final int MAX_WORDS = 16;

    private final QueryBuilder builder;

    QueryMapper(Analyzer analyzer) {
        this.builder = new QueryBuilder(analyzer);
    }

    /** The text part alone (null without usable text); scores are computed from it. */
    Query textQuery(String text) {
        if (IndexSchema.blank(text)) {
            return null;
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        int words = 0;
        for (String word : WORDS.split(text.strip())) {
            // English stop words would otherwise become required terms in the Chinese fields (smartcn keeps them).
            if (word.isEmpty() || words == MAX_WORDS
                    || EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            // Each word must match in some field; within a field the word's tokens form a phrase, which keeps a
            // two-character bigram sequence like 短视 视频 together. The best field wins (dis-max) with a little
            // credit for matching in several.
            List<Query> perField = new ArrayList<>();
            for (Map.Entry<String, Float> field : IndexSchema.TEXT_FIELD_BOOSTS.entrySet()) {
                Query q = builder.createPhraseQuery(field.getKey(), word);
                if (q != null) {
                    perField.add(new BoostQuery(q, field.getValue()));
                }
            }
            if (!perField.isEmpty()) {
                all.add(new DisjunctionMaxQuery(perField, 0.1f), Occur.MUST);
                words++;
            }
        }
        return words == 0 ? null : all.build();
    }

    /** @param text {@link #textQuery} of {@code q.text()}, analysed once by the caller */
    Query query(CatalogueQuery q, Query text) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        b.add(text != null ? text : new MatchAllDocsQuery(), text != null ? Occur.MUST : Occur.FILTER);
        keywords(b, IndexSchema.CHANNEL, q.channels());
        keywords(b, IndexSchema.CATEGORY, q.categoryCodes());
        keywords(b, IndexSchema.TYPE, q.typeCodes());
        keywords(b, IndexSchema.GRADE, q.grades());
        keywords(b, IndexSchema.STATUS, q.statuses());
        keywords(b, IndexSchema.OWNER, q.owners().stream().map(Object::toString).toList());
        keywords(b, IndexSchema.REGION, q.regions());
        for (TagFilter f : q.tagFilters()) {
            b.add(tagQuery(f), Occur.FILTER);
        }
        if (q.near() != null) {
            GeoFilter g = q.near();
            double meters = g.radiusKm() * 1000;
            // Points are fast when the circle is selective; doc values when other filters already are.
            b.add(new IndexOrDocValuesQuery(
                    LatLonPoint.newDistanceQuery(IndexSchema.GEO, g.latitude(), g.longitude(), meters),
                    LatLonDocValuesField.newSlowDistanceQuery(IndexSchema.GEO, g.latitude(), g.longitude(), meters)),
                    Occur.FILTER);
        }
        return b.build();
    }

    static Query tagQuery(TagFilter f) {
        String key = IndexSchema.tagKey(f.key());
        String numeric = IndexSchema.TAG_NUMBER_PREFIX + key;
        return switch (f.op()) {
            case EQ -> f.text() != null
                    ? KeywordField.newExactQuery(IndexSchema.TAG_TEXT_PREFIX + key, IndexSchema.tagText(f.text()))
                    : DoubleField.newExactQuery(numeric, f.from().doubleValue());
            case GTE -> DoubleField.newRangeQuery(numeric, f.from().doubleValue(), Double.POSITIVE_INFINITY);
            case LTE -> DoubleField.newRangeQuery(numeric, Double.NEGATIVE_INFINITY, f.to().doubleValue());
            case BETWEEN -> DoubleField.newRangeQuery(numeric, f.from().doubleValue(), f.to().doubleValue());
        };
    }

    private static void keywords(BooleanQuery.Builder b, String field, Collection<String> values) {
        List<BytesRef> terms = values.stream().filter(v -> !IndexSchema.blank(v)).map(v -> new BytesRef(v.strip())).toList();
        if (!terms.isEmpty()) {
            b.add(terms.size() == 1 ? KeywordField.newExactQuery(field, terms.get(0)) : KeywordField.newSetQuery(field, terms),
                    Occur.FILTER);
        } else if (!values.isEmpty()) {
            b.add(new MatchAllDocsQuery(), Occur.MUST_NOT); // only blank values asked for: nothing can match
        }
    }

    /** Every order ends with the id, which is unique, so the order is total and cursors never skip or repeat. */
    static Sort sort(CatalogueQuery q) {
        SortField id = KeywordField.newSortField(IndexSchema.ID, false, SortedSetSelector.Type.MIN);
        SortField newest = LongField.newSortField(IndexSchema.UPDATED, true, SortedNumericSelector.Type.MAX);
        return switch (q.sort()) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, newest, id);
            case NEWEST -> new Sort(newest, id);
            case SCORE -> {
                SortField evaluation = DoubleField.newSortField(IndexSchema.EVALUATION, true, SortedNumericSelector.Type.MAX);
                evaluation.setMissingValue(Double.NEGATIVE_INFINITY);
                yield new Sort(evaluation, id);
            }
            case DISTANCE -> new Sort(LatLonDocValuesField.newDistanceSort(IndexSchema.GEO, q.near().latitude(), q.near().longitude()), id);
            case NAME -> {
                SortField name = new SortField(IndexSchema.NAME_SORT, SortField.Type.STRING);
                name.setMissingValue(SortField.STRING_LAST);
                yield new Sort(name, id);
            }
        };
    }
}
