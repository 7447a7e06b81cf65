package com.resourcemarket.core.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Request quotas ({@code resource-market.rate-limit.*}); see {@link RateLimiter}. */
@ConfigMapping(prefix = "resource-market.rate-limit")
public interface RateLimitConfig {

    /** Requests a caller may make per minute, across all instances. */
    int requestsPerMinute();

    /** Keep the buckets in MySQL so every instance counts against the same quota (off: one quota per instance). */
    @WithDefault("true")
    boolean shared();

    /**
     * At most this long between two synchronisations of a caller's bucket with MySQL; between them an instance
     * spends up to a fiftieth of the quota locally, so N instances may overspend by N fiftieths for a moment.
     */
    @WithDefault("PT1S")
    Duration syncEvery();

    /** How long a request waits for MySQL's bucket state before it is decided locally (the quota fails open). */
    @WithDefault("PT0.2S")
    Duration remoteTimeout();
}
