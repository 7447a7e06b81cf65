package com.resourcemarket.catalogue.search;

import java.util.List;
import java.util.Map;

/**
 * One page of results.
 *
 * @param total      exact number of matches over all pages
 * @param facets     counts over the whole filtered set: keys "type", "grade", "region", each value code to count,
 *                   highest count first
 * @param nextCursor opaque; pass it back in {@link CatalogueQuery#cursor()} for the next page, null on the last page
 */
public record SearchPage(List<Hit> hits, long total, Map<String, Map<String, Long>> facets, String nextCursor) {
}
