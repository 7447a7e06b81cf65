package com.resourcemarket.console;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.jboss.resteasy.reactive.server.WithFormRead;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * CSRF protection of the console (double-submit cookie), for {@code /console} only so the bearer-token API is
 * untouched: a console page sets a random {@value #COOKIE} cookie (path /console, SameSite=Strict, HttpOnly) and
 * renders the same value into every form ({@value #FIELD}) and into htmx's {@value #HEADER} header. A console
 * request that changes state must send it back; otherwise 403 before the endpoint runs. Console POSTs accept only
 * form bodies, which a foreign page can post but whose cookie it can neither read nor set. Bound by name
 * ({@link ConsolePage}) to the console's resources only.
 */
@ConsolePage
public class ConsoleCsrf {

    public static final String COOKIE = "console-csrf";
    public static final String FIELD = "csrf-token";
    public static final String HEADER = "X-CSRF-TOKEN";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    ConsoleContext context;

    @ServerRequestFilter
    @WithFormRead
    public Response verify(ResteasyReactiveContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.equals("/console") && !path.startsWith("/console/")) {
            return null;
        }
        var cookie = request.getCookies().get(COOKIE);
        String expected = cookie == null ? null : cookie.getValue();
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            String token = expected != null && expected.length() == 43 ? expected : fresh();
            context.csrfToken(token, !token.equals(expected));
            return null;
        }
        String sent = request.getHeaderString(HEADER);
        if (sent == null && request.getMediaType() != null
                && request.getMediaType().isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)) {
            Object field = ((ResteasyReactiveRequestContext) request.getServerRequestContext()).getFormParameter(FIELD, true, false);
            sent = field == null ? null : field.toString();
        }
        if (expected == null || sent == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                sent.getBytes(StandardCharsets.US_ASCII))) {
            return Response.status(Response.Status.FORBIDDEN).type(MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
                    .entity("CSRF token missing or wrong: reload the page and try again / 页面已过期，请刷新后重试").build();
        }
        context.csrfToken(expected, false);
        return null;
    }

    @ServerResponseFilter
    public void issue(ContainerRequestContext request, ContainerResponseContext response) {
        if (context.newCsrfCookie()) {
            response.getHeaders().add("Set-Cookie", new NewCookie.Builder(COOKIE).value(context.csrfToken()).path("/console")
                    .httpOnly(true).sameSite(NewCookie.SameSite.STRICT).secure(request.getSecurityContext().isSecure()).build());
        }
    }

    private static String fresh() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
