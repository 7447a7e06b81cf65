package com.resourcemarket.core.crypto;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/**
 * Keys for field encryption. {@code resource-market.crypto.field-key} (env {@code RESOURCE_MARKET_CRYPTO_FIELD_KEY})
 * has no default outside the dev/local/test profiles: the service does not start without it.
 */
@ConfigMapping(prefix = "resource-market.crypto")
public interface CryptoConfig {

    /** Base64 of 32 random bytes: the AES-256 key new values are encrypted with. */
    String fieldKey();

    /** Version (1..255) written in front of every value encrypted with {@link #fieldKey()}. */
    @WithDefault("1")
    int fieldKeyVersion();

    /** Keys that encrypted older values, as {@code version:base64}; kept until every value is re-encrypted. */
    Optional<List<String>> previousFieldKeys();
}
