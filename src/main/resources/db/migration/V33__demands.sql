-- Demand requests (需求提报): what a partner is looking for, with hard constraints (must-have), weighted
-- preferences (nice-to-have), partners to exclude, and every status change. Money and quantities are DECIMAL.
CREATE TABLE demands (
    id               BINARY(16)     NOT NULL,
    partner_id       BINARY(16)     NOT NULL,
    title            VARCHAR(200)   NOT NULL,
    description      TEXT           NULL,
    channel          VARCHAR(16)    NULL,
    category_code    VARCHAR(80)    NOT NULL,
    type_code        VARCHAR(80)    NULL,
    industry         VARCHAR(64)    NULL,
    latitude         DECIMAL(9, 6)  NULL,
    longitude        DECIMAL(9, 6)  NULL,
    radius_km        DECIMAL(6, 2)  NULL,
    quantity_amount  DECIMAL(18, 2) NULL,
    quantity_unit    VARCHAR(32)    NULL,
    budget_amount    DECIMAL(18, 2) NULL,
    budget_currency  CHAR(3)        NULL,
    window_from      DATE           NULL,
    window_to        DATE           NULL,
    status           VARCHAR(16)    NOT NULL,
    submitted_by     VARCHAR(255)   NOT NULL,
    created_at       TIMESTAMP(6)   NOT NULL,
    updated_at       TIMESTAMP(6)   NOT NULL,
    version          BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY idx_demands_partner_status (partner_id, status),
    KEY idx_demands_status_window (status, window_to),
    CONSTRAINT fk_demands_partner FOREIGN KEY (partner_id) REFERENCES partners (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE demand_regions (
    demand_id    BINARY(16)  NOT NULL,
    region_code  VARCHAR(32) NOT NULL,
    PRIMARY KEY (demand_id, region_code),
    KEY idx_demand_regions_code (region_code),
    CONSTRAINT fk_demand_regions_demand FOREIGN KEY (demand_id) REFERENCES demands (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Hard constraints: a dictionary tag compared with EQ/GTE/LTE/BETWEEN (numbers), EQ (text) or present (flag).
CREATE TABLE demand_must_haves (
    demand_id        BINARY(16)     NOT NULL,
    position         INT            NOT NULL,
    tag_key          VARCHAR(64)    NOT NULL,
    operator         VARCHAR(16)    NOT NULL,
    number_value     DECIMAL(20, 4) NULL,
    number_value_to  DECIMAL(20, 4) NULL,
    text_value       VARCHAR(200)   NULL,
    PRIMARY KEY (demand_id, position),
    CONSTRAINT fk_demand_must_haves_demand FOREIGN KEY (demand_id) REFERENCES demands (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Preferences: a dictionary tag with a weight 1-10.
CREATE TABLE demand_nice_to_haves (
    demand_id  BINARY(16)  NOT NULL,
    position   INT         NOT NULL,
    tag_key    VARCHAR(64) NOT NULL,
    weight     INT         NOT NULL,
    PRIMARY KEY (demand_id, position),
    CONSTRAINT fk_demand_nice_to_haves_demand FOREIGN KEY (demand_id) REFERENCES demands (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE demand_excluded_partners (
    demand_id   BINARY(16) NOT NULL,
    partner_id  BINARY(16) NOT NULL,
    PRIMARY KEY (demand_id, partner_id),
    CONSTRAINT fk_demand_excluded_demand FOREIGN KEY (demand_id) REFERENCES demands (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Every status change: who, when, why (the submission itself is the first, from NULL to SUBMITTED).
CREATE TABLE demand_events (
    id           BINARY(16)    NOT NULL,
    demand_id    BINARY(16)    NOT NULL,
    from_status  VARCHAR(16)   NULL,
    to_status    VARCHAR(16)   NOT NULL,
    reason       VARCHAR(1000) NULL,
    actor        VARCHAR(255)  NOT NULL,
    occurred_at  TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_demand_events_demand (demand_id, occurred_at),
    CONSTRAINT fk_demand_events_demand FOREIGN KEY (demand_id) REFERENCES demands (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Idempotency of POST /api/v1/demands: one row per (partner, key); the unique key makes racing submissions
-- collide in the database so exactly one demand is created. Keys are case-sensitive (ascii_bin).
CREATE TABLE demand_idempotency_keys (
    id               BINARY(16)   NOT NULL,
    partner_id       BINARY(16)   NOT NULL,
    idempotency_key  VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    request_hash     CHAR(64)     CHARACTER SET ascii NOT NULL,
    demand_id        BINARY(16)   NOT NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_demand_idempotency_partner_key (partner_id, idempotency_key),
    CONSTRAINT fk_demand_idempotency_demand FOREIGN KEY (demand_id) REFERENCES demands (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
