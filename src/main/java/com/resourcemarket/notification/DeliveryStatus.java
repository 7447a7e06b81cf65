package com.resourcemarket.notification;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a webhook delivery stands. */
@Schema(name = "WebhookDeliveryStatus", description = "PENDING: waiting for its (next) attempt; DELIVERED: the receiver answered 2xx; FAILED: every attempt failed")
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED
}
