package com.resourcemarket.catalogue.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Implemented by the catalogue: the database side the index is fed, rebuilt and reconciled from.
 * <p>
 * {@link CatalogueSearch} calls these from a background thread inside a transaction it opens itself, consumes
 * the stream once and closes it; implementations should stream (scroll, clear the session now and then) rather
 * than load a million rows at once.
 */
public interface ResourceDocumentSource {

    /** Every resource, whatever its status (the index filters on status, it does not drop rows). */
    Stream<ResourceDocument> all();

    /** Every resource id with its {@code updatedAt} in epoch milliseconds, as the index records it. */
    Map<UUID, Long> versions();

    /** The current documents of these resources; an id missing from the answer no longer exists. */
    List<ResourceDocument> byIds(Collection<UUID> ids);
}
