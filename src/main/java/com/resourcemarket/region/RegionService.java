package com.resourcemarket.region;

import com.resourcemarket.core.error.Problems;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The region reference data, read once from the database and kept in memory (it changes only with a
 * migration, i.e. a deployment).
 */
@ApplicationScoped
public class RegionService {

    public static final String NATIONWIDE = "CN";

    private volatile Map<String, RegionView> byCode;

    /** Regions in tree order, optionally only of one level and/or with one parent. */
    public List<RegionView> list(RegionLevel level, String parentCode) {
        return regions().values().stream()
                .filter(region -> level == null || region.level() == level)
                .filter(region -> parentCode == null || parentCode.equals(region.parentCode()))
                .toList();
    }

    public boolean exists(String code) {
        return code != null && regions().containsKey(code);
    }

    /**
     * Checks that every code names a known region; the first unknown one is a 400 problem naming
     * {@code field[index]}.
     */
    public void validate(String field, List<String> codes) {
        if (codes == null) {
            return;
        }
        for (int i = 0; i < codes.size(); i++) {
            if (!exists(codes.get(i))) {
                throw Problems.invalidFieldCode(field + "[" + i + "]", "region.unknown", codes.get(i));
            }
        }
    }

    /**
     * The codes plus all their ancestors: a resource serving 320500 Suzhou also serves 320000 Jiangsu, EAST_CHINA
     * and CN for search purposes. Unknown codes are kept as given (validate first).
     */
    public Set<String> expandUpwards(Collection<String> codes) {
        Map<String, RegionView> regions = regions();
        Set<String> expanded = new LinkedHashSet<>();
        for (String code : codes) {
            String current = code;
            while (current != null && expanded.add(current)) {
                RegionView region = regions.get(current);
                current = region == null ? null : region.parentCode();
            }
        }
        return expanded;
    }

    /**
     * The codes plus all their descendants: a resource declared for 320000 Jiangsu covers a demand for 320500 Suzhou.
     * Unknown codes are kept as given.
     */
    public Set<String> expandDownwards(Collection<String> codes) {
        Map<String, RegionView> regions = regions();
        Set<String> expanded = new LinkedHashSet<>(codes);
        boolean grew = true;
        while (grew) { // the tree is a few levels deep: one pass per level
            grew = false;
            for (RegionView region : regions.values()) {
                if (region.parentCode() != null && expanded.contains(region.parentCode()) && expanded.add(region.code())) {
                    grew = true;
                }
            }
        }
        return expanded;
    }

    private Map<String, RegionView> regions() {
        Map<String, RegionView> loaded = byCode;
        if (loaded == null) {
            synchronized (this) {
                loaded = byCode;
                if (loaded == null) {
                    loaded = load();
                    byCode = loaded;
                }
            }
        }
        return loaded;
    }

    private static Map<String, RegionView> load() {
        return QuarkusTransaction.joiningExisting().call(RegionService::read);
    }

    private static Map<String, RegionView> read() {
        Map<String, RegionView> map = new LinkedHashMap<>();
        Region.<Region>listAll(Sort.by("sortOrder").and("code")).forEach(region -> map.put(region.code, RegionView.of(region)));
        return Collections.unmodifiableMap(map);
    }
}
