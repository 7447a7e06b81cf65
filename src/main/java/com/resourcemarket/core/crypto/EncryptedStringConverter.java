package com.resourcemarket.core.crypto;

import io.quarkus.arc.Arc;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Encrypts a String attribute into a binary column (AES-256-GCM, see {@link FieldCipher}). Use with
 * {@code @Convert(converter = EncryptedStringConverter.class)} on a {@code VARBINARY} column. Encrypted columns
 * cannot be searched or compared in SQL.
 */
@Converter
public class EncryptedStringConverter implements AttributeConverter<String, byte[]> {

    private volatile FieldCipher cipher;

    @Override
    public byte[] convertToDatabaseColumn(String attribute) {
        return attribute == null ? null : cipher().encrypt(attribute);
    }

    @Override
    public String convertToEntityAttribute(byte[] dbData) {
        return dbData == null ? null : cipher().decrypt(dbData);
    }

    private FieldCipher cipher() {
        FieldCipher current = cipher;
        if (current == null) {
            current = Arc.container().instance(FieldEncryption.class).get().cipher();
            cipher = current;
        }
        return current;
    }
}
