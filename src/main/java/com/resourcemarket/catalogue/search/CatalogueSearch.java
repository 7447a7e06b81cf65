package com.resourcemarket.catalogue.search;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The catalogue search as the application sees it: opens the index at boot, brings it up to date from the
 * catalogue's {@link ResourceDocumentSource} in the background, and keeps it fed.
 * <p>
 * Indexing is best effort by design: {@link #upsert} and {@link #delete} run after the caller's transaction
 * commits (so a rolled-back change is never searchable) and never throw, so a failing index can never fail or
 * roll back a database change. A lost update is repaired by the catch-up at the next start, which re-reads
 * everything changed since the persisted watermark (minus {@code catch-up-overlap}, for transactions that
 * committed after a later-stamped one).
 */
@ApplicationScoped
public class CatalogueSearch {

    private static final Logger LOG = Logger.getLogger(CatalogueSearch.class);

    @ConfigProperty(name = "resource-market.search.index-dir")
    Path indexDir;

    @ConfigProperty(name = "resource-market.search.catch-up-overlap", defaultValue = "PT5M")
    Duration catchUpOverlap;

    @Inject
    Instance<ResourceDocumentSource> sources;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Event<ResourceIndexed> indexed;

    private volatile CatalogueIndex index;
    private final CountDownLatch caughtUp = new CountDownLatch(1);

    void onStart(@Observes StartupEvent event) throws IOException {
        index = CatalogueIndex.open(indexDir);
        index.recreatedBecause().ifPresent(why -> LOG.infof("Catalogue search index at %s created: %s", indexDir, why));
        Thread catchUp = new Thread(this::catchUp, "catalogue-index-catch-up");
        catchUp.setDaemon(true);
        catchUp.start();
    }

    void onStop(@Observes ShutdownEvent event) throws IOException {
        CatalogueIndex current = index;
        if (current != null) {
            current.close();
        }
    }

    /** Rebuilds when the index needs it, else replays what changed since the watermark. Never throws. */
    void catchUp() {
        try {
            if (sources.isUnsatisfied()) {
                LOG.debug("No ResourceDocumentSource yet: the catalogue search index is not fed at start");
                return;
            }
            if (sources.isAmbiguous()) {
                LOG.error("Several ResourceDocumentSource beans: the catalogue search index is not fed at start");
                return;
            }
            ResourceDocumentSource source = sources.get();
            CatalogueIndex idx = index;
            if (idx.needsRebuild() || idx.watermark().isEmpty()) {
                Instant started = Instant.now();
                long count = inTransaction(() -> {
                    try (Stream<ResourceDocument> all = source.all()) {
                        return idx.rebuild(all);
                    }
                });
                LOG.infof("Catalogue search index rebuilt with %d resources", count);
                // A change committed while the rebuild read the table may have been read stale and overwritten
                // a fresher live upsert; re-read what changed since the rebuild began.
                replay(source, started.minus(catchUpOverlap));
            } else {
                replay(source, idx.watermark().get().minus(catchUpOverlap));
            }
        } catch (RuntimeException e) {
            LOG.error("Catalogue search catch-up failed; the index may be stale until the next start", e);
        } finally {
            caughtUp.countDown();
        }
    }

    private void replay(ResourceDocumentSource source, Instant since) {
        long count = inTransaction(() -> {
            try (Stream<ResourceDocument> changed = source.changedSince(since)) {
                return changed.peek(index::upsert).count();
            }
        });
        LOG.infof("Catalogue search index caught up: %d resources changed since %s", count, since);
    }

    private long inTransaction(java.util.function.Supplier<Long> work) {
        // The source streams from the database: it needs a transaction (and a request context for the session)
        // for as long as the stream is read, and this runs on our own thread.
        ManagedContext requestContext = Arc.container().requestContext();
        requestContext.activate();
        try {
            return QuarkusTransaction.requiringNew().timeout((int) Duration.ofHours(2).toSeconds()).call(work::get);
        } finally {
            requestContext.terminate();
        }
    }

    /** Waits for the start-up rebuild/catch-up (tests, readiness). */
    public boolean awaitCaughtUp(Duration timeout) throws InterruptedException {
        return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Indexes the resource after the current transaction commits (at once without one), then fires
     * {@link ResourceIndexed}. Never throws.
     */
    public void upsert(ResourceDocument resource) {
        afterCommit("upsert " + resource.id(), () -> {
            index.upsert(resource);
            indexed.fire(new ResourceIndexed(resource));
        });
    }

    /** Removes the resource after the current transaction commits (at once without one). Never throws. */
    public void delete(UUID id) {
        afterCommit("delete " + id, () -> index.delete(id));
    }

    /** @throws IllegalArgumentException for a malformed cursor */
    public SearchPage search(CatalogueQuery query) {
        return index.search(query);
    }

    /** The index itself, for the matching engine and diagnostics. */
    public CatalogueIndex index() {
        return index;
    }

    private void afterCommit(String what, Runnable work) {
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION) {
            quietly(what, work);
        } else if (status == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int outcome) {
                    if (outcome == Status.STATUS_COMMITTED) {
                        quietly(what, work);
                    }
                }
            });
        }
        // Any other status (marked for rollback, rolling back): the change will not be committed, nothing to index.
    }

    private static void quietly(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Catalogue search index %s failed; the next start's catch-up repairs it", what);
        }
    }
}
