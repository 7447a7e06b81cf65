package com.resourcemarket.core.error;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Errors decided before a request reaches JAX-RS — authentication, the role gate on /api/v1, the body
 * size limit — answered as problem+json like every other error.
 */
@ApplicationScoped
public class HttpLayerProblems {

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        Throwable failure = context.failure();
        if (context.response().headWritten()) {
            context.next();
            return;
        }
        if (failure instanceof AuthenticationFailedException || failure instanceof AuthenticationCompletionException
                || failure instanceof UnauthorizedException) {
            boolean hadToken = context.request().getHeader("Authorization") != null;
            context.response().putHeader("WWW-Authenticate", ProblemBodies.bearerChallenge(hadToken));
            write(context, 401, "Unauthorized", ProblemTypes.GENERIC.toString(), hadToken
                    ? "The access token is expired, tampered with, or not valid for this service"
                    : "This operation needs an access token (Authorization: Bearer ...)");
        } else if (failure instanceof ForbiddenException) {
            write(context, 403, "Forbidden", ProblemTypes.FORBIDDEN.toString(),
                    "Your roles do not allow this operation");
        } else if (context.statusCode() == 413) {
            write(context, 413, "Payload Too Large", ProblemTypes.PAYLOAD_TOO_LARGE.toString(),
                    "The request body is larger than this API accepts");
        } else {
            context.next();
        }
    }

    private static void write(RoutingContext context, int status, String title, String type, String detail) {
        context.response().setStatusCode(status)
                .putHeader("Content-Type", "application/problem+json")
                .end(Json.encode(ProblemBodies.of(type, title, status, detail, context.normalizedPath())));
    }
}
