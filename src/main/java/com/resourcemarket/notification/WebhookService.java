package com.resourcemarket.notification;

import com.resourcemarket.core.error.Problems;
import com.resourcemarket.core.persistence.Ids;
import com.resourcemarket.core.security.Caller;
import com.resourcemarket.notification.WebhookDtos.AttemptView;
import com.resourcemarket.notification.WebhookDtos.CreateWebhookRequest;
import com.resourcemarket.notification.WebhookDtos.CreatedWebhook;
import com.resourcemarket.notification.WebhookDtos.DeliveryView;
import com.resourcemarket.notification.WebhookDtos.WebhookSecret;
import com.resourcemarket.notification.WebhookDtos.WebhookView;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Webhook registrations and the delivery log. A partner manages only its own webhooks; admins manage any;
 * other staff may read. Secrets are generated here, stored encrypted and shown only on create and rotate.
 */
@ApplicationScoped
public class WebhookService {

    static final int LOG_ENTRIES = 50;

    @Inject
    Caller caller;

    @Inject
    WebhookConfig config;

    @Inject
    WebhookAddressGuard guard;

    @Transactional
    public CreatedWebhook create(UUID partnerId, CreateWebhookRequest request) {
        caller.requireActsFor(partnerId);
        requirePartner(partnerId);
        Webhook webhook = new Webhook();
        webhook.id = Ids.newId();
        webhook.partnerId = partnerId;
        webhook.url = validUrl(request.url().strip());
        webhook.eventTypes = request.eventTypes() == null || request.eventTypes().isEmpty()
                ? EnumSet.noneOf(EventType.class) : EnumSet.copyOf(request.eventTypes());
        webhook.active = request.active() == null || request.active();
        webhook.secret = WebhookSignatures.newSecret();
        webhook.persist();
        Webhook.flush();
        return new CreatedWebhook(WebhookView.of(webhook), webhook.secret);
    }

    @Transactional
    public List<WebhookView> list(UUID partnerId) {
        caller.requireActsFor(partnerId);
        requirePartner(partnerId);
        return Webhook.<Webhook>list("partnerId", Sort.by("createdAt").and("id"), partnerId).stream()
                .map(WebhookView::of).toList();
    }

    /** Removes the webhook with its queued deliveries and their log. */
    @Transactional
    public void delete(UUID partnerId, UUID webhookId) {
        Webhook webhook = find(partnerId, webhookId);
        List<UUID> deliveries = WebhookDelivery.<WebhookDelivery>list("webhookId", webhookId).stream()
                .map(delivery -> delivery.id).toList();
        if (!deliveries.isEmpty()) {
            DeliveryAttempt.delete("deliveryId in ?1", deliveries);
            WebhookDelivery.delete("webhookId", webhookId);
        }
        webhook.delete();
    }

    /** A new signing secret; the old one stops working at once (deliveries still queued are signed with the new). */
    @Transactional
    public WebhookSecret rotateSecret(UUID partnerId, UUID webhookId) {
        Webhook webhook = find(partnerId, webhookId);
        webhook.secret = WebhookSignatures.newSecret();
        webhook.updatedAt = Instant.now();
        return new WebhookSecret(webhook.id, webhook.secret);
    }

    /** The partner's deliveries, newest first, each with its latest attempts. */
    @Transactional
    public List<DeliveryView> deliveries(UUID partnerId, DeliveryStatus status, int offset, int limit) {
        caller.requireActsFor(partnerId);
        requirePartner(partnerId);
        List<WebhookDelivery> page = status == null
                ? WebhookDelivery.<WebhookDelivery>find("partnerId", Sort.descending("createdAt", "id"), partnerId)
                .range(offset, offset + limit - 1).list()
                : WebhookDelivery.<WebhookDelivery>find("partnerId = :partner and status = :status",
                        Sort.descending("createdAt", "id"), Parameters.with("partner", partnerId).and("status", status))
                .range(offset, offset + limit - 1).list();
        return page.stream().map(WebhookService::view).toList();
    }

    /** Queues a delivery again (DELIVERED or FAILED) with a fresh attempt budget. */
    @Transactional
    public DeliveryView redeliver(UUID partnerId, UUID deliveryId) {
        caller.requireActsFor(partnerId);
        WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
        if (delivery == null || !delivery.partnerId.equals(partnerId)) {
            throw Problems.notFound("Webhook delivery", deliveryId);
        }
        if (delivery.status == DeliveryStatus.PENDING) {
            throw Problems.invalidTransition("Webhook delivery " + deliveryId, delivery.status, "redeliver");
        }
        delivery.status = DeliveryStatus.PENDING;
        delivery.retryCount = 0;
        delivery.nextAttemptAt = Instant.now();
        delivery.claimToken = null;
        return view(delivery);
    }

    static DeliveryView view(WebhookDelivery delivery) {
        List<AttemptView> log = new ArrayList<>(DeliveryAttempt.<DeliveryAttempt>find("deliveryId",
                        Sort.descending("attempt"), delivery.id).range(0, LOG_ENTRIES - 1).list().stream()
                .map(AttemptView::of).toList());
        Collections.reverse(log);
        return DeliveryView.of(delivery, log);
    }

    private Webhook find(UUID partnerId, UUID webhookId) {
        caller.requireActsFor(partnerId);
        Webhook webhook = Webhook.findById(webhookId);
        if (webhook == null || !webhook.partnerId.equals(partnerId)) {
            throw Problems.notFound("Webhook", webhookId);
        }
        return webhook;
    }

    private static void requirePartner(UUID partnerId) {
        long count = Webhook.getEntityManager()
                .createQuery("select count(p) from Partner p where p.id = :id", Long.class)
                .setParameter("id", partnerId).getSingleResult();
        if (count == 0) {
            throw Problems.notFound("Partner", partnerId);
        }
    }

    /**
     * https with a host whose addresses are all public (SSRF guard); http only for a loopback host when allowed
     * (development and tests).
     */
    private String validUrl(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw Problems.invalidFieldCode("url", "webhook.url.invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw Problems.invalidFieldCode("url", "webhook.url.host");
        }
        if (uri.getRawUserInfo() != null) {
            throw Problems.invalidFieldCode("url", "webhook.url.credentials");
        }
        if (uri.getRawFragment() != null) {
            throw Problems.invalidFieldCode("url", "webhook.url.fragment");
        }
        boolean allowedScheme = scheme.equals("https")
                || (scheme.equals("http") && config.allowInsecureLoopback() && isLoopback(uri.getHost()));
        if (!allowedScheme) {
            throw Problems.invalidFieldCode("url", "webhook.url.https");
        }
        guard.refusal(uri).ifPresent(why -> {
            throw Problems.invalidField("url", why);
        });
        return url;
    }

    private static boolean isLoopback(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (bare.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!bare.matches("^[0-9.]+$") && !bare.contains(":")) {
            return false; // a name other than localhost: never resolved here
        }
        try {
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }
}
