package com.resourcemarket.catalogue.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.cjk.CJKAnalyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.collation.CollationDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KeywordField;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The index mapping: field names, analyzers, and how a {@link ResourceDocument} becomes a Lucene document.
 * Every filter/sort field has both an index structure (terms or points, fast for selective filters) and doc
 * values (fast for sorting, faceting and the future rescoring pass over a candidate set).
 * Bump {@link #VERSION} whenever the mapping changes: an index written with another version is rebuilt.
 */
final class IndexSchema {

    static final String VERSION = "2";

    // Keyword fields: KeywordField = indexed term + SortedSet doc values.
    static final String ID = "id";
    static final String CHANNEL = "channel";
    static final String CATEGORY = "category";
    static final String TYPE = "type";
    static final String GRADE = "grade";
    static final String STATUS = "status";
    static final String OWNER = "owner";
    static final String REGION = "region";
    /** The region codes the resource declares, not expanded: a resource declared for a province covers its cities. */
    static final String REGION_DECLARED = "region_declared";
    static final String TAG_KEY = "tagkey";
    static final String TAG_TEXT_PREFIX = "tagtxt.";
    static final String CAPACITY_UNIT = "capacity_unit";
    static final String CURRENCY = "currency";

    // Numeric fields: DoubleField/LongField = point + SortedNumeric doc values.
    static final String TAG_NUMBER_PREFIX = "tagnum.";
    static final String CAPACITY = "capacity";
    static final String PRICE = "price";
    static final String EVALUATION = "evaluation";
    /** Epoch day; a missing start is indexed as Long.MIN_VALUE and a missing end as Long.MAX_VALUE, so
     *  "available on day D" is two plain ranges with no special case for open ends. */
    static final String AVAILABLE_FROM = "available_from";
    static final String AVAILABLE_TO = "available_to";
    /** Epoch milliseconds. */
    static final String UPDATED = "updated_at";

    /** Grade as a number (CORE 3, IMPORTANT 2, BASIC 1, none 0); single-valued doc values, the first index sort key. */
    static final String GRADE_RANK = "grade_rank";
    static final List<String> GRADES_BY_RANK = Arrays.asList(null, "BASIC", "IMPORTANT", "CORE");

    static final String GEO = "geo";
    static final String NAME_SORT = "name_sort";

    // Text fields, one per language analysis; *_cjk holds overlapping CJK bigrams for recall where the
    // dictionary-based smartcn segmentation splits a word differently in a sentence than in the query.
    static final String NAME_ZH = "name_zh";
    static final String NAME_EN = "name_en";
    static final String NAME_CJK = "name_cjk";
    static final String TAG_ZH = "tag_zh";
    static final String TAG_EN = "tag_en";
    static final String TAG_CJK = "tag_cjk";
    static final String DESC_ZH = "desc_zh";
    static final String DESC_EN = "desc_en";
    static final String DESC_CJK = "desc_cjk";

    /** Text fields and their weight in relevance. */
    static final Map<String, Float> TEXT_FIELD_BOOSTS = Map.of(
            NAME_ZH, 3.0f, NAME_EN, 3.0f, NAME_CJK, 2.0f,
            TAG_ZH, 2.0f, TAG_EN, 2.0f, TAG_CJK, 1.5f,
            DESC_ZH, 1.0f, DESC_EN, 1.0f, DESC_CJK, 0.7f);

    private static final Collator NAME_COLLATOR = Collator.getInstance(Locale.CHINESE);

    private IndexSchema() {
    }

    /**
     * Every segment is sorted by grade rank desc, then evaluation desc (unevaluated last), so the documents that a
     * ranking by grade and evaluation prefers come first and the matching engine can skip the rest of a grade once no
     * document left in it can compete (see matching's RankSkipper). Changing it is a mapping change.
     */
    static Sort indexSort() {
        SortField grade = new SortField(GRADE_RANK, SortField.Type.LONG, true);
        grade.setMissingValue(0L);
        SortField evaluation = new SortedNumericSortField(EVALUATION, SortField.Type.DOUBLE, true);
        evaluation.setMissingValue(-1.0);
        return new Sort(grade, evaluation);
    }

    static long gradeRank(String grade) {
        int rank = grade == null ? 0 : GRADES_BY_RANK.indexOf(grade.strip());
        return Math.max(rank, 0);
    }

    /** One analyzer for indexing and querying, chosen by field name suffix. */
    static Analyzer analyzer() {
        Analyzer chinese = new PositionGap(new SmartChineseAnalyzer());
        Analyzer english = new PositionGap(new EnglishAnalyzer());
        Analyzer bigrams = new PositionGap(new CJKAnalyzer());
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), Map.of(
                NAME_ZH, chinese, TAG_ZH, chinese, DESC_ZH, chinese,
                NAME_EN, english, TAG_EN, english, DESC_EN, english,
                NAME_CJK, bigrams, TAG_CJK, bigrams, DESC_CJK, bigrams));
    }

    static String tagKey(String key) {
        return key.strip().toLowerCase(Locale.ROOT);
    }

    static String tagText(String text) {
        return text.strip().toLowerCase(Locale.ROOT);
    }

    static Document toDocument(ResourceDocument r) {
        Document doc = new Document();
        doc.add(new KeywordField(ID, r.id().toString(), Field.Store.YES));
        keyword(doc, CHANNEL, r.channel());
        keyword(doc, CATEGORY, r.categoryCode());
        keyword(doc, TYPE, r.typeCode());
        keyword(doc, GRADE, r.grade());
        doc.add(new NumericDocValuesField(GRADE_RANK, gradeRank(r.grade())));
        keyword(doc, STATUS, r.status());
        if (r.ownerPartnerId() != null) {
            keyword(doc, OWNER, r.ownerPartnerId().toString());
        }
        r.regionCodes().stream().distinct().forEach(code -> keyword(doc, REGION, code));
        r.declaredRegionCodes().stream().distinct()
                .forEach(code -> doc.add(new StringField(REGION_DECLARED, code.strip(), Field.Store.NO)));
        if (r.hasLocation()) {
            doc.add(new LatLonPoint(GEO, r.latitude(), r.longitude()));
            doc.add(new LatLonDocValuesField(GEO, r.latitude(), r.longitude()));
        }

        text(doc, NAME_ZH, r.nameZh());
        text(doc, NAME_CJK, r.nameZh());
        text(doc, NAME_EN, r.nameEn());
        text(doc, DESC_ZH, r.description());
        text(doc, DESC_EN, r.description());
        text(doc, DESC_CJK, r.description());
        String nameForSort = blank(r.nameZh()) ? r.nameEn() : r.nameZh();
        if (!blank(nameForSort)) {
            // Collator is not thread-safe; a clone per document is cheap (the rule tables are shared).
            CollationDocValuesField sortKey = new CollationDocValuesField(NAME_SORT, (Collator) NAME_COLLATOR.clone());
            sortKey.setStringValue(nameForSort.strip());
            doc.add(sortKey);
        }

        for (TagValue tag : r.tags()) {
            if (blank(tag.key())) {
                continue;
            }
            String key = tagKey(tag.key());
            keyword(doc, TAG_KEY, key);
            if (!blank(tag.textValue())) {
                keyword(doc, TAG_TEXT_PREFIX + key, tagText(tag.textValue()));
            }
            if (tag.numberValue() != null) {
                doc.add(new DoubleField(TAG_NUMBER_PREFIX + key, tag.numberValue().doubleValue(), Field.Store.NO));
            }
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            add(zh, tag.labelZh());
            add(en, tag.labelEn());
            tag.synonyms().forEach(s -> { add(zh, s); add(en, s); });
            add(zh, tag.textValue());
            add(en, tag.textValue());
            zh.forEach(v -> { text(doc, TAG_ZH, v); text(doc, TAG_CJK, v); });
            en.forEach(v -> text(doc, TAG_EN, v));
        }

        number(doc, CAPACITY, r.capacityAmount());
        keyword(doc, CAPACITY_UNIT, r.capacityUnit());
        number(doc, PRICE, r.priceAmount());
        keyword(doc, CURRENCY, r.priceCurrency());
        number(doc, EVALUATION, r.evaluationScore());
        doc.add(new LongField(AVAILABLE_FROM, r.availableFrom() == null ? Long.MIN_VALUE : r.availableFrom().toEpochDay(), Field.Store.NO));
        doc.add(new LongField(AVAILABLE_TO, r.availableTo() == null ? Long.MAX_VALUE : r.availableTo().toEpochDay(), Field.Store.NO));
        doc.add(new LongField(UPDATED, ResourceDocument.versionOf(r.updatedAt()), Field.Store.NO));
        return doc;
    }

    static Instant updatedAt(ResourceDocument r) {
        return r.updatedAt() == null ? Instant.EPOCH : r.updatedAt();
    }

    private static void keyword(Document doc, String field, String value) {
        if (!blank(value)) {
            doc.add(new KeywordField(field, value.strip(), Field.Store.NO));
        }
    }

    private static void number(Document doc, String field, BigDecimal value) {
        if (value != null) {
            doc.add(new DoubleField(field, value.doubleValue(), Field.Store.NO));
        }
    }

    private static void text(Document doc, String field, String value) {
        if (!blank(value)) {
            doc.add(new TextField(field, value, Field.Store.NO));
        }
    }

    private static void add(List<String> values, String value) {
        if (!blank(value)) {
            values.add(value);
        }
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /** Keeps phrases from matching across two values of a multi-valued field (e.g. two tag labels). */
    private static final class PositionGap extends DelegatingAnalyzerWrapper {
        private final Analyzer delegate;

        PositionGap(Analyzer delegate) {
            super(AnalyzerWrapper.PER_FIELD_REUSE_STRATEGY);
            this.delegate = delegate;
        }

        @Override
        protected Analyzer getWrappedAnalyzer(String fieldName) {
            return delegate;
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return 100;
        }
    }
}
