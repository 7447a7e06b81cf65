package com.resourcemarket.core.api;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.agroal.api.AgroalDataSource;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ExecutionStrategy;
import io.github.bucket4j.distributed.proxy.ExpiredEntriesCleaner;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.mysql.Bucket4jMySQL;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A token bucket per caller (verified token subject, else client address), refilled every minute, the same for every
 * instance: the buckets live in MySQL (Bucket4j's MySQL backend). Each instance keeps its callers' bucket proxies and
 * synchronises a bucket with MySQL after a fiftieth of the quota or {@code sync-every}, so the database sees a few
 * writes per caller and second, not one per request; a request never waits for it longer than
 * {@code remote-timeout} (then the local bucket decides: a slow database must not take the API down).
 */
@ApplicationScoped
public class RateLimiter {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);

    private final int requestsPerMinute;
    private final BucketConfiguration configuration;
    private final ProxyManager<String> shared;
    private final ExecutorService remote;
    private final DelayParameters delay;
    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();
    private final Cache<String, Bucket> fallback = Caffeine.newBuilder()
            .maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10))
            .build();

    @Inject
    public RateLimiter(RateLimitConfig config, AgroalDataSource dataSource) {
        this.requestsPerMinute = config.requestsPerMinute();
        this.configuration = BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(requestsPerMinute)
                        .refillGreedy(requestsPerMinute, Duration.ofMinutes(1)).build())
                .build();
        this.delay = new DelayParameters(Math.max(1, requestsPerMinute / 50), config.syncEvery());
        if (config.shared()) {
            this.remote = Executors.newFixedThreadPool(2, r -> {
                Thread t = new Thread(r, "rate-limit-sync");
                t.setDaemon(true);
                return t;
            });
            this.shared = Bucket4jMySQL.selectForUpdateBasedBuilder(dataSource)
                    .primaryKeyMapper(PrimaryKeyMapper.STRING)
                    .table("rate_limit_buckets").idColumn("caller_key").stateColumn("state").expiresAtColumn("expires_at")
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                    // off the caller's thread (it may be an event loop), bounded: past it the local bucket decides
                    .executionStrategy(ExecutionStrategy.backgroundTimeBounded(remote, config.remoteTimeout()))
                    .build();
        } else {
            this.remote = null;
            this.shared = null;
        }
    }

    public ConsumptionProbe tryConsume(String callerKey) {
        if (shared == null) {
            return local(callerKey);
        }
        try {
            return buckets.get(callerKey, key -> shared.builder()
                    .withOptimization(Optimizations.delaying(delay))
                    .build(key, () -> configuration)).tryConsumeAndReturnRemaining(1);
        } catch (RuntimeException e) {
            LOG.debugf("Shared quota of %s not reachable (%s); decided locally", callerKey, e.toString());
            return local(callerKey);
        }
    }

    private ConsumptionProbe local(String callerKey) {
        return fallback.get(callerKey, key -> Bucket.builder().addLimit(configuration.getBandwidths()[0]).build())
                .tryConsumeAndReturnRemaining(1);
    }

    public int requestsPerMinute() {
        return requestsPerMinute;
    }

    /** Idle callers' rows are removed once their bucket would be full again (any instance may do it). */
    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeIdleBuckets() {
        if (shared instanceof ExpiredEntriesCleaner cleaner) {
            try {
                int removed;
                do {
                    removed = cleaner.removeExpired(1_000);
                } while (removed == 1_000);
            } catch (RuntimeException e) {
                LOG.warnf("Removing idle rate-limit buckets failed: %s", e.getMessage());
            }
        }
    }
}
