package com.resourcemarket.catalogue.search;

/**
 * The public, read-only view of the index mapping, for modules that build their own Lucene queries and read doc
 * values (matching). Keyword fields have SortedSet doc values; numeric fields SortedNumeric doc values (doubles
 * encoded with {@code NumericUtils.doubleToSortableLong}); {@link #GEO} has LatLon doc values. Changing a name
 * here is a mapping change ({@code IndexSchema.VERSION}).
 */
public final class IndexFields {

    public static final String ID = IndexSchema.ID;
    public static final String CHANNEL = IndexSchema.CHANNEL;
    public static final String CATEGORY = IndexSchema.CATEGORY;
    public static final String TYPE = IndexSchema.TYPE;
    public static final String GRADE = IndexSchema.GRADE;
    public static final String STATUS = IndexSchema.STATUS;
    public static final String OWNER = IndexSchema.OWNER;
    public static final String REGION = IndexSchema.REGION;
    /** The region codes a resource declares, as given (terms only, no doc values). */
    public static final String REGION_DECLARED = IndexSchema.REGION_DECLARED;
    /**
     * Grade as a single-valued number: 3 CORE, 2 IMPORTANT, 1 BASIC, 0 none. Segments are sorted by it desc, then by
     * {@link #EVALUATION} desc with unevaluated resources last (see {@link #isRankSorted}).
     */
    public static final String GRADE_RANK = IndexSchema.GRADE_RANK;
    /** Every tag key a resource carries (normalised with {@link #tagKey}). */
    public static final String TAG_KEY = IndexSchema.TAG_KEY;
    public static final String CAPACITY = IndexSchema.CAPACITY;
    public static final String PRICE = IndexSchema.PRICE;
    public static final String CURRENCY = IndexSchema.CURRENCY;
    public static final String EVALUATION = IndexSchema.EVALUATION;
    /** Epoch day; a missing start is Long.MIN_VALUE. */
    public static final String AVAILABLE_FROM = IndexSchema.AVAILABLE_FROM;
    /** Epoch day; a missing (open) end is Long.MAX_VALUE. */
    public static final String AVAILABLE_TO = IndexSchema.AVAILABLE_TO;
    public static final String GEO = IndexSchema.GEO;

    private IndexFields() {
    }

    /** The grade named by a {@link #GRADE_RANK} value (null for 0). */
    public static String gradeOfRank(int rank) {
        return IndexSchema.GRADES_BY_RANK.get(rank);
    }

    public static int maxGradeRank() {
        return IndexSchema.GRADES_BY_RANK.size() - 1;
    }

    /** True when the segment is sorted by grade rank desc, then evaluation desc (every segment written by this version). */
    public static boolean isRankSorted(org.apache.lucene.index.LeafReader segment) {
        return IndexSchema.indexSort().equals(segment.getMetaData().getSort());
    }

    /** Numeric value field of a tag key (DoubleField). */
    public static String tagNumber(String key) {
        return IndexSchema.TAG_NUMBER_PREFIX + IndexSchema.tagKey(key);
    }

    /** Exact text value field of a tag key (KeywordField; values normalised with {@link #tagText}). */
    public static String tagTextField(String key) {
        return IndexSchema.TAG_TEXT_PREFIX + IndexSchema.tagKey(key);
    }

    public static String tagKey(String key) {
        return IndexSchema.tagKey(key);
    }

    public static String tagText(String text) {
        return IndexSchema.tagText(text);
    }
}
