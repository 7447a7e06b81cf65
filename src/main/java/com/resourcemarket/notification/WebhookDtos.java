package com.resourcemarket.notification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The webhook API bodies. Entities never leave the service; these records do. */
public final class WebhookDtos {

    static final String URL_PATTERN = "^https?://[^\\s]+$";
    static final String TEXT = "^[^\\u0000]*$";
    static final String SECRET_PATTERN = "^[A-Za-z0-9_-]{43}$";

    private WebhookDtos() {
    }

    @Schema(name = "CreateWebhook", description = "A webhook endpoint to register")
    public record CreateWebhookRequest(
            @NotBlank @Size(max = 2000) @Pattern(regexp = URL_PATTERN, message = "must be an http(s) URL")
            @Schema(description = "Receiver URL; https (http only for loopback hosts in development)",
                    examples = "https://hooks.example.com/resource-market") String url,
            @Size(max = 20) @Schema(type = SchemaType.ARRAY, maxItems = 20, implementation = EventType.class,
                    description = "Event types wanted; empty or absent = every type")
            List<@NotNull EventType> eventTypes,
            @Schema(description = "Whether events are delivered (default true)", examples = "true") Boolean active) {
    }

    @Schema(name = "Webhook", description = "A registered webhook endpoint (its secret is never shown again)")
    public record WebhookView(
            @Schema(format = "uuid", maxLength = 36) UUID id,
            @Schema(format = "uuid", maxLength = 36) UUID partnerId,
            @Schema(maxLength = 2000, pattern = URL_PATTERN, examples = "https://hooks.example.com/resource-market") String url,
            @Schema(type = SchemaType.ARRAY, maxItems = 20, implementation = EventType.class,
                    description = "Event types wanted; empty = every type") List<EventType> eventTypes,
            @Schema(examples = "true") boolean active,
            @Schema(format = "date-time", maxLength = 40) Instant createdAt,
            @Schema(format = "date-time", maxLength = 40) Instant updatedAt) {

        static WebhookView of(Webhook webhook) {
            return new WebhookView(webhook.id, webhook.partnerId, webhook.url,
                    webhook.eventTypes.stream().sorted().toList(), webhook.active, webhook.createdAt, webhook.updatedAt);
        }
    }

    @Schema(name = "CreatedWebhook", description = "The new webhook with its signing secret, shown only this once")
    public record CreatedWebhook(
            @Schema(description = "The registration") WebhookView webhook,
            @Schema(description = "HMAC-SHA256 signing secret (base64url, 32 random bytes); store it now",
                    maxLength = 43, pattern = SECRET_PATTERN) String secret) {
    }

    @Schema(name = "WebhookSecret", description = "A new signing secret, shown only this once; the old one stops working at once")
    public record WebhookSecret(
            @Schema(format = "uuid", maxLength = 36, examples = "01a20a20-0fa4-7663-965a-5c25eb52dd7f") UUID webhookId,
            @Schema(description = "HMAC-SHA256 signing secret (base64url, 32 random bytes)",
                    maxLength = 43, pattern = SECRET_PATTERN, examples = "q3Jx0v1Yc8n2WmZ4t7Ks9Pb6Hd5Lf0Rg1Ue3Ai8Oo2M") String secret) {
    }

    @Schema(name = "WebhookDeliveryAttempt", description = "One attempt to deliver an event")
    public record AttemptView(
            @Schema(format = "int32", minimum = "1", maximum = "10000") int attempt,
            @Schema(format = "date-time", maxLength = 40) Instant attemptedAt,
            @Schema(description = "The receiver's HTTP status, absent when no answer came", format = "int32",
                    minimum = "100", maximum = "599") Integer statusCode,
            @Schema(description = "Why the attempt failed without an answer (timeout, connection refused)",
                    maxLength = 500, pattern = TEXT) String error,
            @Schema(format = "int64", minimum = "0", maximum = "3600000") long durationMs) {

        static AttemptView of(DeliveryAttempt attempt) {
            return new AttemptView(attempt.attempt, attempt.attemptedAt, attempt.statusCode, attempt.error,
                    attempt.durationMs);
        }
    }

    @Schema(name = "WebhookDelivery", description = "An event sent (or to be sent) to one webhook, with its attempt log")
    public record DeliveryView(
            @Schema(format = "uuid", maxLength = 36, description = "Also the X-ResourceMarket-Delivery header") UUID id,
            @Schema(format = "uuid", maxLength = 36) UUID webhookId,
            @Schema(format = "uuid", maxLength = 36, description = "The event; the same for every webhook it went to") UUID eventId,
            EventType eventType,
            DeliveryStatus status,
            @Schema(format = "int32", minimum = "0", maximum = "10000") int attempts,
            @Schema(format = "date-time", maxLength = 40, description = "When the next attempt is due (PENDING)") Instant nextAttemptAt,
            @Schema(format = "int32", minimum = "100", maximum = "599") Integer lastStatusCode,
            @Schema(maxLength = 500, pattern = TEXT) String lastError,
            @Schema(format = "date-time", maxLength = 40) Instant createdAt,
            @Schema(format = "date-time", maxLength = 40) Instant deliveredAt,
            @Schema(type = SchemaType.ARRAY, maxItems = 50, description = "The latest attempts, oldest first")
            List<AttemptView> log) {

        static DeliveryView of(WebhookDelivery delivery, List<AttemptView> log) {
            return new DeliveryView(delivery.id, delivery.webhookId, delivery.eventId, delivery.eventType,
                    delivery.status, delivery.attempts,
                    delivery.status == DeliveryStatus.PENDING ? delivery.nextAttemptAt : null,
                    delivery.lastStatusCode, delivery.lastError, delivery.createdAt, delivery.deliveredAt, log);
        }
    }
}
