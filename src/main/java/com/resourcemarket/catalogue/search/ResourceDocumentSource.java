package com.resourcemarket.catalogue.search;

import java.time.Instant;
import java.util.stream.Stream;

/**
 * Implemented by the catalogue: the database side the index is fed and rebuilt from.
 * <p>
 * {@link CatalogueSearch} calls these from a background thread inside a transaction it opens itself, consumes
 * the stream once and closes it; implementations should stream (scroll, clear the session now and then) rather
 * than load a million rows at once.
 */
public interface ResourceDocumentSource {

    /** Every resource, whatever its status (the index filters on status, it does not drop rows). */
    Stream<ResourceDocument> all();

    /**
     * Resources whose {@code updatedAt} is at or after {@code since} (inclusive: re-indexing is idempotent, and a
     * strict bound would miss rows sharing the watermark's timestamp).
     */
    Stream<ResourceDocument> changedSince(Instant since);
}
