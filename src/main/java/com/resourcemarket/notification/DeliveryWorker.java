package com.resourcemarket.notification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Sends due outbox rows: polls every {@code resource-market.webhooks.worker.poll-interval}, claims a batch
 * ({@link DeliveryStore#claimDue}), POSTs each signed body with the JDK HttpClient and records the outcome. Safe
 * to run on several instances. Started at boot unless {@code resource-market.webhooks.worker.enabled=false}.
 */
@ApplicationScoped
public class DeliveryWorker {

    private static final Logger LOG = Logger.getLogger(DeliveryWorker.class);

    public static final String EVENT_HEADER = "X-ResourceMarket-Event";
    public static final String DELIVERY_HEADER = "X-ResourceMarket-Delivery";
    public static final String TIMESTAMP_HEADER = "X-ResourceMarket-Timestamp";
    public static final String SIGNATURE_HEADER = "X-ResourceMarket-Signature";

    @Inject
    DeliveryStore store;

    @Inject
    WebhookConfig config;

    @Inject
    WebhookAddressGuard guard;

    private ScheduledExecutorService executor;
    private HttpClient http;

    void onStart(@Observes StartupEvent event) {
        if (config.worker().enabled()) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        stop();
    }

    /** Starts a fresh worker (new thread, new HTTP client); no-op when one runs. */
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        http = HttpClient.newBuilder().connectTimeout(config.requestTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "webhook-delivery");
            thread.setDaemon(true);
            return thread;
        });
        long interval = Math.max(10, config.worker().pollInterval().toMillis());
        executor.scheduleWithFixedDelay(this::pollSafely, interval, interval, TimeUnit.MILLISECONDS);
    }

    /** Stops the worker, letting a running poll finish; queued rows stay in the outbox. */
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(config.requestTimeout().toMillis() * 2, TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
        http = null;
    }

    public synchronized boolean running() {
        return executor != null;
    }

    private void pollSafely() {
        try {
            HttpClient client;
            synchronized (this) {
                client = http;
            }
            if (client != null) {
                poll(client);
            }
        } catch (RuntimeException e) {
            LOG.warnf("Webhook delivery poll failed: %s", e.getMessage());
        }
    }

    private void poll(HttpClient client) {
        List<DeliveryStore.Claimed> claimed = store.claimDue(Math.max(1, config.worker().batchSize()));
        for (DeliveryStore.Claimed delivery : claimed) {
            send(client, delivery);
        }
    }

    private void send(HttpClient client, DeliveryStore.Claimed delivery) {
        Instant attemptedAt = Instant.now();
        long timestamp = attemptedAt.getEpochSecond();
        long started = System.nanoTime();
        Integer status = null;
        String error = null;
        try {
            URI target = URI.create(delivery.url());
            // DNS may have changed since registration (rebinding): check the addresses again before every attempt.
            java.util.Optional<String> refused = guard.refusal(target);
            if (refused.isPresent()) {
                throw new IllegalArgumentException("refused by the address guard: " + refused.get());
            }
            HttpRequest request = HttpRequest.newBuilder(target)
                    .timeout(config.requestTimeout())
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "ResourceMarket-Webhooks/1")
                    .header(EVENT_HEADER, delivery.eventType().name())
                    .header(DELIVERY_HEADER, delivery.id().toString())
                    .header(TIMESTAMP_HEADER, Long.toString(timestamp))
                    .header(SIGNATURE_HEADER, WebhookSignatures.sign(delivery.secret(), timestamp, delivery.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
                    .build();
            status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (HttpTimeoutException e) {
            error = "timeout after " + config.requestTimeout().toMillis() + " ms";
        } catch (java.net.ConnectException e) {
            error = "connection failed";
        } catch (IOException | IllegalArgumentException e) {
            error = "request failed" + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted";
        }
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        store.recordOutcome(delivery.id(), delivery.claimToken(), attemptedAt, status, error, durationMs);
    }
}
