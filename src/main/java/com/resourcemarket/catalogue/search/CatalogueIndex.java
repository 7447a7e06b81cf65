package com.resourcemarket.catalogue.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.SloppyMath;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Stream;

/**
 * The catalogue's Lucene index on local disk. Thread-safe; plain Java (no CDI) so it is testable on a temp dir.
 * <ul>
 *   <li>Writes go to one {@link IndexWriter}; a maintenance thread reopens the near-real-time searcher every
 *       {@link Options#refreshInterval()} (a change is searchable within that) and commits every
 *       {@link Options#commitInterval()} and on close. A crash loses at most the uncommitted tail, which the
 *       catalogue replays with {@link ResourceDocumentSource#changedSince} from {@link #watermark()}.</li>
 *   <li>The commit user data carries the mapping version, the watermark and whether a full rebuild completed;
 *       a missing, unreadable (checksums are verified at open) or outdated index is recreated empty and
 *       reports {@link #needsRebuild()}.</li>
 *   <li>{@link #rebuild} builds a side index and swaps it in atomically: searches keep the old content until
 *       the swap, and writes arriving meanwhile are replayed on top.</li>
 * </ul>
 */
public final class CatalogueIndex implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(CatalogueIndex.class);

    static final String DATA_SCHEMA = "schema";
    static final String DATA_WATERMARK = "watermark";
    static final String DATA_REBUILT = "rebuilt";
    /** The identity of the database the content was built from (see {@link #databaseIdentity()}). */
    static final String DATA_DATABASE = "database";
    /** The change-stream position the content includes, opaque (see {@link #streamPosition()}). */
    static final String DATA_STREAM = "stream";
    private static final String[] FACET_FIELDS = {IndexSchema.TYPE, IndexSchema.GRADE, IndexSchema.REGION};

    /**
     * @param refreshInterval how stale a search may be after a write
     * @param commitInterval  how much work a crash may lose (the catch-up replays it)
     * @param ramBufferMb     indexing buffer before a segment is flushed
     */
    public record Options(Duration refreshInterval, Duration commitInterval, double ramBufferMb) {
        public static Options defaults() {
            return new Options(Duration.ofMillis(200), Duration.ofSeconds(5), 64);
        }
    }

    /** One write, kept to be replayed after a rebuild's swap. */
    @FunctionalInterface
    private interface IndexOp {
        void apply(IndexWriter writer) throws IOException;
    }

    private final Path path;
    private final Options options;
    private final Analyzer analyzer;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final QueryMapper mapper;
    private final String recreatedBecause;
    private final AtomicReference<Instant> watermark = new AtomicReference<>();
    private final AtomicReference<Map<String, String>> streamPosition = new AtomicReference<>(Map.of());
    private volatile String databaseIdentity;
    private final AtomicBoolean dirty = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();
    /** Writes and maintenance share it; a rebuild's swap takes it exclusively so nobody sees it half done. */
    private final ReentrantReadWriteLock swapGate = new ReentrantReadWriteLock();
    private final ReentrantLock rebuildLock = new ReentrantLock();
    private final Object commitLock = new Object();
    private final ScheduledExecutorService maintenance;
    private volatile boolean needsRebuild;
    private volatile Queue<IndexOp> writesDuringRebuild;

    private CatalogueIndex(Path path, Options options, Analyzer analyzer, Directory directory, IndexWriter writer,
                           Map<String, String> commitData, String recreatedBecause) throws IOException {
        this.path = path;
        this.options = options;
        this.analyzer = analyzer;
        this.directory = directory;
        this.writer = writer;
        this.recreatedBecause = recreatedBecause;
        this.mapper = new QueryMapper(analyzer);
        this.searchers = new SearcherManager(writer, null);
        this.needsRebuild = recreatedBecause != null
                || !IndexSchema.VERSION.equals(commitData.get(DATA_SCHEMA))
                || !"true".equals(commitData.get(DATA_REBUILT));
        this.watermark.set(parseInstant(commitData.get(DATA_WATERMARK)));
        this.databaseIdentity = commitData.get(DATA_DATABASE);
        this.streamPosition.set(recreatedBecause != null ? Map.of() : decodePosition(commitData.get(DATA_STREAM)));
        if (recreatedBecause != null) {
            commit(); // leave a valid empty index on disk right away
        }
        this.maintenance = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "catalogue-index-maintenance");
            t.setDaemon(true);
            return t;
        });
        long refresh = options.refreshInterval().toMillis();
        long commit = options.commitInterval().toMillis();
        maintenance.scheduleWithFixedDelay(this::refreshQuietly, refresh, refresh, TimeUnit.MILLISECONDS);
        maintenance.scheduleWithFixedDelay(this::commitQuietly, commit, commit, TimeUnit.MILLISECONDS);
    }

    public static CatalogueIndex open(Path dir) throws IOException {
        return open(dir, Options.defaults());
    }

    /**
     * Opens the index in {@code dir}, creating it when missing. An index that cannot be read or fails its
     * checksums is wiped and recreated empty ({@link #needsRebuild()} then says so); a lock held by another
     * process is not corruption and fails the open.
     */
    public static CatalogueIndex open(Path dir, Options options) throws IOException {
        Files.createDirectories(dir);
        Analyzer analyzer = IndexSchema.analyzer();
        FSDirectory directory = FSDirectory.open(dir);
        try {
            String recreate = null;
            Map<String, String> commitData = Map.of();
            if (!DirectoryReader.indexExists(directory)) {
                recreate = "no index yet";
            } else {
                try {
                    commitData = verify(directory);
                } catch (LockObtainFailedException e) {
                    throw e;
                } catch (IOException | RuntimeException e) {
                    recreate = "unreadable index (" + e + ")";
                    LOG.warnf("Catalogue search index in %s is unreadable and is recreated empty: %s", dir, e);
                    wipe(directory);
                }
                String written = commitData.get(DATA_SCHEMA);
                if (recreate == null && !IndexSchema.VERSION.equals(written)) {
                    // another mapping (e.g. another index sort, which an IndexWriter refuses to change): start empty
                    recreate = "mapping version " + written + " instead of " + IndexSchema.VERSION;
                    LOG.infof("Catalogue search index in %s was written with %s and is recreated empty", dir, recreate);
                    commitData = Map.of();
                    wipe(directory);
                }
            }
            IndexWriter writer = new IndexWriter(directory, writerConfig(analyzer, options));
            try {
                return new CatalogueIndex(dir, options, analyzer, directory, writer, commitData, recreate);
            } catch (IOException | RuntimeException e) {
                IOUtils.closeWhileHandlingException(writer);
                throw e;
            }
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(directory, analyzer);
            throw e;
        }
    }

    /** Opens the last commit and verifies every file's checksum; returns the commit user data. */
    private static Map<String, String> verify(Directory directory) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                leaf.reader().checkIntegrity();
            }
            return reader.getIndexCommit().getUserData();
        }
    }

    private static void wipe(Directory directory) throws IOException {
        try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            lock.ensureValid();
            Path dir = ((FSDirectory) directory).getDirectory();
            for (String file : directory.listAll()) {
                if (!file.equals(IndexWriter.WRITE_LOCK_NAME) && !Files.isDirectory(dir.resolve(file))) {
                    directory.deleteFile(file);
                }
            }
        }
    }

    private static IndexWriterConfig writerConfig(Analyzer analyzer, Options options) {
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(options.ramBufferMb());
        config.setIndexSort(IndexSchema.indexSort());
        config.setCommitOnClose(false); // close() commits itself, with the user data
        return config;
    }

    public Path path() {
        return path;
    }

    /** True when the index was (re)created empty or written by another mapping version and no rebuild completed since. */
    public boolean needsRebuild() {
        return needsRebuild;
    }

    /** Why the index was recreated empty at open, if it was. */
    public Optional<String> recreatedBecause() {
        return Optional.ofNullable(recreatedBecause);
    }

    /** The newest {@link ResourceDocument#updatedAt()} indexed; persisted with every commit. */
    public Optional<Instant> watermark() {
        return Optional.ofNullable(watermark.get());
    }

    /** The database the content was built from, as recorded by the last rebuild; empty before any. */
    public Optional<String> databaseIdentity() {
        return Optional.ofNullable(databaseIdentity);
    }

    /** The change-stream position committed with the content: everything before it is in the index. */
    public Map<String, String> streamPosition() {
        return streamPosition.get();
    }

    /**
     * Every change up to {@code position} has been written to this index; the next commit stores it with them
     * (after the writes, so the stored position is never ahead of the stored content).
     */
    public void streamApplied(Map<String, String> position) {
        streamPosition.set(Map.copyOf(position));
        dirty.set(true);
    }

    /** Forgets the stream position (it can no longer be streamed from); a rebuild must follow. */
    public void forgetStreamPosition() {
        streamPosition.set(Map.of());
        needsRebuild = true;
        dirty.set(true);
    }

    /** Every resource id in the current searcher with its {@code updatedAt} (epoch milliseconds), for reconciliation. */
    public Map<UUID, Long> versions() {
        return withSearcher(searcher -> {
            Map<UUID, Long> out = new HashMap<>(Math.max(16, searcher.getIndexReader().numDocs() * 2));
            for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                var live = leaf.reader().getLiveDocs();
                var ids = DocValues.getSortedSet(leaf.reader(), IndexSchema.ID);
                var updated = DocValues.getSortedNumeric(leaf.reader(), IndexSchema.UPDATED);
                for (int doc = 0; doc < leaf.reader().maxDoc(); doc++) {
                    if (live != null && !live.get(doc)) {
                        continue;
                    }
                    if (!ids.advanceExact(doc)) {
                        continue;
                    }
                    UUID id = UUID.fromString(ids.lookupOrd(ids.nextOrd()).utf8ToString());
                    long at = updated.advanceExact(doc) ? updated.nextValue() : Long.MIN_VALUE;
                    out.put(id, at);
                }
            }
            return out;
        });
    }

    /** Number of resources in the current searcher. */
    public int count() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /** Adds or replaces the resource with this id. Searchable within {@link Options#refreshInterval()}. */
    public void upsert(ResourceDocument resource) {
        ensureOpen();
        Term id = idTerm(resource.id());
        var doc = IndexSchema.toDocument(resource);
        write(w -> w.updateDocument(id, doc));
        raiseWatermark(IndexSchema.updatedAt(resource));
    }

    public void delete(UUID id) {
        ensureOpen();
        Term term = idTerm(id);
        write(w -> w.deleteDocuments(term));
    }

    private void write(IndexOp op) {
        swapGate.readLock().lock();
        try {
            op.apply(writer);
            Queue<IndexOp> log = writesDuringRebuild;
            if (log != null) {
                log.add(op);
            }
            dirty.set(true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            swapGate.readLock().unlock();
        }
    }

    /**
     * Replaces the whole content with {@code resources} (the caller closes the stream). The new content is built
     * aside and swapped in at the end, so searches see either the old or the new index; {@link #upsert} and
     * {@link #delete} calls made meanwhile are replayed after the swap. Returns the number of resources indexed.
     */
    public long rebuild(Stream<ResourceDocument> resources) {
        return rebuild(resources, databaseIdentity);
    }

    /** As {@link #rebuild(Stream)}, recording that the content now comes from the database {@code database}. */
    public long rebuild(Stream<ResourceDocument> resources, String database) {
        ensureOpen();
        rebuildLock.lock();
        Path side = path.resolveSibling(path.getFileName() + ".rebuild");
        Queue<IndexOp> log = new ConcurrentLinkedQueue<>();
        try {
            swapGate.writeLock().lock();
            try {
                writesDuringRebuild = log;
            } finally {
                swapGate.writeLock().unlock();
            }
            long started = System.nanoTime();
            IOUtils.rm(side);
            long count = 0;
            Instant newest = null;
            try (Directory sideDirectory = FSDirectory.open(side)) {
                IndexWriterConfig config = writerConfig(analyzer, options).setOpenMode(IndexWriterConfig.OpenMode.CREATE);
                try (IndexWriter sideWriter = new IndexWriter(sideDirectory, config)) {
                    for (Iterator<ResourceDocument> it = resources.iterator(); it.hasNext(); ) {
                        ResourceDocument r = it.next();
                        sideWriter.updateDocument(idTerm(r.id()), IndexSchema.toDocument(r));
                        Instant updated = IndexSchema.updatedAt(r);
                        newest = newest == null || updated.isAfter(newest) ? updated : newest;
                        count++;
                    }
                    sideWriter.commit();
                }
                swapGate.writeLock().lock();
                try {
                    writer.deleteAll();
                    writer.addIndexes(sideDirectory);
                    for (IndexOp op : log) {
                        op.apply(writer);
                    }
                    writesDuringRebuild = null;
                    if (newest != null) {
                        raiseWatermark(newest);
                    }
                    needsRebuild = false;
                    databaseIdentity = database;
                    commit();
                    searchers.maybeRefreshBlocking();
                } finally {
                    swapGate.writeLock().unlock();
                }
            }
            LOG.infof("Catalogue search index rebuilt: %d resources in %d ms", count, (System.nanoTime() - started) / 1_000_000);
            return count;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writesDuringRebuild = null;
            try {
                IOUtils.rm(side);
            } catch (IOException e) {
                LOG.warnf("Could not remove %s: %s", side, e);
            }
            rebuildLock.unlock();
        }
    }

    /** Makes every write so far visible to searches now (tests, and callers needing read-your-writes). */
    public void refresh() {
        ensureOpen();
        swapGate.readLock().lock();
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            swapGate.readLock().unlock();
        }
    }

    /** Durably stores every write so far, with the watermark. */
    public void commitNow() {
        ensureOpen();
        swapGate.readLock().lock();
        try {
            dirty.set(false);
            commit();
        } catch (IOException e) {
            dirty.set(true);
            throw new UncheckedIOException(e);
        } finally {
            swapGate.readLock().unlock();
        }
    }

    public SearchPage search(CatalogueQuery q) {
        ensureOpen();
        return withSearcher(searcher -> {
            Query text = mapper.textQuery(q.text());
            Query query = mapper.query(q, text);
            Sort sort = QueryMapper.sort(q);
            // Doc number for ties: only the cursor's own resource ties on the id, and it must be skipped.
            FieldDoc after = q.cursor() == null ? null
                    : Cursors.decode(q.cursor(), q.sort(), sort.getSort().length, Math.max(0, searcher.getIndexReader().maxDoc() - 1));
            int limit = q.limit();
            // One more than asked tells whether there is a next page.
            var top = new TopFieldCollectorManager(sort, limit + 1, after, limit + 1);
            Object[] results = searcher.search(query, new MultiCollectorManager(top, FacetCounter.manager(FACET_FIELDS)));
            TopFieldDocs docs = (TopFieldDocs) results[0];
            FacetCounter facets = (FacetCounter) results[1];

            ScoreDoc[] page = docs.scoreDocs.length > limit ? java.util.Arrays.copyOf(docs.scoreDocs, limit) : docs.scoreDocs;
            boolean textScored = text != null;
            if (textScored && q.sort() != SortOrder.RELEVANCE) {
                TopFieldCollector.populateScores(page, searcher, query);
            }
            StoredFields stored = searcher.storedFields();
            List<Hit> hits = new ArrayList<>(page.length);
            for (ScoreDoc sd : page) {
                FieldDoc fd = (FieldDoc) sd;
                UUID id = UUID.fromString(stored.document(fd.doc, Set.of(IndexSchema.ID)).get(IndexSchema.ID));
                float score = !textScored ? 0f : q.sort() == SortOrder.RELEVANCE ? (Float) fd.fields[0] : fd.score;
                hits.add(new Hit(id, score, distanceKm(searcher, q, fd)));
            }
            String next = docs.scoreDocs.length > limit ? Cursors.encode(q.sort(), (FieldDoc) page[page.length - 1]) : null;
            return new SearchPage(List.copyOf(hits), facets.total(), facets.facets(), next);
        });
    }

    private static Double distanceKm(IndexSearcher searcher, CatalogueQuery q, FieldDoc fd) throws IOException {
        if (q.near() == null) {
            return null;
        }
        if (q.sort() == SortOrder.DISTANCE) {
            double meters = (Double) fd.fields[0];
            return Double.isInfinite(meters) ? null : meters / 1000;
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(fd.doc, leaves));
        SortedNumericDocValues geo = DocValues.getSortedNumeric(leaf.reader(), IndexSchema.GEO);
        if (!geo.advanceExact(fd.doc - leaf.docBase)) {
            return null;
        }
        long encoded = geo.nextValue();
        double lat = GeoEncodingUtils.decodeLatitude((int) (encoded >>> 32));
        double lon = GeoEncodingUtils.decodeLongitude((int) encoded);
        return SloppyMath.haversinMeters(q.near().latitude(), q.near().longitude(), lat, lon) / 1000;
    }

    /** Read-only work on the current searcher; see {@link #withSearcher}. */
    @FunctionalInterface
    public interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    /**
     * Runs {@code work} on the current near-real-time searcher, released afterwards (don't keep it). For other
     * modules that query the index directly (e.g. matching's filters + doc-values rescoring); field names are in
     * {@link IndexFields}.
     */
    public <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void raiseWatermark(Instant updated) {
        watermark.accumulateAndGet(updated, (a, b) -> a == null || b.isAfter(a) ? b : a);
    }

    private void commit() throws IOException {
        synchronized (commitLock) {
            Map<String, String> data = new HashMap<>();
            data.put(DATA_SCHEMA, IndexSchema.VERSION);
            data.put(DATA_REBUILT, String.valueOf(!needsRebuild));
            Instant w = watermark.get();
            if (w != null) {
                data.put(DATA_WATERMARK, w.toString());
            }
            if (databaseIdentity != null) {
                data.put(DATA_DATABASE, databaseIdentity);
            }
            // Read before the commit, like the watermark: the writes it covers were made before this point.
            data.put(DATA_STREAM, encodePosition(streamPosition.get()));
            // Read before commit: everything the watermark covers was written before this point, so the commit
            // holds it; a write racing with the commit only makes the stored watermark older (safe: replayed).
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }
    }

    private void refreshQuietly() {
        if (!swapGate.readLock().tryLock()) {
            return; // a rebuild is swapping; refresh after it
        }
        try {
            searchers.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            LOG.warnf("Catalogue search refresh failed: %s", e);
        } finally {
            swapGate.readLock().unlock();
        }
    }

    private void commitQuietly() {
        if (!dirty.get() || !swapGate.readLock().tryLock()) {
            return;
        }
        try {
            dirty.set(false);
            commit();
        } catch (IOException | RuntimeException e) {
            dirty.set(true);
            LOG.warnf("Catalogue search commit failed (retried): %s", e);
        } finally {
            swapGate.readLock().unlock();
        }
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("Catalogue index is closed");
        }
    }

    private static Term idTerm(UUID id) {
        return new Term(IndexSchema.ID, id.toString());
    }

    static String encodePosition(Map<String, String> position) {
        StringBuilder out = new StringBuilder();
        new java.util.TreeMap<>(position).forEach((k, v) -> out.append(k).append('\t').append(v).append('\n'));
        return out.toString();
    }

    static Map<String, String> decodePosition(String stored) {
        if (stored == null || stored.isBlank()) {
            return Map.of();
        }
        Map<String, String> out = new HashMap<>();
        for (String line : stored.split("\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                out.put(line.substring(0, tab), line.substring(tab + 1));
            }
        }
        return Map.copyOf(out);
    }

    private static Instant parseInstant(String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Commits what is pending (with the watermark) and releases the directory. */
    @Override
    public void close() throws IOException {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        // shutdown, not shutdownNow: interrupting a commit in progress makes Lucene's file channels throw
        // ClosedByInterruptException, which closes the writer and loses the final commit (periodic tasks stop anyway)
        maintenance.shutdown();
        try {
            maintenance.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            swapGate.writeLock().lock();
            try {
                if (writer.isOpen()) {
                    commit();
                }
            } finally {
                swapGate.writeLock().unlock();
            }
        } finally {
            IOUtils.close(searchers, writer, directory, analyzer);
        }
    }
}
