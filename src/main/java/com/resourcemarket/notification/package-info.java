/**
 * Partner notifications by webhook: registrations ({@link com.resourcemarket.notification.WebhookService}), the
 * transactional outbox written by {@link com.resourcemarket.notification.NotificationService#publish} inside the
 * caller's transaction, and the {@link com.resourcemarket.notification.DeliveryWorker} that signs and POSTs due
 * rows with retries and exponential back-off, logging every attempt.
 */
package com.resourcemarket.notification;
