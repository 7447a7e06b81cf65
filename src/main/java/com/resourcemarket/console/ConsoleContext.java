package com.resourcemarket.console;

import com.resourcemarket.core.security.Caller;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import java.net.URI;

/** Per request: the console language and the signed-in user. */
@RequestScoped
public class ConsoleContext {

    @Inject
    CurrentVertxRequest request;

    @Inject
    Caller caller;

    private String lang;

    /** This request's CSRF token (set by {@link ConsoleCsrf}); a new one is sent as a cookie with the response. */
    private String csrfToken;
    private boolean newCsrfCookie;

    public String csrfToken() {
        return csrfToken == null ? "" : csrfToken;
    }

    void csrfToken(String token, boolean issueCookie) {
        this.csrfToken = token;
        this.newCsrfCookie = issueCookie;
    }

    boolean newCsrfCookie() {
        return newCsrfCookie;
    }

    public String lang() {
        if (lang == null) {
            RoutingContext context = request.getCurrent();
            Cookie cookie = context == null ? null : context.request().getCookie(ConsoleI18n.COOKIE);
            String accept = context == null ? null : context.request().getHeader("Accept-Language");
            lang = ConsoleI18n.choose(cookie == null ? null : cookie.getValue(), accept);
        }
        return lang;
    }

    public boolean zh() {
        return ConsoleI18n.ZH.equals(lang());
    }

    public ConsoleMessages messages() {
        return ConsoleI18n.messages(lang());
    }

    public ConsoleUser user() {
        return new ConsoleUser(caller.displayName().filter(n -> !n.isBlank()).orElse(caller.username()), caller.roles());
    }

    /**
     * The page's own address (for the language switch). A form post answered with the page (its errors) reports the
     * page it was posted from (htmx's {@code HX-Current-URL}), not the POST-only address of the form.
     */
    public String path() {
        RoutingContext context = request.getCurrent();
        if (context == null) {
            return "/console";
        }
        String current = context.request().getHeader("HX-Current-URL");
        if (!"GET".equals(context.request().method().name()) && current != null) {
            try {
                URI uri = URI.create(current);
                String path = uri.getRawPath();
                if (path != null && (path.equals("/console") || path.startsWith("/console/"))) {
                    return path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                }
            } catch (IllegalArgumentException e) {
                // not a URI: fall back to the request's own path
            }
        }
        String query = context.request().query();
        return context.request().path() + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    /** True for requests made by htmx (boosted links and forms). */
    public boolean htmx() {
        RoutingContext context = request.getCurrent();
        return context != null && "true".equals(context.request().getHeader("HX-Request"));
    }

    /** After a successful POST: htmx (boosted forms) loads the target page, plain browsers follow a 303. */
    public Response redirect(String target) {
        if (htmx()) {
            return Response.noContent().header("HX-Redirect", target).build();
        }
        return Response.seeOther(URI.create(target)).build();
    }
}
