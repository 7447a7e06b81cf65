package com.resourcemarket.notification;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Webhook registration rules and delivery behaviour ({@code resource-market.webhooks.*}). */
@ConfigMapping(prefix = "resource-market.webhooks")
public interface WebhookConfig {

    /** Allow {@code http://} URLs whose host is a loopback address (tests and local development only). */
    @WithDefault("false")
    boolean allowInsecureLoopback();

    /**
     * Allow webhook hosts that resolve to loopback, private, link-local, multicast or unique-local addresses
     * (dev, local and test profiles only; production refuses them: SSRF guard, see WebhookAddressGuard).
     */
    @WithDefault("false")
    boolean allowPrivateAddresses();

    /** Timeout of the connection and of the whole request to a receiver. */
    @WithDefault("PT5S")
    Duration requestTimeout();

    Retry retry();

    Worker worker();

    interface Retry {
        /** Delay after the first failed attempt; doubled after each further failure. */
        @WithDefault("PT2S")
        Duration base();

        /** Longest delay between two attempts. */
        @WithDefault("PT1H")
        Duration cap();

        /** Attempts before a delivery is FAILED (1..20). */
        @WithDefault("8")
        int maxAttempts();
    }

    interface Worker {
        /** Whether this instance runs the delivery worker. */
        @WithDefault("true")
        boolean enabled();

        /** Pause between two polls of the outbox. */
        @WithDefault("PT1S")
        Duration pollInterval();

        /** Most rows claimed per poll. */
        @WithDefault("20")
        int batchSize();

        /** How long a claimed row stays invisible to other workers; must exceed the request timeout. */
        @WithDefault("PT1M")
        Duration lease();
    }
}
