package com.resourcemarket.core.api;

import com.resourcemarket.testsupport.LocalStackTestResource;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Two instances (two limiters on one database) draw on one quota per caller, not one quota each. */
@QuarkusTest
@WithTestResource(LocalStackTestResource.class)
class SharedRateLimitTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void twoInstancesShareOneQuotaPerCaller() {
        int quota = 100;
        RateLimiter a = new RateLimiter(config(quota, true), dataSource);
        RateLimiter b = new RateLimiter(config(quota, true), dataSource);
        String caller = "sub:shared-" + UUID.randomUUID();

        int granted = 0;
        for (int i = 0; i < 100; i++) {
            granted += a.tryConsume(caller).isConsumed() ? 1 : 0;
            granted += b.tryConsume(caller).isConsumed() ? 1 : 0;
        }
        // each instance may spend up to a fiftieth of the quota before it synchronises
        assertThat(granted).as("granted out of 200 asked, quota 100").isBetween(quota - 2 * (quota / 50), quota + 2 * (quota / 50));

        RateLimiter third = new RateLimiter(config(quota, true), dataSource);
        assertThat(third.tryConsume(caller).isConsumed()).as("a third instance sees the quota used up").isFalse();
        assertThat(third.tryConsume("sub:other-" + UUID.randomUUID()).isConsumed()).as("other callers are unaffected").isTrue();
    }

    @Test
    void unsharedLimitersCountPerInstance() {
        RateLimiter a = new RateLimiter(config(10, false), dataSource);
        RateLimiter b = new RateLimiter(config(10, false), dataSource);
        String caller = "sub:local-" + UUID.randomUUID();
        int granted = 0;
        for (int i = 0; i < 10; i++) {
            granted += a.tryConsume(caller).isConsumed() ? 1 : 0;
            granted += b.tryConsume(caller).isConsumed() ? 1 : 0;
        }
        assertThat(granted).isEqualTo(20);
        assertThat(a.tryConsume(caller).isConsumed()).isFalse();
    }

    private static RateLimitConfig config(int quota, boolean shared) {
        return new RateLimitConfig() {
            @Override
            public int requestsPerMinute() {
                return quota;
            }

            @Override
            public boolean shared() {
                return shared;
            }

            @Override
            public Duration syncEvery() {
                return Duration.ofSeconds(1);
            }

            @Override
            public Duration remoteTimeout() {
                return Duration.ofSeconds(2);
            }
        };
    }
}
