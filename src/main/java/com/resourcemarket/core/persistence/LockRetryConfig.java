package com.resourcemarket.core.persistence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** How often a transaction that lost a row lock (deadlock, lock-wait timeout) is run again before the caller is told. */
@ConfigMapping(prefix = "resource-market.persistence.lock-retry")
public interface LockRetryConfig {

    /** Attempts in all, the first included. */
    @WithDefault("4")
    int maxAttempts();

    /** Pause before the second attempt; doubled for each further one, with up to 50 % jitter. */
    @WithDefault("PT0.02S")
    Duration backoff();

    /** Retry-After (seconds) of the 503 answered when every attempt lost. */
    @WithDefault("1")
    int retryAfterSeconds();
}
