package com.resourcemarket.catalogue;

import com.resourcemarket.catalogue.ResourceDtos.ResourceView;
import com.resourcemarket.catalogue.ResourceDtos.SearchPageView;
import com.resourcemarket.catalogue.reference.TagDefinitionView;
import com.resourcemarket.catalogue.reference.TagDictionary;
import com.resourcemarket.catalogue.reference.ValueKind;
import com.resourcemarket.catalogue.search.CatalogueQuery;
import com.resourcemarket.catalogue.search.CatalogueSearch;
import com.resourcemarket.catalogue.search.GeoFilter;
import com.resourcemarket.catalogue.search.Hit;
import com.resourcemarket.catalogue.search.SearchPage;
import com.resourcemarket.catalogue.search.SortOrder;
import com.resourcemarket.catalogue.search.TagFilter;
import com.resourcemarket.core.error.Problems;
import com.resourcemarket.core.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Catalogue search: filters and text go to the Lucene index; the hits are loaded from MySQL in index order. */
@ApplicationScoped
public class ResourceSearchService {

    private static final Pattern TAG = Pattern.compile("^([a-z0-9_]+)(>=|<=|=)(.+)$");
    private static final Pattern RANGE = Pattern.compile("^(-?\\d+(?:\\.\\d+)?)\\.\\.(-?\\d+(?:\\.\\d+)?)$");

    @Inject
    Caller caller;

    @Inject
    CatalogueSearch search;

    @Inject
    TagDictionary tagDictionary;

    @Inject
    ResourceService resources;

    @Transactional
    public SearchPageView search(ResourceSearchQuery query) {
        Set<String> statuses = set(query.statuses);
        Set<UUID> owners = set(query.owners).stream().map(UUID::fromString).collect(Collectors.toCollection(LinkedHashSet::new));
        if (caller.isPartnerOnly()) {
            UUID own = caller.requirePartnerId();
            boolean onlyOwn = !owners.isEmpty() && owners.equals(Set.of(own));
            if (!onlyOwn) {
                // Other partners' resources are visible only while ACTIVE.
                if (!statuses.isEmpty() && !statuses.equals(Set.of("ACTIVE"))) {
                    throw Problems.forbidden("Partners may search other partners' resources only with status ACTIVE");
                }
                statuses = Set.of("ACTIVE");
            }
        }
        GeoFilter near = near(query.near);
        if (SortOrder.valueOf(query.sort) == SortOrder.DISTANCE && near == null) {
            throw Problems.invalidFieldCode("sort", "search.sort.distance");
        }
        CatalogueQuery catalogueQuery = new CatalogueQuery(blankToNull(query.text), set(query.channels), set(query.categories),
                set(query.types), set(query.grades), statuses, owners, set(query.regions), tagFilters(query.tags),
                near, SortOrder.valueOf(query.sort), query.limit(), blankToNull(query.cursor));
        SearchPage page;
        try {
            page = search.search(catalogueQuery);
        } catch (IllegalArgumentException e) {
            // The index refuses a cursor it did not issue, or one from another sort order.
            throw Problems.invalidFieldCode("cursor", "search.cursor");
        }
        List<UUID> ids = page.hits().stream().map(Hit::id).toList();
        Map<UUID, Resource> loaded = ids.isEmpty() ? Map.of()
                : Resource.<Resource>list("id in ?1", ids).stream().collect(Collectors.toMap(r -> r.id, Function.identity()));
        Map<String, TagDefinitionView> dictionary = tagDictionary.all();
        List<ResourceView> items = new ArrayList<>();
        for (Hit hit : page.hits()) {
            Resource resource = loaded.get(hit.id());
            if (resource != null && resources.mayRead(resource)) {
                items.add(ResourceViews.of(resource, dictionary, resources.contactVisibility(resource), hit.distanceKm()));
            }
        }
        return new SearchPageView(items, page.total(), page.facets(), page.nextCursor());
    }

    private List<TagFilter> tagFilters(List<String> expressions) {
        List<TagFilter> filters = new ArrayList<>();
        if (expressions == null) {
            return filters;
        }
        for (String expression : expressions) {
            Matcher matcher = TAG.matcher(expression.trim());
            if (!matcher.matches()) {
                throw Problems.invalidFieldCode("tag", "search.tag.syntax", expression);
            }
            String key = matcher.group(1);
            String op = matcher.group(2);
            String value = matcher.group(3).trim();
            TagDefinitionView definition = tagDictionary.require(key, "tag");
            boolean numeric = definition.valueKind() == ValueKind.NUMBER;
            try {
                if (op.equals("=")) {
                    Matcher range = RANGE.matcher(value);
                    if (numeric && range.matches()) {
                        filters.add(new TagFilter(key, TagFilter.Operator.BETWEEN, null,
                                new BigDecimal(range.group(1)), new BigDecimal(range.group(2))));
                    } else if (numeric) {
                        BigDecimal number = new BigDecimal(value);
                        filters.add(new TagFilter(key, TagFilter.Operator.EQ, null, number, number));
                    } else {
                        filters.add(new TagFilter(key, TagFilter.Operator.EQ, value, null, null));
                    }
                } else if (!numeric) {
                    throw Problems.invalidFieldCode("tag", "search.tag.text", key);
                } else if (op.equals(">=")) {
                    filters.add(new TagFilter(key, TagFilter.Operator.GTE, null, new BigDecimal(value), null));
                } else {
                    filters.add(new TagFilter(key, TagFilter.Operator.LTE, null, null, new BigDecimal(value)));
                }
            } catch (NumberFormatException e) {
                throw Problems.invalidFieldCode("tag", "search.tag.number", value);
            }
        }
        return filters;
    }

    private static GeoFilter near(String near) {
        if (near == null || near.isBlank()) {
            return null;
        }
        String[] parts = near.split(",");
        double latitude = Double.parseDouble(parts[0]);
        double longitude = Double.parseDouble(parts[1]);
        double radius = Double.parseDouble(parts[2]);
        if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180 || radius <= 0 || radius > 20_000) {
            throw Problems.invalidFieldCode("near", "search.near");
        }
        return new GeoFilter(latitude, longitude, radius);
    }

    private static <T> Set<T> set(List<T> values) {
        return values == null ? Set.of() : new LinkedHashSet<>(values);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
