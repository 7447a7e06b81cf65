package com.resourcemarket.core.error;

import com.resourcemarket.core.persistence.LockConflicts;
import com.resourcemarket.core.persistence.LockRetryConfig;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import org.hibernate.exception.GenericJDBCException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * More requests than database connections for longer than the pool waits (its acquisition timeout): the service is
 * overloaded, not broken — 503 problem+json with Retry-After, so callers back off. Any other database failure stays
 * an opaque 500.
 */
public class OverloadProblems {

    private static final Logger LOG = Logger.getLogger(OverloadProblems.class);

    @Inject
    LockRetryConfig config;

    @ServerExceptionMapper(priority = 1)
    public Response jdbc(GenericJDBCException e) {
        if (LockConflicts.isPoolExhausted(e) || LockConflicts.isLockConflict(e)) {
            return Problems.busy(config.retryAfterSeconds()).toResponse();
        }
        LOG.error("Database failure", e);
        return HttpProblem.builder().withStatus(Response.Status.INTERNAL_SERVER_ERROR).withType(ProblemTypes.GENERIC)
                .withTitle("Internal Server Error")
                .withDetail("The server could not complete the request; it has been logged. Try again later.")
                .build().toResponse();
    }
}
