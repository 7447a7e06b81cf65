package com.resourcemarket.catalogue.reference;

import com.resourcemarket.core.error.Problems;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The resource taxonomy: channel → category → type. Reference data that resource managers extend. */
@ApplicationScoped
public class TaxonomyService {

    /**
     * The type a resource is filed under, with its category and channel.
     *
     * @throws io.quarkiverse.resteasy.problem.HttpProblem 400 naming {@code typeCode} when the code is unknown or
     *                                                     is a category
     */
    @Transactional
    public TaxonomyType requireType(String typeCode) {
        TaxonomyNode node = typeCode == null ? null : TaxonomyNode.findById(typeCode.strip());
        if (node == null) {
            throw Problems.invalidFieldCode("typeCode", "taxonomy.type.unknown", typeCode);
        }
        if (node.level != TaxonomyLevel.TYPE) {
            throw Problems.invalidFieldCode("typeCode", "taxonomy.type.category", typeCode);
        }
        return new TaxonomyType(node.channel.name(), node.parentCode, node.code, node.labelZh, node.labelEn);
    }

    /** Every node (optionally of one channel and/or level), each category followed by its types, in sort order. */
    @Transactional
    public List<TaxonomyNodeView> list(Channel channel, TaxonomyLevel level) {
        List<TaxonomyNode> all = TaxonomyNode.listAll(Sort.by("sortOrder").and("code"));
        Map<String, List<TaxonomyNode>> children = new LinkedHashMap<>();
        List<TaxonomyNode> roots = new ArrayList<>();
        for (TaxonomyNode node : all) {
            if (node.parentCode == null) {
                roots.add(node);
            } else {
                children.computeIfAbsent(node.parentCode, k -> new ArrayList<>()).add(node);
            }
        }
        roots.sort(Comparator.comparing((TaxonomyNode n) -> n.channel).thenComparingInt(n -> n.sortOrder)
                .thenComparing(n -> n.code));
        List<TaxonomyNodeView> ordered = new ArrayList<>();
        for (TaxonomyNode root : roots) {
            addIfMatches(ordered, root, channel, level);
            for (TaxonomyNode child : children.getOrDefault(root.code, List.of())) {
                addIfMatches(ordered, child, channel, level);
            }
        }
        return ordered;
    }

    private static void addIfMatches(List<TaxonomyNodeView> out, TaxonomyNode node, Channel channel, TaxonomyLevel level) {
        if ((channel == null || node.channel == channel) && (level == null || node.level == level)) {
            out.add(TaxonomyNodeView.of(node));
        }
    }

    @Transactional
    public TaxonomyNodeView get(String code) {
        return TaxonomyNodeView.of(find(code));
    }

    @Transactional
    public TaxonomyNodeView create(CreateTaxonomyNodeRequest request) {
        String code = request.code().strip();
        String parentCode = request.parentCode() == null || request.parentCode().isBlank() ? null : request.parentCode().strip();
        String channelPrefix = request.channel().name().toLowerCase(Locale.ROOT) + ".";
        if (request.level() == TaxonomyLevel.CATEGORY) {
            if (parentCode != null) {
                throw Problems.invalidField("parentCode", "a category has no parent; leave parentCode out");
            }
            if (!code.startsWith(channelPrefix) || code.substring(channelPrefix.length()).contains(".")) {
                throw Problems.invalidField("code", "a category code is " + channelPrefix + "<name>, e.g. "
                        + channelPrefix + "new-category");
            }
        } else {
            if (parentCode == null) {
                throw Problems.invalidField("parentCode", "a type needs its category as parentCode");
            }
            TaxonomyNode parent = TaxonomyNode.findById(parentCode);
            if (parent == null) {
                throw Problems.invalidField("parentCode", "unknown category '" + parentCode + "'");
            }
            if (parent.level != TaxonomyLevel.CATEGORY) {
                throw Problems.invalidField("parentCode", "'" + parentCode + "' is a type; a type's parent must be a category");
            }
            if (parent.channel != request.channel()) {
                throw Problems.invalidField("parentCode", "category '" + parentCode + "' belongs to channel "
                        + parent.channel + ", not " + request.channel());
            }
            String prefix = parentCode + ".";
            if (!code.startsWith(prefix) || code.substring(prefix.length()).contains(".")) {
                throw Problems.invalidField("code", "a type code is " + prefix + "<name>");
            }
        }
        if (TaxonomyNode.findById(code) != null) {
            throw Problems.conflict("Taxonomy node " + code + " already exists");
        }
        TaxonomyNode node = new TaxonomyNode();
        node.code = code;
        node.channel = request.channel();
        node.level = request.level();
        node.parentCode = parentCode;
        node.labelZh = request.labelZh().strip();
        node.labelEn = request.labelEn().strip();
        node.sortOrder = request.sortOrder() != null ? request.sortOrder() : nextSortOrder(node);
        node.persist();
        Writes.flush("Taxonomy node " + code, 0);
        return TaxonomyNodeView.of(node);
    }

    private static int nextSortOrder(TaxonomyNode node) {
        List<TaxonomyNode> siblings = node.parentCode == null
                ? TaxonomyNode.list("parentCode is null and channel = ?1", node.channel)
                : TaxonomyNode.list("parentCode", node.parentCode);
        int max = siblings.stream().mapToInt(n -> n.sortOrder).max().orElse(0);
        return Math.min(max + 10, 100_000);
    }

    @Transactional
    public TaxonomyNodeView update(String code, UpdateTaxonomyNodeRequest request) {
        TaxonomyNode node = find(code);
        Writes.checkVersion("Taxonomy node " + code, request.version(), node.version);
        node.labelZh = request.labelZh().strip();
        node.labelEn = request.labelEn().strip();
        if (request.sortOrder() != null) {
            node.sortOrder = request.sortOrder();
        }
        Writes.flush("Taxonomy node " + code, request.version());
        return TaxonomyNodeView.of(node);
    }

    private static TaxonomyNode find(String code) {
        TaxonomyNode node = code == null ? null : TaxonomyNode.findById(code);
        if (node == null) {
            throw Problems.notFound("Taxonomy node", code);
        }
        return node;
    }
}
