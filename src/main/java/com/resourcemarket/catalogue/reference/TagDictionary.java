package com.resourcemarket.catalogue.reference;

import com.resourcemarket.core.changestream.ChangeListener;
import com.resourcemarket.core.changestream.RowChange;

import com.resourcemarket.core.error.Problems;
import com.resourcemarket.core.persistence.ReferenceCache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The four-dimension tag dictionary (行业-类型-属性-价值). The whole dictionary is small and read constantly
 * (catalogue validation, matching, autocomplete), so it is cached in memory; every change invalidates the
 * cache, again after its transaction ends so no reader keeps what it saw before the commit.
 */
@ApplicationScoped
public class TagDictionary implements ChangeListener {

    private record Snapshot(Map<String, TagDefinitionDetails> details, Map<String, TagDefinitionView> views) {
    }

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final ReferenceCache<Snapshot> cache = new ReferenceCache<>(this::load);

    /**
     * The tag with this key.
     *
     * @param fieldPath the request field that named the key, for the 400 (e.g. {@code tags[2].key})
     * @throws io.quarkiverse.resteasy.problem.HttpProblem 400 naming {@code fieldPath} when no such tag exists
     */
    @Transactional
    public TagDefinitionView require(String key, String fieldPath) {
        return find(key).orElseThrow(() -> Problems.invalidFieldCode(fieldPath, "tag.unknown", key));
    }

    @Transactional
    public Optional<TagDefinitionView> find(String key) {
        return key == null ? Optional.empty() : Optional.ofNullable(all().get(key));
    }

    /** Every tag by key (sorted by key), from the cache; immutable. */
    @Transactional
    public Map<String, TagDefinitionView> all() {
        return snapshot().views();
    }

    private Snapshot snapshot() {
        return cache.get();
    }

    private Snapshot load() {
        Map<String, TagDefinitionDetails> details = new TreeMap<>();
        for (TagDefinition tag : TagDefinition.<TagDefinition>listAll()) {
            details.put(tag.key, TagDefinitionDetails.of(tag));
        }
        Map<String, TagDefinitionView> views = new LinkedHashMap<>();
        details.forEach((key, tag) -> views.put(key, tag.view()));
        return new Snapshot(Collections.unmodifiableMap(details), Collections.unmodifiableMap(views));
    }

    private void invalidate() {
        cache.invalidate(transactions);
    }

    /** A tag changed somewhere (this or another instance): the next read loads the dictionary again. */
    public void changed() {
        cache.clear();
    }

    @Override
    public Set<String> tables() {
        return Set.of("tag_definitions");
    }

    @Override
    public void apply(List<RowChange> changes) {
        changed();
    }

    /**
     * Tags for listing and autocomplete: of one dimension if given; matching {@code q} on key, labels and synonyms
     * (case-insensitive) — exact matches first, then prefixes (of the text or one of its words), then the rest.
     */
    @Transactional
    public List<TagDefinitionDetails> search(TagDimension dimension, String q, int offset, int limit) {
        String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        record Hit(TagDefinitionDetails tag, int rank) {
        }
        List<Hit> hits = new ArrayList<>();
        for (TagDefinitionDetails tag : snapshot().details().values()) {
            if (dimension != null && tag.dimension() != dimension) {
                continue;
            }
            int rank = needle.isEmpty() ? 0 : rank(tag, needle);
            if (rank < Integer.MAX_VALUE) {
                hits.add(new Hit(tag, rank));
            }
        }
        hits.sort(Comparator.comparingInt(Hit::rank).thenComparing(h -> h.tag().dimension())
                .thenComparing(h -> h.tag().key()));
        return hits.stream().skip(offset).limit(limit).map(Hit::tag).toList();
    }

