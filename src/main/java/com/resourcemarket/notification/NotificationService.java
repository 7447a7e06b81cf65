package com.resourcemarket.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.resourcemarket.core.persistence.Ids;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes partner events. Other features call {@link #publish} inside their own transaction: the outbox rows
 * are written in that transaction, so an event exists if and only if the business change committed. The
 * {@link DeliveryWorker} sends them afterwards.
 */
@ApplicationScoped
public class NotificationService {

    @Inject
    ObjectMapper json;

    /**
     * Queues {@code payload} (any JSON-serialisable object) for every active webhook of the partner that wants
     * {@code type}. Must run inside a transaction. Returns how many deliveries were queued.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int publish(UUID partnerId, EventType type, Object payload) {
        List<Webhook> webhooks = Webhook.<Webhook>list("partnerId", partnerId).stream()
                .filter(webhook -> webhook.wants(type)).toList();
        if (webhooks.isEmpty()) {
            return 0;
        }
        UUID eventId = Ids.newId();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Map<String, Object> envelope = new LinkedHashMap<>();
        envelope.put("eventId", eventId);
        envelope.put("eventType", type);
        envelope.put("partnerId", partnerId);
        envelope.put("occurredAt", now);
        envelope.put("data", payload);
        String body;
        try {
            body = json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload of " + type + " is not serialisable as JSON", e);
        }
        for (Webhook webhook : webhooks) {
            WebhookDelivery delivery = new WebhookDelivery();
            delivery.id = Ids.newId();
            delivery.webhookId = webhook.id;
            delivery.partnerId = partnerId;
            delivery.eventId = eventId;
            delivery.eventType = type;
            delivery.payload = body;
            delivery.status = DeliveryStatus.PENDING;
            delivery.nextAttemptAt = now;
            delivery.createdAt = now;
            delivery.persist();
        }
        return webhooks.size();
    }
}
