package com.resourcemarket.catalogue.search;

import java.util.UUID;

/**
 * One result. {@code score} is the text relevance (0 without text); {@code distanceKm} is set when the query
 * had a {@link GeoFilter} and the resource has coordinates.
 */
public record Hit(UUID id, float score, Double distanceKm) {
}
