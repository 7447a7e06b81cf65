package com.resourcemarket.catalogue.search;

import com.resourcemarket.core.changestream.ChangeStream;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the search index: DOWN until the start-up rebuild/reconciliation is done and while the change stream
 * does not read the binlog (searches would miss what other instances commit). Reports the documents, the stream's
 * lag and what the last reconciliation found.
 */
@Readiness
@ApplicationScoped
public class CatalogueIndexHealth implements HealthCheck {

    @Inject
    CatalogueSearch search;

    @Inject
    ChangeStream stream;

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder out = HealthCheckResponse.named("catalogue-index");
        CatalogueIndex index = search.index();
        boolean caughtUp = search.isCaughtUp();
        boolean streaming = !stream.isEnabled() || stream.isStreaming();
        out.status(index != null && caughtUp && streaming);
        out.withData("caughtUp", caughtUp);
        if (index != null) {
            out.withData("documents", index.count());
        }
        out.withData("streaming", stream.isStreaming());
        out.withData("streamLagMillis", stream.lag().toMillis());
        out.withData("streamAppliedChanges", stream.appliedChanges());
        stream.lastFailure().ifPresent(f -> out.withData("streamLastFailure", f.length() > 300 ? f.substring(0, 300) : f));
        search.lastReconciliation().ifPresent(r -> {
            out.withData("reconciledDivergences", r.divergences());
            out.withData("reconciledIndexed", r.indexed());
            out.withData("reconciledStored", r.stored());
        });
        search.lastReconciledAt().ifPresent(at -> out.withData("reconciledAt", at.toString()));
        return out.build();
    }
}
