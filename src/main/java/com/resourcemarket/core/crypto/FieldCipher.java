package com.resourcemarket.core.crypto;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * AES-256-GCM encryption of single field values at rest.
 *
 * <p>Stored form: {@code [key version: 1 byte][IV: 12 random bytes][ciphertext + 128-bit tag]}. The version byte
 * names the key that encrypted the value, so keys can rotate: new values use the current key, old values stay
 * readable as long as their key is configured as a previous key. Any change to a stored value (or the wrong key)
 * fails the GCM tag check and raises {@link FieldCipherException}; nothing is ever silently returned.
 */
public final class FieldCipher {

    public static final int KEY_BYTES = 32;
    static final int IV_BYTES = 12;
    static final int TAG_BITS = 128;
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final int currentVersion;
    private final Map<Integer, SecretKeySpec> keys;

    /**
     * @param currentVersion version (1..255) of the key new values are encrypted with
     * @param keys           every usable key by version (the current one included), each 32 bytes
     */
    public FieldCipher(int currentVersion, Map<Integer, byte[]> keys) {
        if (currentVersion < 1 || currentVersion > 255) {
            throw new IllegalArgumentException("Key version must be 1..255");
        }
        Map<Integer, SecretKeySpec> specs = new TreeMap<>();
        keys.forEach((version, key) -> {
            if (version < 1 || version > 255) {
                throw new IllegalArgumentException("Key version must be 1..255, was " + version);
            }
            if (key == null || key.length != KEY_BYTES) {
                throw new IllegalArgumentException("Key version " + version + " must be exactly 32 bytes (AES-256)");
            }
            specs.put(version, new SecretKeySpec(key.clone(), "AES"));
        });
        if (!specs.containsKey(currentVersion)) {
            throw new IllegalArgumentException("No key configured for the current version " + currentVersion);
        }
        this.currentVersion = currentVersion;
        this.keys = Map.copyOf(specs);
    }

    /** A cipher with one key of version 1. */
    public static FieldCipher of(byte[] key) {
        return new FieldCipher(1, Map.of(1, key));
    }

    /** Decodes a base64 key and checks it is 32 bytes; the message never contains the key. */
    public static byte[] decodeKey(String base64, String name) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " is not valid base64");
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException(name + " must decode to 32 bytes (AES-256), got " + key.length);
        }
        return key;
    }

    public int currentVersion() {
        return currentVersion;
    }

    public byte[] encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentVersion), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(new byte[] {(byte) currentVersion});
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[1 + IV_BYTES + sealed.length];
            out[0] = (byte) currentVersion;
            System.arraycopy(iv, 0, out, 1, IV_BYTES);
            System.arraycopy(sealed, 0, out, 1 + IV_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new FieldCipherException("Field encryption failed", e);
        }
    }

    public String decrypt(byte[] stored) {
        if (stored == null) {
            return null;
        }
        if (stored.length < 1 + IV_BYTES + TAG_BITS / 8) {
            throw new FieldCipherException("Encrypted field value is truncated", null);
        }
        int version = stored[0] & 0xFF;
        SecretKeySpec key = keys.get(version);
        if (key == null) {
            throw new FieldCipherException("Encrypted field value uses key version " + version + ", which is not configured", null);
        }
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 1, IV_BYTES));
            cipher.updateAAD(new byte[] {(byte) version});
            byte[] plain = cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new FieldCipherException("Encrypted field value failed its integrity check (tampered or wrong key)", e);
        } catch (GeneralSecurityException e) {
            throw new FieldCipherException("Field decryption failed", e);
        }
    }

    /** True when the stored value was encrypted with an older key and should be re-encrypted. */
    public boolean needsRotation(byte[] stored) {
        return stored != null && stored.length > 0 && (stored[0] & 0xFF) != currentVersion;
    }
}
