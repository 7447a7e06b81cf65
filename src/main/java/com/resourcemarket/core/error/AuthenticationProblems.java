package com.resourcemarket.core.error;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;


/**
 * 401 answers as problem+json with an RFC 6750 challenge. These take precedence over quarkus-resteasy-problem's
 * own authentication mappers, which fail on this Quarkus version (they answered 500).
 */
public class AuthenticationProblems {

    @ServerExceptionMapper(priority = 1)
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri, "The access token is missing, expired, or not valid for this service", true);
    }

    @ServerExceptionMapper(priority = 1)
    public Response authenticationCompletion(AuthenticationCompletionException e, UriInfo uri) {
        return unauthorized(uri, "Authentication could not be completed", true);
    }

    @ServerExceptionMapper(priority = 1)
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri, "This operation needs an access token (Authorization: Bearer ...)", false);
    }

    private static Response unauthorized(UriInfo uri, String detail, boolean invalidToken) {
        return Response.status(Response.Status.UNAUTHORIZED)
                .type("application/problem+json")
                .header(HttpHeaders.WWW_AUTHENTICATE, ProblemBodies.bearerChallenge(invalidToken))
                .entity(ProblemBodies.of(ProblemTypes.GENERIC.toString(), "Unauthorized", 401, detail,
                        "/" + uri.getPath().replaceFirst("^/", "")))
                .build();
    }
}
