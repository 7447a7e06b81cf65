package com.resourcemarket.core.error;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Two writers raced on the same row: the later one is refused (409), never silently overwriting the other. */
public class OptimisticLockProblems {

    @ServerExceptionMapper(priority = 1)
    public Response optimisticLock(OptimisticLockException e) {
        return conflict();
    }

    @ServerExceptionMapper(priority = 1)
    public Response staleState(StaleStateException e) {
        return conflict();
    }

    private static Response conflict() {
        return HttpProblem.builder().withStatus(Response.Status.CONFLICT).withType(ProblemTypes.STALE_VERSION)
                .withTitle("Stale Version")
                .withDetail("Someone else changed this at the same time; read it again and retry")
                .build().toResponse();
    }
}
