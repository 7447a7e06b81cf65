package com.resourcemarket.core.api;

import com.resourcemarket.core.error.ProblemBodies;
import com.resourcemarket.core.error.ProblemTypes;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.util.concurrent.TimeUnit;

/**
 * Applies {@link RateLimiter} to every API call and reports the quota in {@code RateLimit-*} headers; an
 * exhausted quota gets 429 problem+json with {@code Retry-After}.
 */
public class RateLimitFilters {

    private static final String PROBE = RateLimitFilters.class.getName() + ".probe";

    @Inject
    RateLimiter limiter;

    @Inject
    CurrentIdentityAssociation identities;

    @ServerRequestFilter
    public Uni<Response> limit(ContainerRequestContext request, HttpServerRequest http) {
        return identities.getDeferredIdentity()
                .onFailure().recoverWithItem((SecurityIdentity) null)
                .map(identity -> {
                    String key = identity != null && !identity.isAnonymous()
                            ? "sub:" + identity.getPrincipal().getName()
                            : "ip:" + http.remoteAddress().hostAddress();
                    ConsumptionProbe probe = limiter.tryConsume(key);
                    request.setProperty(PROBE, probe);
                    if (probe.isConsumed()) {
                        return null;
                    }
                    long retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill()));
                    var problem = ProblemBodies.of(ProblemTypes.RATE_LIMITED.toString(), "Too Many Requests", 429,
                            "Quota of " + limiter.requestsPerMinute() + " requests a minute used up; retry after "
                                    + retryAfter + " s", request.getUriInfo().getPath());
                    return Response.status(429).type("application/problem+json").entity(problem)
                            .header("Retry-After", retryAfter).build();
                });
    }

    @ServerResponseFilter
    public void report(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(PROBE) instanceof ConsumptionProbe probe) {
            response.getHeaders().putSingle("RateLimit-Limit", limiter.requestsPerMinute());
            response.getHeaders().putSingle("RateLimit-Remaining", probe.getRemainingTokens());
            response.getHeaders().putSingle("RateLimit-Reset",
                    Math.max(0, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForReset())));
        }
    }
}
