package com.resourcemarket.catalogue.search;

/**
 * Fired (synchronously, on the committing thread) right after a committed change of one resource was written to
 * the index by {@link CatalogueSearch#upsert}: the index holds the change (call {@link CatalogueIndex#refresh()} to
 * search it at once). Not fired for the start-up rebuild or catch-up. Observers must be quick and never throw;
 * anything slow belongs on their own thread (reverse matching does that).
 */
public record ResourceIndexed(ResourceDocument document) {
}
