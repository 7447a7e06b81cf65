package com.resourcemarket.core.api;

import com.resourcemarket.core.error.ProblemBodies;
import com.resourcemarket.core.error.ProblemTypes;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * An API call without any Authorization header is answered before the security layer, whose challenge has no
 * body, with the same 401 problem+json as every other authentication failure. Tokens that are present are
 * judged by the OIDC layer as usual.
 */
@ApplicationScoped
public class MissingTokenProblem {

    void install(@Observes Router router) {
        router.route("/api/*").order(Integer.MIN_VALUE).handler(context -> {
            if (context.request().getHeader("Authorization") != null || "OPTIONS".equals(context.request().method().name())) {
                context.next();
                return;
            }
            context.response().setStatusCode(401)
                    .putHeader("Content-Type", "application/problem+json")
                    .putHeader("WWW-Authenticate", ProblemBodies.bearerChallenge(false))
                    .end(Json.encode(ProblemBodies.of(ProblemTypes.GENERIC.toString(), "Unauthorized", 401,
                            "This operation needs an access token (Authorization: Bearer ...)", context.normalizedPath())));
        });
    }
}
