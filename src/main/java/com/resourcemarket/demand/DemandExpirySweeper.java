package com.resourcemarket.demand;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Expires overdue demands in the background: every {@code resource-market.demands.expiry-sweep.interval} (default
 * 15 minutes) it calls {@link DemandService#expireOverdue()} on a JDK scheduled executor started at boot.
 * {@code resource-market.demands.expiry-sweep.enabled=false} turns it off; reads still expire overdue demands.
 * Safe on several instances: each demand is expired in its own transaction and a racing one is skipped.
 */
@ApplicationScoped
public class DemandExpirySweeper {

    private static final Logger LOG = Logger.getLogger(DemandExpirySweeper.class);

    @Inject
    DemandService demands;

    @ConfigProperty(name = "resource-market.demands.expiry-sweep.enabled", defaultValue = "true")
    boolean enabled;

    @ConfigProperty(name = "resource-market.demands.expiry-sweep.interval", defaultValue = "PT15M")
    Duration interval;

    private ScheduledExecutorService executor;
    private final AtomicLong sweeps = new AtomicLong();
    private final AtomicLong expired = new AtomicLong();

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            start(interval);
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Starts sweeping every {@code every} (the first sweep after one interval); no-op when running. */
    public synchronized void start(Duration every) {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "demand-expiry-sweep");
            t.setDaemon(true);
            return t;
        });
        long millis = Math.max(100, every.toMillis());
        executor.scheduleWithFixedDelay(this::sweepQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    /** Stops sweeping, letting a running sweep finish. */
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(30, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    public synchronized boolean running() {
        return executor != null;
    }

    /** How many sweeps ran since start, and how many demands they expired. */
    public long sweeps() {
        return sweeps.get();
    }

    public long expired() {
        return expired.get();
    }

    private void sweepQuietly() {
        try {
            int n = demands.expireOverdue();
            expired.addAndGet(n);
            if (n > 0) {
                LOG.infof("Expired %d overdue demand(s)", n);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Demand expiry sweep failed: %s", e.getMessage());
        } finally {
            sweeps.incrementAndGet();
        }
    }
}
