package com.resourcemarket.core.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;

/** A token bucket per caller (verified token subject, else client address), refilled every minute. */
@ApplicationScoped
public class RateLimiter {

    private final int requestsPerMinute;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    public RateLimiter(@ConfigProperty(name = "resource-market.rate-limit.requests-per-minute") int requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
    }

    public ConsumptionProbe tryConsume(String callerKey) {
        return buckets.get(callerKey, key -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(requestsPerMinute)
                        .refillGreedy(requestsPerMinute, Duration.ofMinutes(1)).build())
                .build()).tryConsumeAndReturnRemaining(1);
    }

    public int requestsPerMinute() {
        return requestsPerMinute;
    }
}
