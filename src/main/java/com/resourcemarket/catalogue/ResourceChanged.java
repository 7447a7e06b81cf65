package com.resourcemarket.catalogue;

import java.util.UUID;

/** Fired inside the transaction that changed a resource; the search index follows once it commits. */
public record ResourceChanged(UUID resourceId) {
}
