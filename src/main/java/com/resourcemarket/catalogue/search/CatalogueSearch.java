package com.resourcemarket.catalogue.search;

import com.resourcemarket.core.changestream.ChangeStream;
import com.resourcemarket.core.changestream.StreamPositionStore;
import com.resourcemarket.core.persistence.DatabaseIdentity;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The catalogue search as the application sees it. MySQL is the truth; the index on local disk is derived from it:
 * <ul>
 *   <li><b>Fed by the change stream.</b> Every committed change of a resource, its tags or regions, or a tag's
 *       labels reaches {@link #refresh} from the binlog ({@link ChangeStream}), on every instance. The instance that
 *       made the change also refreshes right after its commit, so its caller reads its own write; that is only a
 *       shortcut, the stream is what makes it right everywhere.</li>
 *   <li><b>One writer, re-reading.</b> {@link #refresh} re-reads the resources from MySQL under one lock and writes
 *       what it read, so the index never goes back to an older version, whoever asks first.</li>
 *   <li><b>Position with content.</b> The stream position is committed in the Lucene commit with the content it
 *       describes ({@link StreamPositionStore}); a crash replays from there.</li>
 *   <li><b>Rebuilt when it cannot be trusted.</b> An index that is missing, unreadable, of another mapping, built
 *       from another database (identity check) or whose position the binlog no longer has is rebuilt from MySQL,
 *       aside, while searches keep the old content; the stream then goes on from where it stood when the rebuild
 *       started (replayed changes are harmless: each one is a re-read).</li>
 *   <li><b>Reconciled.</b> At start and every {@code resource-market.search.reconcile-every}, ids and versions in the
 *       index are compared with MySQL and every difference is re-read ({@link #reconcile}).</li>
 * </ul>
 */
@ApplicationScoped
public class CatalogueSearch implements StreamPositionStore {

    private static final Logger LOG = Logger.getLogger(CatalogueSearch.class);

    /** What a reconciliation found: ids only in the index, only in MySQL, or at another version. */
    public record Reconciliation(int indexed, int stored, Set<UUID> ghosts, Set<UUID> missing, Set<UUID> stale) {
        public int divergences() {
            return ghosts.size() + missing.size() + stale.size();
        }
    }

    @ConfigProperty(name = "resource-market.search.index-dir")
    Path indexDir;

    @Inject
    Instance<ResourceDocumentSource> sources;

    @Inject
    Event<ResourceIndexed> indexed;

    @Inject
    ChangeStream stream;

    @Inject
    DatabaseIdentity databaseIdentity;

    @Inject
    MeterRegistry meters;

    private volatile CatalogueIndex index;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private final ReentrantLock writer = new ReentrantLock();
    private volatile Reconciliation lastReconciliation;
    private volatile Instant lastReconciledAt;
    private Counter divergences;

    void onStart(@Observes StartupEvent event) throws IOException {
        index = CatalogueIndex.open(indexDir);
        index.recreatedBecause().ifPresent(why -> LOG.infof("Catalogue search index at %s created: %s", indexDir, why));
        divergences = Counter.builder("catalogue_index_divergences")
                .description("Resources found different in the index than in MySQL by reconciliation, and repaired")
                .register(meters);
        Gauge.builder("catalogue_index_documents", this, s -> s.index == null ? 0 : s.index.count()).register(meters);
        String database = databaseIdentity.get();
        boolean rebuild = index.needsRebuild()
                || !database.equals(index.databaseIdentity().orElse(null))
                || (stream.isEnabled() && index.streamPosition().isEmpty());
        if (rebuild) {
            if (index.databaseIdentity().isPresent() && !database.equals(index.databaseIdentity().get())) {
                LOG.warnf("Catalogue search index at %s was built from database %s, not %s: rebuilding",
                        indexDir, index.databaseIdentity().get(), database);
            }
            index.forgetStreamPosition();
        }
        stream.start(this, indexDir.resolveSibling(indexDir.getFileName() + ".stream-schema.dat"));
        Thread startUp = new Thread(() -> {
            try {
                bringUpToDate(rebuild);
            } finally {
                caughtUp.countDown();
            }
        }, "catalogue-index-start");
        startUp.setDaemon(true);
        startUp.start();
    }

    void onStop(@Observes ShutdownEvent event) throws IOException {
        stream.stop(); // first: nothing may apply to a closed index, and the last position is committed below
        CatalogueIndex current = index;
        if (current != null) {
            current.close();
        }
    }

    /** Rebuilds when asked, once the stream stands at a position; then reconciles. Never throws. */
    private void bringUpToDate(boolean rebuild) {
        try {
            if (sources.isUnsatisfied() || sources.isAmbiguous()) {
                LOG.error("No single ResourceDocumentSource: the catalogue search index is not fed");
                return;
            }
            if (stream.isEnabled() && !stream.awaitStreaming(Duration.ofMinutes(2))) {
                LOG.warn("The change stream has not started within 2 minutes; rebuilding anyway (it catches up when it does)");
            }
            if (rebuild) {
                rebuildNow();
            }
            reconcile();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("Catalogue search start-up failed; the periodic reconciliation repairs the index", e);
        }
    }

    private void rebuildNow() {
        ResourceDocumentSource source = sources.get();
        String database = databaseIdentity.get();
        long count = inTransaction(() -> {
            try (Stream<ResourceDocument> all = source.all()) {
                return index.rebuild(all, database);
            }
        });
        LOG.infof("Catalogue search index rebuilt with %d resources from database %s", count, database);
    }

    /**
     * Compares the index with MySQL (ids and versions) and re-reads every resource that differs: a ghost (in the
     * index, gone from MySQL) is removed, a missing or stale one indexed again.
     */
    public Reconciliation reconcile() {
        CatalogueIndex idx = index;
        ResourceDocumentSource source = sources.get();
        // The index first: anything changing in MySQL after this read shows up as a difference and is re-read.
        Map<UUID, Long> inIndex = idx.versions();
        Map<UUID, Long> inDatabase = inTransaction(source::versions);
        Set<UUID> ghosts = new HashSet<>();
        Set<UUID> stale = new HashSet<>();
        inIndex.forEach((id, version) -> {
            Long stored = inDatabase.get(id);
            if (stored == null) {
                ghosts.add(id);
            } else if (!stored.equals(version)) {
                stale.add(id);
            }
        });
        Set<UUID> missing = new HashSet<>(inDatabase.keySet());
        missing.removeAll(inIndex.keySet());
        Reconciliation result = new Reconciliation(inIndex.size(), inDatabase.size(), Set.copyOf(ghosts),
                Set.copyOf(missing), Set.copyOf(stale));
        if (result.divergences() > 0) {
            Set<UUID> all = new LinkedHashSet<>(ghosts);
            all.addAll(missing);
            all.addAll(stale);
            refreshNow(all, false);
            divergences.increment(result.divergences());
            LOG.warnf("Catalogue search index reconciled with MySQL: %d ghost(s), %d missing, %d stale repaired",
                    ghosts.size(), missing.size(), stale.size());
        }
        lastReconciliation = result;
        lastReconciledAt = Instant.now();
        return result;
    }

    @Scheduled(every = "${resource-market.search.reconcile-every:10m}", delayed = "${resource-market.search.reconcile-every:10m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledReconcile() {
        if (caughtUp.getCount() > 0 || index == null) {
            return;
        }
        try {
            reconcile();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Catalogue search reconciliation failed; retried at the next interval");
        }
    }

    public Optional<Reconciliation> lastReconciliation() {
        return Optional.ofNullable(lastReconciliation);
    }

    public Optional<Instant> lastReconciledAt() {
        return Optional.ofNullable(lastReconciledAt);
    }

    /** Waits for the start-up rebuild and reconciliation (tests, readiness). */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public boolean isCaughtUp() {
        return caughtUp.getCount() == 0;
    }

    /**
     * Re-reads these committed resources from MySQL and writes what it finds: indexed when present, removed when
     * gone; each resource written fires {@link ResourceIndexed}. For the committing instance's read-your-writes,
     * called after the commit. Never throws: the change stream repairs what fails here.
     */
    public void refreshCommitted(Collection<UUID> ids) {
        if (!ids.isEmpty()) {
            quietly("refresh of " + ids.size() + " resource(s)", () -> refreshNow(Set.copyOf(ids), true));
        }
    }

    /** For the change stream: re-reads and writes now, on the caller's thread; throws so the batch is replayed. */
    public void refreshFromStream(Collection<UUID> ids) {
        refreshNow(Set.copyOf(ids), true);
    }

    private void refreshNow(Set<UUID> ids, boolean announce) {
        CatalogueIndex idx = index;
        writer.lock();
        try {
            List<ResourceDocument> found = sources.get().byIds(ids);
            Set<UUID> gone = new HashSet<>(ids);
            for (ResourceDocument doc : found) {
                idx.upsert(doc);
                gone.remove(doc.id());
            }
            gone.forEach(idx::delete);
            if (announce) {
                found.forEach(doc -> indexed.fire(new ResourceIndexed(doc)));
            }
        } finally {
            writer.unlock();
        }
    }

    /** @throws IllegalArgumentException for a malformed cursor */
    public SearchPage search(CatalogueQuery query) {
        return index.search(query);
    }

    /** The index itself, for the matching engine and diagnostics. */
    public CatalogueIndex index() {
        return index;
    }

    // --- StreamPositionStore: the index keeps the position in its Lucene commit, with the content

    @Override
    public Map<String, String> load() {
        return index.streamPosition();
    }

    @Override
    public void applied(Map<String, String> position) {
        index.streamApplied(position);
    }

    @Override
    public void positionLost(String reason) {
        index.forgetStreamPosition();
        Thread rebuild = new Thread(() -> bringUpToDate(true), "catalogue-index-rebuild");
        rebuild.setDaemon(true);
        rebuild.start();
    }

    private <T> T inTransaction(Supplier<T> work) {
        // The source streams from the database: it needs a transaction (and a request context for the session)
        // for as long as the stream is read, and this runs on our own thread.
        ManagedContext requestContext = Arc.container().requestContext();
        boolean activated = !requestContext.isActive();
        if (activated) {
            requestContext.activate();
        }
        try {
            return QuarkusTransaction.requiringNew().timeout((int) Duration.ofHours(2).toSeconds()).call(work::get);
        } finally {
            if (activated) {
                requestContext.terminate();
            }
        }
    }

    private static void quietly(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.warnf(e, "Catalogue search index %s failed; the change stream repairs it", what);
        }
    }
}
