-- Cooperations (合作): a deal between a demander partner and the owner of a matched resource, from proposal to
-- close. Signed terms (price, quantity, dates, commission plan) are frozen on the row at SIGNED.
CREATE TABLE cooperations (
    id                    BINARY(16)     NOT NULL,
    demand_id             BINARY(16)     NOT NULL,
    resource_id           BINARY(16)     NOT NULL,
    demander_partner_id   BINARY(16)     NOT NULL,
    owner_partner_id      BINARY(16)     NOT NULL,
    category_code         VARCHAR(80)    NOT NULL,
    status                VARCHAR(16)    NOT NULL,
    match_score           DECIMAL(7, 4)  NULL,
    price_amount          DECIMAL(18, 2) NULL,
    price_currency        CHAR(3)        NULL,
    quantity_amount       DECIMAL(18, 2) NULL,
    quantity_unit         VARCHAR(32)    NULL,
    start_date            DATE           NULL,
    end_date              DATE           NULL,
    commission_plan_id    BINARY(16)     NULL,
    signed_at             TIMESTAMP(6)   NULL,
    closed_at             TIMESTAMP(6)   NULL,
    end_reason            VARCHAR(1000)  NULL,
    proposed_by           VARCHAR(255)   NOT NULL,
    created_at            TIMESTAMP(6)   NOT NULL,
    updated_at            TIMESTAMP(6)   NOT NULL,
    version               BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY idx_cooperations_demander (demander_partner_id, status),
    KEY idx_cooperations_owner (owner_partner_id, status),
    KEY idx_cooperations_demand (demand_id),
    KEY idx_cooperations_resource (resource_id),
    KEY idx_cooperations_signed (signed_at),
    CONSTRAINT fk_cooperations_demand FOREIGN KEY (demand_id) REFERENCES demands (id),
    CONSTRAINT fk_cooperations_resource FOREIGN KEY (resource_id) REFERENCES resources (id),
    CONSTRAINT fk_cooperations_demander FOREIGN KEY (demander_partner_id) REFERENCES partners (id),
    CONSTRAINT fk_cooperations_owner FOREIGN KEY (owner_partner_id) REFERENCES partners (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Every status change, kept forever: the cooperation's timeline.
CREATE TABLE cooperation_events (
    id              BINARY(16)    NOT NULL,
    cooperation_id  BINARY(16)    NOT NULL,
    from_status     VARCHAR(16)   NULL,
    to_status       VARCHAR(16)   NOT NULL,
    reason          VARCHAR(1000) NULL,
    actor           VARCHAR(255)  NOT NULL,
    occurred_at     TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_cooperation_events_coop (cooperation_id, occurred_at),
    CONSTRAINT fk_cooperation_events_coop FOREIGN KEY (cooperation_id) REFERENCES cooperations (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One review per side (DEMANDER / OWNER): rating 1-5 and a comment. Feeds the history factor of matching.
CREATE TABLE cooperation_reviews (
    cooperation_id  BINARY(16)    NOT NULL,
    side            VARCHAR(16)   NOT NULL,
    rating          TINYINT       NOT NULL,
    comment         VARCHAR(2000) NULL,
    reviewer        VARCHAR(255)  NOT NULL,
    reviewed_at     TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (cooperation_id, side),
    CONSTRAINT chk_cooperation_reviews_rating CHECK (rating BETWEEN 1 AND 5),
    CONSTRAINT fk_cooperation_reviews_coop FOREIGN KEY (cooperation_id) REFERENCES cooperations (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
