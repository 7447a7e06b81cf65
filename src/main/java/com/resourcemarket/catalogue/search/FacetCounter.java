package com.resourcemarket.catalogue.search;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts every match (the exact total) and the values of a few keyword fields over them, straight from the
 * SortedSet doc values the KeywordFields carry: per segment by ordinal, resolved to codes once per segment.
 * Cheaper than a taxonomy and needs no extra per-reader state.
 */
final class FacetCounter implements Collector {

    private final String[] fields;
    private final List<Map<String, Long>> counts = new ArrayList<>();
    private long total;

    FacetCounter(String... fields) {
        this.fields = fields;
        for (int i = 0; i < fields.length; i++) {
            counts.add(new HashMap<>());
        }
    }

    static CollectorManager<FacetCounter, FacetCounter> manager(String... fields) {
        return new CollectorManager<>() {
            @Override
            public FacetCounter newCollector() {
                return new FacetCounter(fields);
            }

            @Override
            public FacetCounter reduce(Collection<FacetCounter> collectors) {
                FacetCounter merged = new FacetCounter(fields);
                for (FacetCounter c : collectors) {
                    merged.total += c.total;
                    for (int i = 0; i < fields.length; i++) {
                        Map<String, Long> into = merged.counts.get(i);
                        c.counts.get(i).forEach((k, v) -> into.merge(k, v, Long::sum));
                    }
                }
                return merged;
            }
        };
    }

    long total() {
        return total;
    }

    /** Field name to (value to count), highest count first, then by value. */
    Map<String, Map<String, Long>> facets() {
        Map<String, Map<String, Long>> result = new LinkedHashMap<>();
        for (int i = 0; i < fields.length; i++) {
            Map<String, Long> sorted = new LinkedHashMap<>();
            counts.get(i).entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
                    .forEach(e -> sorted.put(e.getKey(), e.getValue()));
            result.put(fields[i], sorted);
        }
        return result;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        SortedSetDocValues[] values = new SortedSetDocValues[fields.length];
        long[][] ordCounts = new long[fields.length][];
        for (int i = 0; i < fields.length; i++) {
            values[i] = DocValues.getSortedSet(context.reader(), fields[i]);
            ordCounts[i] = new long[(int) values[i].getValueCount()];
        }
        return new LeafCollector() {
            @Override
            public void setScorer(Scorable scorer) {
            }

            @Override
            public void collect(int doc) throws IOException {
                total++;
                for (int i = 0; i < values.length; i++) {
                    SortedSetDocValues dv = values[i];
                    if (dv.advanceExact(doc)) {
                        for (int n = dv.docValueCount(); n > 0; n--) {
                            ordCounts[i][(int) dv.nextOrd()]++;
                        }
                    }
                }
            }

            @Override
            public void finish() throws IOException {
                for (int i = 0; i < values.length; i++) {
                    Map<String, Long> into = counts.get(i);
                    for (int ord = 0; ord < ordCounts[i].length; ord++) {
                        if (ordCounts[i][ord] > 0) {
                            into.merge(values[i].lookupOrd(ord).utf8ToString(), ordCounts[i][ord], Long::sum);
                        }
                    }
                }
            }
        };
    }
}
