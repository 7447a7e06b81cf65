package com.resourcemarket.core.error;

import java.net.URI;

/** The problem types this API answers with (RFC 9457 {@code type}); documented in the OpenAPI contract. */
public final class ProblemTypes {

    private static final String BASE = "https://resource-market.example/problems/";

    public static final URI GENERIC = URI.create("about:blank");
    public static final URI VALIDATION = URI.create(BASE + "validation");
    public static final URI NOT_FOUND = URI.create(BASE + "not-found");
    public static final URI CONFLICT = URI.create(BASE + "conflict");
    public static final URI INVALID_STATE = URI.create(BASE + "invalid-state-transition");
    public static final URI STALE_VERSION = URI.create(BASE + "stale-version");
    public static final URI FORBIDDEN = URI.create(BASE + "forbidden");
    public static final URI RATE_LIMITED = URI.create(BASE + "rate-limited");
    public static final URI PAYLOAD_TOO_LARGE = URI.create(BASE + "payload-too-large");
    public static final URI TEMPORARILY_UNAVAILABLE = URI.create(BASE + "temporarily-unavailable");

    private ProblemTypes() {
    }
}
