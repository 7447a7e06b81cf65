package com.resourcemarket.core.api;

import com.resourcemarket.core.error.ProblemBodies;
import com.resourcemarket.core.error.ProblemTypes;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.MultiMap;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import java.util.concurrent.TimeUnit;

/**
 * First handler of every request, before security and JAX-RS: refuses over-long URLs with a 414 problem, and makes
 * every answer carry {@code X-Content-Type-Options: nosniff}, API answers {@code Cache-Control: no-store}, and the
 * {@code RateLimit-*} headers also on answers the JAX-RS rate-limit filter never sees (401 and 403 from the security
 * layer, unknown paths) — those count against the caller's quota like any other request.
 */
@ApplicationScoped
public class ResponseGuard {

    /** Runs before MissingTokenProblem and BodySizeGuard, so their answers get the headers too. */
    static final int ORDER = Integer.MIN_VALUE;

    @Inject
    RateLimiter limiter;

    @Inject
    HttpGuardConfig config;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::handle);
    }

    private void handle(RoutingContext context) {
        String path = context.normalizedPath();
        boolean api = path != null && path.startsWith("/api/");
        context.addHeadersEndHandler(ignored -> decorate(context, api));
        String uri = context.request().uri();
        if (uri != null && uri.length() > config.maxUrlLength()) {
            context.response().setStatusCode(414)
                    .putHeader("Content-Type", "application/problem+json")
                    .end(Json.encode(ProblemBodies.of(ProblemTypes.GENERIC.toString(), "URI Too Long", 414,
                            "The request URL is " + uri.length() + " characters long; this API accepts at most "
                                    + config.maxUrlLength(), api ? "/api" : "/")));
            return;
        }
        context.next();
    }

    private void decorate(RoutingContext context, boolean api) {
        MultiMap headers = context.response().headers();
        headers.set("X-Content-Type-Options", "nosniff");
        if (!api) {
            return;
        }
        if (!headers.contains("Cache-Control")) {
            headers.set("Cache-Control", "no-store");
        }
        if (!headers.contains("RateLimit-Limit")) {
            ConsumptionProbe probe = limiter.tryConsume(callerKey(context));
            headers.set("RateLimit-Limit", String.valueOf(limiter.requestsPerMinute()));
            headers.set("RateLimit-Remaining", String.valueOf(probe.getRemainingTokens()));
            headers.set("RateLimit-Reset", String.valueOf(Math.max(0,
                    TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForReset()))));
        }
    }

    /** The same key as {@link RateLimitFilters}: the verified subject when security knows one, else the address. */
    private static String callerKey(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user) {
            SecurityIdentity identity = user.getSecurityIdentity();
            if (identity != null && !identity.isAnonymous()) {
                return "sub:" + identity.getPrincipal().getName();
            }
        }
        return "ip:" + context.request().remoteAddress().hostAddress();
    }
}
