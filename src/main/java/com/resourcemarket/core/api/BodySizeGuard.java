package com.resourcemarket.core.api;

import com.resourcemarket.core.error.ProblemBodies;
import com.resourcemarket.core.error.ProblemTypes;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.Json;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A body announced larger than the limit is refused before it is read, with a problem+json 413 (the HTTP
 * layer's own refusal has no body). Bodies without a length are still capped by quarkus.http.limits.
 */
@ApplicationScoped
public class BodySizeGuard {

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        long limit = maxBodySize.asLongValue();
        router.route().order(ResponseGuard.ORDER + 1).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            long announced;
            try {
                announced = length == null ? -1 : Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                announced = -1;
            }
            if (announced <= limit) {
                context.next();
                return;
            }
            context.response().setStatusCode(413)
                    .putHeader("Content-Type", "application/problem+json")
                    .putHeader("Connection", "close")
                    .end(Json.encode(ProblemBodies.of(ProblemTypes.PAYLOAD_TOO_LARGE.toString(), "Payload Too Large", 413,
                            "The request body is " + announced + " bytes; this API accepts at most " + limit,
                            context.normalizedPath())));
        });
    }
}
