package com.resourcemarket.core.error;

import com.resourcemarket.core.persistence.LockRetryConfig;
import jakarta.inject.Inject;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.core.Response;
import org.hibernate.exception.LockAcquisitionException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A deadlock or lock-wait timeout that reaches the API (a write without {@code @RetryOnLockConflict}, or one whose
 * retries were not enough) is a 503 problem with Retry-After, never a 500: the transaction was rolled back whole.
 */
public class LockConflictProblems {

    @Inject
    LockRetryConfig config;

    @ServerExceptionMapper(priority = 1)
    public Response pessimisticLock(PessimisticLockException e) {
        return busy();
    }

    @ServerExceptionMapper(priority = 1)
    public Response lockTimeout(LockTimeoutException e) {
        return busy();
    }

    @ServerExceptionMapper(priority = 1)
    public Response lockAcquisition(LockAcquisitionException e) {
        return busy();
    }

    Response busy() {
        return Problems.busy(config.retryAfterSeconds()).toResponse();
    }
}
