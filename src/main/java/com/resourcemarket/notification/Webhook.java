package com.resourcemarket.notification;

import com.resourcemarket.core.crypto.EncryptedStringConverter;
import com.resourcemarket.core.persistence.AuditedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/** A partner's webhook endpoint. The signing secret is encrypted at rest and shown only when created or rotated. */
@Entity
@Table(name = "webhooks")
public class Webhook extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "partner_id", nullable = false, updatable = false)
    public UUID partnerId;

    @Column(name = "url", nullable = false, length = 2000)
    public String url;

    /** Event types wanted; empty means every type. */
    @Convert(converter = EventTypesColumn.class)
    @Column(name = "event_types", nullable = false, length = 1000)
    public Set<EventType> eventTypes = EnumSet.noneOf(EventType.class);

    @Column(name = "active", nullable = false)
    public boolean active;

    @Convert(converter = EncryptedStringConverter.class)
    @Column(name = "secret_enc", nullable = false, length = 512)
    public String secret;

    boolean wants(EventType type) {
        return active && (eventTypes.isEmpty() || eventTypes.contains(type));
    }
}
