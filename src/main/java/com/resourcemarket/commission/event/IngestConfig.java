package com.resourcemarket.commission.event;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** Event ingest (docs/commission.md, "Attributed events"). */
@ConfigMapping(prefix = "resource-market.commission.ingest")
public interface IngestConfig {

    /**
     * How long an ingest waits for its months' lock while a settlement of one of them is running, before answering 503
     * with Retry-After (whole seconds, at least 1). A client is better told to come back than kept waiting.
     */
    @WithDefault("PT10S")
    Duration lockWait();
}
