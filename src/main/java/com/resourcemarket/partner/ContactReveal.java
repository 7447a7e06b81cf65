package com.resourcemarket.partner;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Audit record: a staff member saw a partner's contact details unmasked. Append-only. */
@Entity
@Table(name = "partner_contact_reveals")
public class ContactReveal extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "partner_id", nullable = false, updatable = false)
    public UUID partnerId;

    @Column(name = "actor_subject", nullable = false, updatable = false, length = 255)
    public String actorSubject;

    @Column(name = "actor_username", updatable = false, length = 255)
    public String actorUsername;

    @Column(name = "actor_roles", nullable = false, updatable = false, length = 255)
    public String actorRoles;

    @Column(name = "contact_count", nullable = false, updatable = false)
    public int contactCount;

    @Column(name = "revealed_at", nullable = false, updatable = false)
    public Instant revealedAt;
}
