package com.resourcemarket.core.persistence;

import com.resourcemarket.core.error.Problems;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.TransactionManager;
import org.jboss.logging.Logger;

import java.util.concurrent.ThreadLocalRandom;

/** See {@link RetryOnLockConflict}. Outside the transaction interceptor (lower priority), so each attempt is a new transaction. */
@RetryOnLockConflict
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class LockRetryInterceptor {

    private static final Logger LOG = Logger.getLogger(LockRetryInterceptor.class);

    @Inject
    LockRetryConfig config;

    @Inject
    TransactionManager transactions;

    @AroundInvoke
    Object retry(InvocationContext invocation) throws Exception {
        if (inTransaction()) {
            return invocation.proceed();
        }
        int attempts = Math.max(1, config.maxAttempts());
        for (int attempt = 1; ; attempt++) {
            try {
                return invocation.proceed();
            } catch (RuntimeException e) {
                if (!LockConflicts.isLockConflict(e)) {
                    throw e;
                }
                if (attempt >= attempts) {
                    LOG.warnf("%s lost a row lock %d times; answering 503", invocation.getMethod().getName(), attempts);
                    throw Problems.busy(config.retryAfterSeconds());
                }
                LOG.debugf("%s lost a row lock (attempt %d of %d); running it again",
                        invocation.getMethod().getName(), attempt, attempts);
                pause(attempt);
            }
        }
    }

    private void pause(int attempt) throws InterruptedException {
        long base = config.backoff().toMillis() << Math.min(attempt - 1, 6);
        Thread.sleep(base + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }

    private boolean inTransaction() throws SystemException {
        int status = transactions.getStatus();
        return status != Status.STATUS_NO_TRANSACTION;
    }
}
