package com.resourcemarket.catalogue.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A catalogue search. Every set is "any of" (empty or null: no filter); different filters combine with AND.
 * The index holds every status: callers serving the public marketplace pass {@code statuses = {ACTIVE}}.
 *
 * @param text   free text in Chinese and/or English; every word must match somewhere (name, tags, description)
 * @param sort   null means RELEVANCE
 * @param limit  page size; 0 or less means {@link #DEFAULT_LIMIT}, capped at {@link #MAX_LIMIT}
 * @param cursor {@link SearchPage#nextCursor()} of the previous page, or null for the first page
 */
public record CatalogueQuery(String text, Set<String> channels, Set<String> categoryCodes, Set<String> typeCodes,
                             Set<String> grades, Set<String> statuses, Set<UUID> owners, Set<String> regions,
                             List<TagFilter> tagFilters, GeoFilter near, SortOrder sort, int limit, String cursor) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 200;

    public CatalogueQuery {
        channels = channels == null ? Set.of() : Set.copyOf(channels);
        categoryCodes = categoryCodes == null ? Set.of() : Set.copyOf(categoryCodes);
        typeCodes = typeCodes == null ? Set.of() : Set.copyOf(typeCodes);
        grades = grades == null ? Set.of() : Set.copyOf(grades);
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        owners = owners == null ? Set.of() : Set.copyOf(owners);
        regions = regions == null ? Set.of() : Set.copyOf(regions);
        tagFilters = tagFilters == null ? List.of() : List.copyOf(tagFilters);
        sort = sort == null ? SortOrder.RELEVANCE : sort;
        limit = limit <= 0 ? DEFAULT_LIMIT : Math.min(limit, MAX_LIMIT);
        if (sort == SortOrder.DISTANCE && near == null) {
            throw new IllegalArgumentException("Sort DISTANCE needs a near filter");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The same query positioned after {@code nextCursor}. */
    public CatalogueQuery after(String nextCursor) {
        return new CatalogueQuery(text, channels, categoryCodes, typeCodes, grades, statuses, owners, regions,
                tagFilters, near, sort, limit, nextCursor);
    }

    /** Fluent construction, since a 13-component constructor is easy to get wrong. */
    public static final class Builder {
        private String text;
        private final Set<String> channels = new LinkedHashSet<>();
        private final Set<String> categoryCodes = new LinkedHashSet<>();
        private final Set<String> typeCodes = new LinkedHashSet<>();
        private final Set<String> grades = new LinkedHashSet<>();
        private final Set<String> statuses = new LinkedHashSet<>();
        private final Set<UUID> owners = new LinkedHashSet<>();
        private final Set<String> regions = new LinkedHashSet<>();
        private final List<TagFilter> tagFilters = new ArrayList<>();
        private GeoFilter near;
        private SortOrder sort;
        private int limit;
        private String cursor;

        public Builder text(String text) { this.text = text; return this; }
        public Builder channels(String... values) { channels.addAll(List.of(values)); return this; }
        public Builder categories(String... values) { categoryCodes.addAll(List.of(values)); return this; }
        public Builder types(String... values) { typeCodes.addAll(List.of(values)); return this; }
        public Builder grades(String... values) { grades.addAll(List.of(values)); return this; }
        public Builder statuses(String... values) { statuses.addAll(List.of(values)); return this; }
        public Builder owners(UUID... values) { owners.addAll(List.of(values)); return this; }
        public Builder regions(String... values) { regions.addAll(List.of(values)); return this; }
        public Builder tag(TagFilter filter) { tagFilters.add(filter); return this; }
        public Builder near(double latitude, double longitude, double radiusKm) {
            this.near = new GeoFilter(latitude, longitude, radiusKm);
            return this;
        }
        public Builder sort(SortOrder sort) { this.sort = sort; return this; }
        public Builder limit(int limit) { this.limit = limit; return this; }
        public Builder cursor(String cursor) { this.cursor = cursor; return this; }

        public CatalogueQuery build() {
            return new CatalogueQuery(text, channels, categoryCodes, typeCodes, grades, statuses, owners, regions,
                    tagFilters, near, sort, limit, cursor);
        }
    }
}
