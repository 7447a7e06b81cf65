-- Partner notifications by webhook: the endpoints partners register, the transactional outbox of deliveries
-- (one row per event and matching webhook, written in the transaction of the business change) and the log of
-- every delivery attempt.

CREATE TABLE webhooks (
    id           BINARY(16)      NOT NULL,
    partner_id   BINARY(16)      NOT NULL,
    url          VARCHAR(2000)   NOT NULL,
    event_types  VARCHAR(1000)   NOT NULL, -- comma-separated event type names; empty = every type
    active       BOOLEAN         NOT NULL,
    secret_enc   VARBINARY(512)  NOT NULL, -- AES-256-GCM ciphertext of the signing secret
    created_at   TIMESTAMP(6)    NOT NULL,
    updated_at   TIMESTAMP(6)    NOT NULL,
    version      BIGINT          NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY idx_webhooks_partner (partner_id),
    CONSTRAINT fk_webhooks_partner FOREIGN KEY (partner_id) REFERENCES partners (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The outbox. A worker claims a due PENDING row by moving next_attempt_at forward by a lease and setting
-- claim_token in one conditional UPDATE, so several instances never send the same row at once and a row of a
-- crashed instance becomes due again when its lease ends.
CREATE TABLE webhook_deliveries (
    id               BINARY(16)     NOT NULL,
    webhook_id       BINARY(16)     NOT NULL,
    partner_id       BINARY(16)     NOT NULL,
    event_id         BINARY(16)     NOT NULL,
    event_type       VARCHAR(64)    NOT NULL,
    payload          MEDIUMTEXT     NOT NULL,
    status           VARCHAR(16)    NOT NULL,
    attempts         INT            NOT NULL DEFAULT 0,
    retry_count      INT            NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP(6)   NOT NULL,
    claim_token      BINARY(16)     NULL,
    last_status_code INT            NULL,
    last_error       VARCHAR(500)   NULL,
    created_at       TIMESTAMP(6)   NOT NULL,
    delivered_at     TIMESTAMP(6)   NULL,
    PRIMARY KEY (id),
    KEY idx_webhook_deliveries_due (status, next_attempt_at),
    KEY idx_webhook_deliveries_partner (partner_id, created_at),
    CONSTRAINT fk_webhook_deliveries_webhook FOREIGN KEY (webhook_id) REFERENCES webhooks (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE webhook_delivery_attempts (
    id            BINARY(16)    NOT NULL,
    delivery_id   BINARY(16)    NOT NULL,
    attempt       INT           NOT NULL,
    attempted_at  TIMESTAMP(6)  NOT NULL,
    status_code   INT           NULL,
    error         VARCHAR(500)  NULL,
    duration_ms   BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY idx_webhook_delivery_attempts_delivery (delivery_id, attempt),
    CONSTRAINT fk_webhook_delivery_attempts_delivery FOREIGN KEY (delivery_id) REFERENCES webhook_deliveries (id)
        ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
