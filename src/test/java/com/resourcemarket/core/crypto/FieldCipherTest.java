package com.resourcemarket.core.crypto;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** AES-256-GCM field encryption: round trips, random IVs, tamper and wrong-key detection, key rotation. */
class FieldCipherTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private static byte[] key() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    private final FieldCipher cipher = FieldCipher.of(key());

    @Test
    void roundTrip() {
        assertThat(cipher.decrypt(cipher.encrypt("13812345678"))).isEqualTo("13812345678");
        assertThat(cipher.decrypt(cipher.encrypt(""))).isEmpty();
    }

    @Test
    void chineseTextRoundTrip() {
        String text = "王芳 · 华东家电联合经销 · 上海市浦东新区世纪大道100号 🏬";
        byte[] stored = cipher.encrypt(text);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("王芳");
        assertThat(cipher.decrypt(stored)).isEqualTo(text);
    }

    @Test
    void layoutIsVersionIvCiphertextTag() {
        byte[] stored = cipher.encrypt("13812345678");
        assertThat(stored[0]).isEqualTo((byte) 1);
        assertThat(stored).hasSize(1 + 12 + "13812345678".length() + 16);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("12345678").doesNotContain("5678");
    }

    @Test
    void sameValueEncryptsDifferentlyEveryTime() {
        byte[] first = cipher.encrypt("11010519491231002X");
        byte[] second = cipher.encrypt("11010519491231002X");
        assertThat(first).isNotEqualTo(second);
        assertThat(Arrays.copyOfRange(first, 1, 13)).isNotEqualTo(Arrays.copyOfRange(second, 1, 13));
        assertThat(cipher.decrypt(first)).isEqualTo(cipher.decrypt(second));
    }

    @Test
    void everyFlippedByteIsDetected() {
        byte[] stored = cipher.encrypt("13812345678");
        for (int i = 0; i < stored.length; i++) {
            byte[] tampered = stored.clone();
            tampered[i] ^= 0x01;
            assertThatThrownBy(() -> cipher.decrypt(tampered)).as("byte %d flipped", i)
                    .isInstanceOf(FieldCipherException.class)
                    .hasMessageNotContaining("13812345678");
        }
    }

    @Test
    void truncatedValueIsRefused() {
        byte[] stored = cipher.encrypt("13812345678");
        assertThatThrownBy(() -> cipher.decrypt(Arrays.copyOf(stored, 20))).isInstanceOf(FieldCipherException.class);
        assertThatThrownBy(() -> cipher.decrypt(new byte[0])).isInstanceOf(FieldCipherException.class);
    }

    @Test
    void wrongKeyIsDetected() {
        byte[] stored = cipher.encrypt("13812345678");
        FieldCipher other = FieldCipher.of(key());
        assertThatThrownBy(() -> other.decrypt(stored)).isInstanceOf(FieldCipherException.class)
                .hasMessageContaining("integrity");
    }

    @Test
    void keysRotateByVersion() {
        byte[] oldKey = key();
        byte[] newKey = key();
        byte[] storedWithOld = FieldCipher.of(oldKey).encrypt("王芳 13812345678");

        FieldCipher rotated = new FieldCipher(2, Map.of(1, oldKey, 2, newKey));
        assertThat(rotated.decrypt(storedWithOld)).isEqualTo("王芳 13812345678");
        assertThat(rotated.needsRotation(storedWithOld)).isTrue();
        byte[] reEncrypted = rotated.encrypt("王芳 13812345678");
        assertThat(reEncrypted[0]).isEqualTo((byte) 2);
        assertThat(rotated.needsRotation(reEncrypted)).isFalse();

        FieldCipher withoutOldKey = new FieldCipher(2, Map.of(2, newKey));
        assertThatThrownBy(() -> withoutOldKey.decrypt(storedWithOld)).isInstanceOf(FieldCipherException.class)
                .hasMessageContaining("version 1");
    }

    @Test
    void versionByteIsAuthenticated() {
        byte[] k = key();
        FieldCipher both = new FieldCipher(1, Map.of(1, k, 2, k));
        byte[] stored = both.encrypt("13812345678");
        stored[0] = 2;
        assertThatThrownBy(() -> both.decrypt(stored)).isInstanceOf(FieldCipherException.class);
    }

    @Test
    void keysMustBe256Bits() {
        assertThatThrownBy(() -> FieldCipher.of(new byte[16])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FieldCipher.decodeKey("c2hvcnQ=", "k")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> FieldCipher.decodeKey("not base64!", "k")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FieldCipher(3, Map.of(1, key()))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nullStaysNull() {
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
    }
}
