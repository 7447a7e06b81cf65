package com.resourcemarket.core.crypto;

/** A value could not be encrypted or decrypted (tampered, wrong or missing key). Never carries plaintext. */
public class FieldCipherException extends RuntimeException {

    public FieldCipherException(String message, Throwable cause) {
        super(message, cause);
    }
}
