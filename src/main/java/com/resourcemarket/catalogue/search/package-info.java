/**
 * The embedded Lucene index of the resource catalogue: full text (Chinese + English), hard filters, facets and
 * cursor paging. {@link com.resourcemarket.catalogue.search.CatalogueIndex} is plain Java (unit-testable);
 * {@link com.resourcemarket.catalogue.search.CatalogueSearch} is the CDI bean the catalogue talks to. The catalogue
 * feeds it {@link com.resourcemarket.catalogue.search.ResourceDocument}s and implements
 * {@link com.resourcemarket.catalogue.search.ResourceDocumentSource} for rebuilds and catch-up.
 */
package com.resourcemarket.catalogue.search;
