package com.resourcemarket.catalogue.search;

/** Result order. Every order ends with the resource id, so paging is stable and ties never reorder. */
public enum SortOrder {
    /** Text relevance (BM25), then newest; without text the same as NEWEST. */
    RELEVANCE,
    /** Most recently updated first. */
    NEWEST,
    /** Highest evaluation score first; unevaluated resources last. */
    SCORE,
    /** Nearest first; needs {@link CatalogueQuery#near()}. */
    DISTANCE,
    /** By name in Chinese collation order (pinyin for common characters), English name when there is no Chinese one. */
    NAME
}
