package com.resourcemarket.console;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Keeps the browser's address on the page when a boosted form is answered with the page itself (its errors): htmx
 * would otherwise push the form's POST address (e.g. {@code …/transitions}) into the history, and a reload or the
 * language switch would then GET an address that only takes POSTs. Redirects (HX-Redirect, 303) are left alone.
 */
@ConsolePage
public class ConsoleHistory {

    @ServerResponseFilter
    public void keepAddress(ContainerRequestContext request, ContainerResponseContext response) {
        if (!"POST".equals(request.getMethod()) || !"true".equals(request.getHeaderString("HX-Request"))) {
            return;
        }
        int status = response.getStatus();
        if (status >= 300 && status < 400 || status == 204 || response.getHeaders().containsKey("HX-Redirect")) {
            return;
        }
        response.getHeaders().putSingle("HX-Push-Url", "false");
    }
}
