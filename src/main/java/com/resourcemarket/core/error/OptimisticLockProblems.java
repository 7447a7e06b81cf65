package com.resourcemarket.core.error;

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
     * a transient lock collision is a 503 (TransientProblems); anything else wrapped there stays an opaque 500.
     */
    @ServerExceptionMapper(priority = 1)
    public Response failedCommit(io.quarkus.arc.ArcUndeclaredThrowableException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return conflict();
            }
        }
        return TransientProblems.answer(e);
    }

    private static Response conflict() {
        return HttpProblem.builder().withStatus(Response.Status.CONFLICT).withType(ProblemTypes.STALE_VERSION)
                .withTitle("Stale Version")
                .withDetail("Someone else changed this at the same time; read it again and retry")
                .build().toResponse();
    }
}
