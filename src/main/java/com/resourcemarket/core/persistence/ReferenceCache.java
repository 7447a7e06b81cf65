package com.resourcemarket.core.persistence;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * An in-memory copy of small reference data (tag dictionary, working-day calendar) loaded on first use. A change
 * invalidates it at once and again when its transaction ends, so no reader keeps what it loaded before the
 * commit; a load that raced with an invalidation is used once but not kept.
 */
public final class ReferenceCache<T> {

    private final Supplier<T> loader;
    private final AtomicLong generation = new AtomicLong();
    private volatile T value;

    public ReferenceCache(Supplier<T> loader) {
        this.loader = loader;
    }

    public T get() {
        T current = value;
        if (current != null) {
            return current;
        }
        long seen = generation.get();
        // In a transaction of its own, begun after `seen` was read: a caller's older transaction would read a snapshot
        // from before a change whose invalidation has already passed, and that stale copy would then be kept.
        T loaded = QuarkusTransaction.requiringNew().call(loader::get);
        synchronized (this) {
            if (generation.get() == seen) {
                value = loaded;
            }
        }
        return loaded;
    }

    /** Drops the copy now and, inside a transaction, once more after it completes. */
    public void invalidate(TransactionSynchronizationRegistry transactions) {
        clear();
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    clear();
                }
            });
        }
    }

    /** Drops the copy now (a change committed elsewhere, seen on the change stream). */
    public synchronized void clear() {
        generation.incrementAndGet();
        value = null;
    }
}
