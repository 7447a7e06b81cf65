-- The full partner profile: annual purchase volume, regions served, the partner's own tags, contact people
-- (their e-mail, phone and ID number encrypted by the application: AES-256-GCM, key version byte + IV + tag),
-- and the audit trail of every time staff revealed those contact details unmasked.

ALTER TABLE partners
    ADD COLUMN annual_purchase_amount   DECIMAL(18, 2) NULL AFTER partner_type,
    ADD COLUMN annual_purchase_currency CHAR(3)        NULL AFTER annual_purchase_amount,
    ADD CONSTRAINT ck_partners_annual_purchase CHECK (
        (annual_purchase_amount IS NULL AND annual_purchase_currency IS NULL)
        OR (annual_purchase_amount >= 0 AND annual_purchase_currency IS NOT NULL));

CREATE TABLE partner_regions (
    partner_id   BINARY(16)   NOT NULL,
    region_code  VARCHAR(16)  NOT NULL,
    PRIMARY KEY (partner_id, region_code),
    KEY idx_partner_regions_region (region_code),
    CONSTRAINT fk_partner_regions_partner FOREIGN KEY (partner_id) REFERENCES partners (id) ON DELETE CASCADE,
    CONSTRAINT fk_partner_regions_region FOREIGN KEY (region_code) REFERENCES regions (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE partner_tags (
    partner_id   BINARY(16)    NOT NULL,
    position     INT           NOT NULL,
    dimension    VARCHAR(16)   NOT NULL,
    tag_key      VARCHAR(64)   NOT NULL,
    tag_value    VARCHAR(200)  NOT NULL,
    PRIMARY KEY (partner_id, position),
    KEY idx_partner_tags_lookup (dimension, tag_key),
    CONSTRAINT fk_partner_tags_partner FOREIGN KEY (partner_id) REFERENCES partners (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- email_enc / phone_enc / id_number_enc hold ciphertext only (never plaintext, never searchable in SQL).
CREATE TABLE partner_contacts (
    partner_id     BINARY(16)       NOT NULL,
    position       INT              NOT NULL,
    contact_id     BINARY(16)       NOT NULL,
    name           VARCHAR(100)     NOT NULL,
    title          VARCHAR(100)     NULL,
    email_enc      VARBINARY(1100)  NULL,
    phone_enc      VARBINARY(200)   NULL,
    id_number_enc  VARBINARY(200)   NULL,
    PRIMARY KEY (partner_id, position),
    KEY idx_partner_contacts_contact (contact_id),
    CONSTRAINT fk_partner_contacts_partner FOREIGN KEY (partner_id) REFERENCES partners (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Audit trail (PIPL): who saw a partner's contact details unmasked, and when. Kept even if the partner goes.
CREATE TABLE partner_contact_reveals (
    id              BINARY(16)    NOT NULL,
    partner_id      BINARY(16)    NOT NULL,
    actor_subject   VARCHAR(255)  NOT NULL,
    actor_username  VARCHAR(255)  NULL,
    actor_roles     VARCHAR(255)  NOT NULL,
    contact_count   INT           NOT NULL,
    revealed_at     TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_partner_contact_reveals_partner (partner_id, revealed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
