package com.resourcemarket.catalogue;

import com.resourcemarket.catalogue.reference.TagDefinitionView;
import com.resourcemarket.catalogue.reference.TagDictionary;
import com.resourcemarket.catalogue.search.CatalogueSearch;
import com.resourcemarket.catalogue.search.ResourceDocument;
import com.resourcemarket.catalogue.search.ResourceDocumentSource;
import com.resourcemarket.catalogue.search.TagValue;
import com.resourcemarket.region.RegionService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Keeps the Lucene index in step with MySQL: each committed change is indexed right after its commit, and the
 * index rebuilds or catches up from these documents at start (see CatalogueSearch), so a change lost between
 * commit and index (a crash) is repaired then.
 */
@ApplicationScoped
public class ResourceIndexer implements ResourceDocumentSource {

    private static final Logger LOG = Logger.getLogger(ResourceIndexer.class);

    @Inject
    CatalogueSearch search;

    @Inject
    TagDictionary tagDictionary;

    @Inject
    RegionService regions;

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ResourceChanged changed) {
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Resource resource = Resource.findById(changed.resourceId());
                if (resource == null) {
                    search.delete(changed.resourceId());
                } else {
                    search.upsert(document(resource, tagDictionary.all()));
                }
            });
        } catch (RuntimeException e) {
            // The database change stands; the start-up catch-up re-indexes it.
            LOG.warnf(e, "Could not index resource %s after commit", changed.resourceId());
        }
    }

    @Override
    public Stream<ResourceDocument> all() {
        return documents("from Resource order by id", Map.of());
    }

    @Override
    public Stream<ResourceDocument> changedSince(Instant since) {
        return documents("from Resource where updatedAt >= :since order by id", Map.of("since", since));
    }

    /** Streams in pages inside short transactions, so a rebuild of a big catalogue does not hold one huge session. */
    private Stream<ResourceDocument> documents(String query, Map<String, Object> parameters) {
        int pageSize = 1_000;
        return Stream.iterate(0, page -> page + 1)
                .map(page -> QuarkusTransaction.requiringNew().call(() -> {
                    Map<String, TagDefinitionView> dictionary = tagDictionary.all();
                    return Resource.<Resource>find(query, parameters).page(page, pageSize).list().stream()
                            .map(resource -> document(resource, dictionary)).toList();
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
