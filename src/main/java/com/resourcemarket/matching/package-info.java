/**
 * The matching engine core: hard filters as Lucene queries over the catalogue index, a bounded candidate set, and an
 * explainable rescoring pass from doc values. Plain Java; see docs/matching.md for the factors and defaults.
 * Depends on {@code catalogue.search}, never the reverse.
 */
package com.resourcemarket.matching;
