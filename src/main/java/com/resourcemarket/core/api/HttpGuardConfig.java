package com.resourcemarket.core.api;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits the service itself checks before a request reaches the API (answered as problem+json). */
@ConfigMapping(prefix = "resource-market.http")
public interface HttpGuardConfig {

    /**
     * The longest request target (path and query) accepted; longer is 414. Must stay below
     * {@code quarkus.http.limits.max-initial-line-length}, beyond which the HTTP server refuses without a body.
     */
    @WithDefault("4096")
    int maxUrlLength();
}