    private static int rank(TagDefinitionDetails tag, String needle) {
        List<String> texts = new ArrayList<>();
        texts.add(tag.key());
        texts.add(tag.key().replace('_', ' '));
        texts.add(tag.labelZh());
        texts.add(tag.labelEn());
        texts.addAll(tag.synonyms());
        int best = Integer.MAX_VALUE;
        for (String text : texts) {
            String candidate = text.toLowerCase(Locale.ROOT);
            if (candidate.equals(needle)) {
                return 0;
            }
            if (candidate.startsWith(needle)) {
                best = Math.min(best, 1);
            } else if (wordStartsWith(candidate, needle)) {
                best = Math.min(best, 2);
            } else if (candidate.contains(needle)) {
                best = Math.min(best, 3);
            }
        }
        return best;
    }

    private static boolean wordStartsWith(String candidate, String needle) {
        for (String word : candidate.split("[\\s_\\-/&]+")) {
            if (word.startsWith(needle)) {
                return true;
            }
        }
        return false;
    }

    @Transactional
    public TagDefinitionDetails get(String key) {
        TagDefinitionDetails tag = key == null ? null : snapshot().details().get(key);
        if (tag == null) {
            throw Problems.notFound("Tag", key);
        }
        return tag;
    }

    @Transactional
    public TagDefinitionDetails create(CreateTagRequest request) {
        String key = request.key().strip();
        String unit = unit(request.valueKind(), request.unit());
        List<String> synonyms = synonyms(request.synonyms());
        if (TagDefinition.findById(key) != null) {
            throw Problems.conflict("Tag " + key + " already exists");
        }
        TagDefinition tag = new TagDefinition();
        tag.key = key;
        tag.dimension = request.dimension();
        tag.labelZh = request.labelZh().strip();
        tag.labelEn = request.labelEn().strip();
        tag.valueKind = request.valueKind();
        tag.unit = unit;
        tag.synonyms = synonyms;
        tag.persist();
        Writes.flush("Tag " + key, 0);
        invalidate();
        return TagDefinitionDetails.of(tag);
    }

    /** Changes a tag. Changing the value kind of a tag in use is allowed here; the catalogue decides what follows. */
    @Transactional
    public TagDefinitionDetails update(String key, UpdateTagRequest request) {
        TagDefinition tag = key == null ? null : TagDefinition.findById(key);
        if (tag == null) {
            throw Problems.notFound("Tag", key);
        }
        String unit = unit(request.valueKind(), request.unit());
        List<String> synonyms = synonyms(request.synonyms());
        Writes.checkVersion("Tag " + key, request.version(), tag.version);
        tag.dimension = request.dimension();
        tag.labelZh = request.labelZh().strip();
        tag.labelEn = request.labelEn().strip();
        tag.valueKind = request.valueKind();
        tag.unit = unit;
        if (!synonyms.equals(tag.synonyms)) {
            tag.synonyms = synonyms;
        }
        Writes.flush("Tag " + key, request.version());
        invalidate();
        return TagDefinitionDetails.of(tag);
    }

    private static String unit(ValueKind kind, String unit) {
        String stripped = unit == null || unit.isBlank() ? null : unit.strip();
        if (stripped != null && kind != ValueKind.NUMBER) {
            throw Problems.invalidField("unit", "only NUMBER tags have a unit; leave it out for a " + kind + " tag");
        }
        return stripped;
    }

    /** Stripped, without blanks or duplicates (case-insensitive), each at most 64 characters, at most 20. */
    private static List<String> synonyms(List<String> given) {
        if (given == null) {
            return new ArrayList<>();
        }
        if (given.size() > Synonym.MAX_COUNT) {
            throw Problems.invalidField("synonyms", "at most " + Synonym.MAX_COUNT + " synonyms");
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String synonym = given.get(i) == null ? "" : given.get(i).strip();
            String field = "synonyms[" + i + "]";
            if (synonym.isEmpty()) {
                throw Problems.invalidField(field, "must not be blank");
            }
            if (synonym.length() > Synonym.MAX_LENGTH) {
                throw Problems.invalidField(field, "at most " + Synonym.MAX_LENGTH + " characters");
            }
            if (synonym.chars().anyMatch(c -> c < 0x20)) {
                throw Problems.invalidField(field, "must not contain control characters");
            }
            if (seen.add(synonym.toLowerCase(Locale.ROOT))) {
                out.add(synonym);
            }
        }
        return out;
    }
}
