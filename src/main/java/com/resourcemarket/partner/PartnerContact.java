package com.resourcemarket.partner;

import com.resourcemarket.core.crypto.EncryptedStringConverter;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import java.util.UUID;

/** A contact person of a partner. E-mail, phone and ID number are encrypted at rest (AES-256-GCM). */
@Embeddable
public class PartnerContact {

    @Column(name = "contact_id", nullable = false)
    public UUID contactId;

    @Column(name = "name", nullable = false, length = 100)
    public String name;

    @Column(name = "title", length = 100)
    public String title;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "email_enc", length = 1100)
    public String email;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "phone_enc", length = 200)
    public String phone;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "id_number_enc", length = 200)
    public String idNumber;
}
