package com.resourcemarket.core.error;

import com.resourcemarket.core.persistence.LockConflicts;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Two writers raced on the same row: the later one is refused (409), never silently overwriting the other; a lost
 * row lock arriving wrapped is the 503 of {@link LockConflictProblems}.
 */
public class OptimisticLockProblems {

    @jakarta.inject.Inject
    com.resourcemarket.core.persistence.LockRetryConfig lockRetry;

    @ServerExceptionMapper(priority = 1)
    public Response optimisticLock(OptimisticLockException e) {
        return conflict();
    }

    @ServerExceptionMapper(priority = 1)
    public Response staleState(StaleStateException e) {
        return conflict();
    }

    /**
     * A race detected at commit arrives wrapped (the interceptor's rollback/undeclared-exception wrappers);
     * anything else wrapped there stays an opaque 500.
     */
    @ServerExceptionMapper(priority = 1)
    public Response failedCommit(io.quarkus.arc.ArcUndeclaredThrowableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return conflict();
            }
        }
        if (LockConflicts.isLockConflict(e) || LockConflicts.isPoolExhausted(e)) {
            return Problems.busy(lockRetry.retryAfterSeconds()).toResponse();
        }
        return HttpProblem.builder().withStatus(Response.Status.INTERNAL_SERVER_ERROR).withType(ProblemTypes.GENERIC)
                .withTitle("Internal Server Error")
                .withDetail("The server could not complete the request; it has been logged. Try again later.")
                .build().toResponse();
    }

    private static Response conflict() {
        return HttpProblem.builder().withStatus(Response.Status.CONFLICT).withType(ProblemTypes.STALE_VERSION)
                .withTitle("Stale Version")
                .withDetail("Someone else changed this at the same time; read it again and retry")
                .build().toResponse();
    }
}
