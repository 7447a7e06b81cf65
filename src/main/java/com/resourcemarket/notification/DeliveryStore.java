package com.resourcemarket.notification;

import com.resourcemarket.core.persistence.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The worker's side of the outbox, one short transaction per step (never across an HTTP call). Claiming is a
 * conditional UPDATE that moves the row's next attempt forward by a lease and sets a claim token: of several
 * workers exactly one matches the row; a row of a worker that died becomes due again when the lease ends.
 */
@ApplicationScoped
public class DeliveryStore {

    /** What the worker needs to send one claimed row. */
    record Claimed(UUID id, UUID claimToken, String url, String secret, EventType eventType, String body) {
    }

    @Inject
    WebhookConfig config;

    @Transactional
    public List<Claimed> claimDue(int batchSize) {
        Instant now = Instant.now();
        List<UUID> due = WebhookDelivery.getEntityManager().createQuery("""
                        select d.id from WebhookDelivery d
                        where d.status = :pending and d.nextAttemptAt <= :now
                        order by d.nextAttemptAt""", UUID.class)
                .setParameter("pending", DeliveryStatus.PENDING).setParameter("now", now)
                .setMaxResults(batchSize).getResultList();
        List<Claimed> claimed = new ArrayList<>();
        Instant leaseEnd = now.plus(config.worker().lease());
        for (UUID id : due) {
            UUID token = Ids.newId();
            int updated = WebhookDelivery.update("""
                            nextAttemptAt = :lease, claimToken = :token
                            where id = :id and status = :pending and nextAttemptAt <= :now""",
                    io.quarkus.panache.common.Parameters.with("lease", leaseEnd).and("token", token).and("id", id)
                            .and("pending", DeliveryStatus.PENDING).and("now", now));
            if (updated != 1) {
                continue; // another worker was faster
            }
            WebhookDelivery delivery = WebhookDelivery.findById(id);
            Webhook webhook = delivery == null ? null : Webhook.findById(delivery.webhookId);
            if (webhook == null) {
                continue;
            }
            claimed.add(new Claimed(id, token, webhook.url, webhook.secret, delivery.eventType, delivery.payload));
        }
        return claimed;
    }

    /**
     * Records one attempt and moves the row on: 2xx → DELIVERED; otherwise another attempt after
     * min(base × 2^(failures−1), cap) plus up to 20 % jitter, or FAILED once the attempt limit is reached.
     * Ignored when the claim is no longer this worker's (the lease ran out and another worker took the row).
     */
    @Transactional
    public void recordOutcome(UUID id, UUID claimToken, Instant attemptedAt, Integer statusCode, String error,
                              long durationMs) {
        WebhookDelivery delivery = WebhookDelivery.findById(id);
        if (delivery == null || delivery.status != DeliveryStatus.PENDING || !claimToken.equals(delivery.claimToken)) {
            return;
        }
        delivery.attempts++;
        DeliveryAttempt attempt = new DeliveryAttempt();
        attempt.id = Ids.newId();
        attempt.deliveryId = id;
        attempt.attempt = delivery.attempts;
        attempt.attemptedAt = attemptedAt;
        attempt.statusCode = statusCode;
        attempt.error = truncate(error);
        attempt.durationMs = durationMs;
        attempt.persist();

        delivery.claimToken = null;
        delivery.lastStatusCode = statusCode;
        delivery.lastError = attempt.error;
        if (statusCode != null && statusCode >= 200 && statusCode < 300) {
            delivery.status = DeliveryStatus.DELIVERED;
            delivery.deliveredAt = Instant.now();
            return;
        }
        delivery.retryCount++;
        if (delivery.retryCount >= Math.max(1, Math.min(config.retry().maxAttempts(), 20))) {
            delivery.status = DeliveryStatus.FAILED;
            return;
        }
        delivery.nextAttemptAt = Instant.now().plus(backoff(delivery.retryCount));
    }

    Duration backoff(int failures) {
        long base = config.retry().base().toMillis();
        long cap = config.retry().cap().toMillis();
        long delay = cap;
        if (failures - 1 < 40) {
            delay = Math.min(cap, base * (1L << (failures - 1)));
        }
        long jitter = delay / 5 == 0 ? 0 : ThreadLocalRandom.current().nextLong(delay / 5 + 1);
        return Duration.ofMillis(delay + jitter);
    }

    private static String truncate(String error) {
        return error == null || error.length() <= 500 ? error : error.substring(0, 500);
    }
}
