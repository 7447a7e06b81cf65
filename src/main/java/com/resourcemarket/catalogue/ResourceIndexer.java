package com.resourcemarket.catalogue;

import com.resourcemarket.catalogue.reference.TagDefinitionView;
import com.resourcemarket.catalogue.reference.TagDictionary;
import com.resourcemarket.catalogue.search.CatalogueSearch;
import com.resourcemarket.catalogue.search.ResourceDocument;
import com.resourcemarket.catalogue.search.ResourceDocumentSource;
import com.resourcemarket.catalogue.search.TagValue;
import com.resourcemarket.core.changestream.ChangeListener;
import com.resourcemarket.core.changestream.RowChange;
import com.resourcemarket.region.RegionService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The catalogue's side of the search index: the documents it is built from, and what makes it follow MySQL. The
 * change stream delivers every committed change of a resource, its tags and regions, and of a tag definition (whose
 * labels and synonyms are indexed with every resource carrying it); the resources they touch are re-read and
 * re-indexed (see CatalogueSearch). The committing instance also refreshes right after its own commit, so its
 * caller can search what it just wrote.
 */
@ApplicationScoped
public class ResourceIndexer implements ResourceDocumentSource, ChangeListener {

    private static final Set<String> TABLES = Set.of("resources", "resource_tags", "resource_regions", "tag_definitions");

    private static final Logger LOG = Logger.getLogger(ResourceIndexer.class);

    @Inject
    CatalogueSearch search;

    @Inject
    TagDictionary tagDictionary;

    @Inject
    RegionService regions;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ResourceChanged changed) {
        search.refreshCommitted(List.of(changed.resourceId()));
    }

    @Override
    public Set<String> tables() {
        return TABLES;
    }

    /** From the change stream: the resources the changes touch are re-read and re-indexed. */
    @Override
    public void apply(List<RowChange> changes) {
        Set<UUID> touched = new LinkedHashSet<>();
        Set<String> tagKeys = new LinkedHashSet<>();
        for (RowChange change : changes) {
            switch (change.table()) {
                case "resources" -> touched.add(change.uuid("id"));
                case "resource_tags", "resource_regions" -> {
                    touched.add(change.uuid("resource_id"));
                    touched.add(change.uuidBefore("resource_id"));
                }
                case "tag_definitions" -> tagKeys.add(change.text("tag_key"));
                default -> {
                }
            }
        }
        touched.remove(null);
        tagKeys.remove(null);
        if (!tagKeys.isEmpty()) {
            tagDictionary.changed(); // the labels below must be read anew
            touched.addAll(QuarkusTransaction.requiringNew().call(() -> Resource.getEntityManager()
                    .createQuery("select distinct r.id from Resource r join r.tags t where t.key in :keys", UUID.class)
                    .setParameter("keys", tagKeys).getResultList()));
        }
        if (!touched.isEmpty()) {
            search.refreshFromStream(touched);
        }
    }

    @Override
    public Map<UUID, Long> versions() {
        Map<UUID, Long> out = new HashMap<>();
        int page = 10_000;
        UUID last = null;
        while (true) {
            UUID after = last;
            // Keyset pages in short transactions: a million rows never sit in one session.
            List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> {
                var query = Resource.getEntityManager().createQuery(after == null
                        ? "select r.id, r.updatedAt from Resource r order by r.id"
                        : "select r.id, r.updatedAt from Resource r where r.id > :after order by r.id", Object[].class)
                        .setMaxResults(page);
                if (after != null) {
                    query.setParameter("after", after);
                }
                return query.getResultList();
            });
            for (Object[] row : rows) {
                last = (UUID) row[0];
                out.put(last, ResourceDocument.versionOf((Instant) row[1]));
            }
            if (rows.size() < page) {
                return out;
            }
        }
    }

    @Override
    public List<ResourceDocument> byIds(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, TagDefinitionView> dictionary = tagDictionary.all();
            List<ResourceDocument> out = new ArrayList<>();
            List<UUID> all = List.copyOf(ids);
            for (int from = 0; from < all.size(); from += 1_000) {
                List<UUID> chunk = all.subList(from, Math.min(all.size(), from + 1_000));
                for (Resource r : Resource.<Resource>list("id in ?1", chunk)) {
                    out.add(document(r, dictionary));
                }
            }
            return out;
        });
    }

    @Override
    public Stream<ResourceDocument> all() {
        int pageSize = 1_000;
        // Keyset pages (id > the last one seen) in short transactions: each page costs the same however deep the
        // rebuild is (offset pages re-scan everything before them), and no session holds a million rows.
        UUID[] last = {null};
        return Stream.generate(() -> QuarkusTransaction.requiringNew().call(() -> {
                    Map<String, TagDefinitionView> dictionary = tagDictionary.all();
                    List<Resource> page = last[0] == null
                            ? Resource.<Resource>find("order by id").range(0, pageSize - 1).list()
                            : Resource.<Resource>find("id > ?1 order by id", last[0]).range(0, pageSize - 1).list();
                    if (!page.isEmpty()) {
                        last[0] = page.get(page.size() - 1).id;
                    }
                    return page.stream().map(resource -> document(resource, dictionary)).toList();
                }))
                .takeWhile(batch -> !batch.isEmpty())
                .flatMap(List::stream);
    }

    ResourceDocument document(Resource resource, Map<String, TagDefinitionView> dictionary) {
        List<TagValue> tags = resource.tags.stream().map(tag -> {
            TagDefinitionView definition = dictionary.get(tag.key);
            return new TagValue(tag.dimension, tag.key, definition == null ? null : definition.labelZh(),
                    definition == null ? null : definition.labelEn(),
                    definition == null ? List.of() : definition.synonyms(), tag.textValue, tag.numberValue, tag.unit);
        }).toList();
        return new ResourceDocument(resource.id, resource.channel, resource.categoryCode, resource.typeCode,
                resource.grade == null ? null : resource.grade.name(), resource.status.name(), resource.ownerPartnerId,
                List.copyOf(regions.expandUpwards(resource.regions)), List.copyOf(resource.regions),
                resource.latitude == null ? null : resource.latitude.doubleValue(),
                resource.longitude == null ? null : resource.longitude.doubleValue(),
                resource.nameZh, resource.nameEn, resource.description, tags, resource.capacityAmount, resource.capacityUnit,
                resource.priceAmount, resource.priceCurrency, resource.availableFrom, resource.availableTo,
                resource.evaluationScore, resource.updatedAt);
    }
}
