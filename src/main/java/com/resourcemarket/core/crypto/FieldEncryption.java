package com.resourcemarket.core.crypto;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The application's {@link FieldCipher}, built from {@link CryptoConfig} at startup, so a missing or malformed
 * key stops the service before it serves anything.
 */
@Startup
@ApplicationScoped
public class FieldEncryption {

    private final FieldCipher cipher;

    @Inject
    public FieldEncryption(CryptoConfig config) {
        Map<Integer, byte[]> keys = new HashMap<>();
        for (String entry : config.previousFieldKeys().orElse(List.of())) {
            int colon = entry.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("resource-market.crypto.previous-field-keys entries are version:base64");
            }
            int version = Integer.parseInt(entry.substring(0, colon).strip());
            keys.put(version, FieldCipher.decodeKey(entry.substring(colon + 1),
                    "resource-market.crypto.previous-field-keys[" + version + "]"));
        }
        keys.put(config.fieldKeyVersion(), FieldCipher.decodeKey(config.fieldKey(), "resource-market.crypto.field-key"));
        this.cipher = new FieldCipher(config.fieldKeyVersion(), keys);
    }

    public FieldCipher cipher() {
        return cipher;
    }
}
