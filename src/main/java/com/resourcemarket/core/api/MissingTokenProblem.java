package com.resourcemarket.core.api;

import com.resourcemarket.core.error.ProblemBodies;
import com.resourcemarket.core.error.ProblemTypes;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import java.util.regex.Pattern;

/**
 * An API call without a bearer token — no Authorization header, another scheme ({@code Basic …}, {@code Token …}),
 * or {@code Bearer} with no or an empty token — is answered before the security layer, whose challenge has no body,
 * with the same 401 problem+json as every other authentication failure. Well-formed bearer tokens are judged by
 * the OIDC layer as usual.
 */
@ApplicationScoped
public class MissingTokenProblem {

    /** RFC 6750 {@code credentials = "Bearer" 1*SP b64token}. */
    private static final Pattern BEARER = Pattern.compile("^[Bb][Ee][Aa][Rr][Ee][Rr] +[A-Za-z0-9\\-._~+/]+=*\\s*$");

    void install(@Observes Router router) {
        router.route("/api/*").order(ResponseGuard.ORDER + 1).handler(context -> {
            String authorization = context.request().getHeader("Authorization");
            if ("OPTIONS".equals(context.request().method().name())
                    || authorization != null && BEARER.matcher(authorization).matches()) {
                context.next();
                return;
            }
            String detail = authorization == null
                    ? "This operation needs an access token (Authorization: Bearer ...)"
                    : "The Authorization header must be 'Bearer' followed by an access token; other schemes are not accepted";
            context.response().setStatusCode(401)
                    .putHeader("Content-Type", "application/problem+json")
                    .putHeader("WWW-Authenticate", authorization == null ? ProblemBodies.bearerChallenge(false)
                            : "Bearer realm=\"resource-market\", error=\"invalid_request\"")
                    .end(Json.encode(ProblemBodies.of(ProblemTypes.GENERIC.toString(), "Unauthorized", 401,
                            detail, context.normalizedPath())));
        });
    }
}
