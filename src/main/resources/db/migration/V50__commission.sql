-- Commission (利益分配): contribution types with rate bounds, versioned plans whose rules are tier tables,
-- the plan version bound to each signed cooperation, attributed events, settlement runs, partner statements with
-- their lines, holds, and an audit trail. Money is DECIMAL; rates are fractions (0.05 = 5 %).

CREATE TABLE commission_contribution_types (
    code        VARCHAR(64)    CHARACTER SET ascii NOT NULL,
    name        VARCHAR(200)   NOT NULL,
    min_rate    DECIMAL(9, 6)  NULL,
    max_rate    DECIMAL(9, 6)  NULL,
    created_by  VARCHAR(255)   NOT NULL,
    created_at  TIMESTAMP(6)   NOT NULL,
    updated_at  TIMESTAMP(6)   NOT NULL,
    version     BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO commission_contribution_types (code, name, min_rate, max_rate, created_by, created_at, updated_at)
VALUES ('ONLINE_PLATFORM_ORDER', '线上平台带来的订单 orders brought by an online platform', 0.050000, 0.100000, 'system',
        CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
       ('OFFLINE_DRIVEN_ONLINE_REPURCHASE', '线下门店带动的线上复购 online repurchase driven by an offline store', 0.030000,
        0.050000, 'system', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6));

CREATE TABLE commission_plans (
    id           BINARY(16)    NOT NULL,
    code         VARCHAR(64)   CHARACTER SET ascii NOT NULL,
    name         VARCHAR(200)  NOT NULL,
    active       BOOLEAN       NOT NULL,
    created_by   VARCHAR(255)  NOT NULL,
    created_at   TIMESTAMP(6)  NOT NULL,
    updated_at   TIMESTAMP(6)  NOT NULL,
    version      BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_commission_plans_code (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Immutable once written: a change to a plan is a new version with its own effective date.
CREATE TABLE commission_plan_versions (
    id              BINARY(16)    NOT NULL,
    plan_id         BINARY(16)    NOT NULL,
    number          INT           NOT NULL,
    effective_from  TIMESTAMP(6)  NOT NULL,
    rules_json      MEDIUMTEXT    NOT NULL,
    created_by      VARCHAR(255)  NOT NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_commission_plan_versions (plan_id, number),
    KEY idx_commission_plan_versions_effective (plan_id, effective_from),
    CONSTRAINT fk_commission_plan_versions_plan FOREIGN KEY (plan_id) REFERENCES commission_plans (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The plan version in force when the cooperation was signed, with the cooperation facts settlement needs.
CREATE TABLE commission_bindings (
    cooperation_id       BINARY(16)    NOT NULL,
    plan_id              BINARY(16)    NOT NULL,
    plan_version_id      BINARY(16)    NOT NULL,
    owner_partner_id     BINARY(16)    NOT NULL,
    demander_partner_id  BINARY(16)    NOT NULL,
    resource_id          BINARY(16)    NOT NULL,
    category_code        VARCHAR(80)   NOT NULL,
    signed_at            TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (cooperation_id),
    KEY idx_commission_bindings_owner (owner_partner_id),
    CONSTRAINT fk_commission_bindings_version FOREIGN KEY (plan_version_id) REFERENCES commission_plan_versions (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One row per calendar month (yyyymm, Asia/Shanghai). Ingest holds a shared lock on the rows of the months it writes
-- to; a settlement run holds an exclusive lock (NOWAIT) on its month, so no event slips into a month being settled.
CREATE TABLE commission_periods (
    period      INT          NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    PRIMARY KEY (period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Attributed conversion events: sales, and refunds referencing an earlier sale of the same source.
CREATE TABLE commission_events (
    id                 BINARY(16)     NOT NULL,
    source             VARCHAR(64)    CHARACTER SET ascii NOT NULL,
    event_id           VARCHAR(64)    CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    kind               VARCHAR(8)     NOT NULL,
    cooperation_id     BINARY(16)     NOT NULL,
    owner_partner_id   BINARY(16)     NOT NULL,
    contribution_type  VARCHAR(64)    CHARACTER SET ascii NOT NULL,
    amount             DECIMAL(18, 2) NOT NULL,
    currency           CHAR(3)        NOT NULL,
    occurred_at        TIMESTAMP(6)   NOT NULL,
    period             INT            NOT NULL,
    refund_of          BINARY(16)     NULL,
    original_period    INT            NULL,
    content_hash       BINARY(32)     NOT NULL,
    posted_by          VARCHAR(255)   NOT NULL,
    received_at        TIMESTAMP(6)   NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_commission_events_source (source, event_id),
    KEY idx_commission_events_settle (period, kind, cooperation_id, contribution_type, original_period, amount),
    KEY idx_commission_events_refund_of (refund_of)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- A run settles one month exactly once: the unique period is the guard, and the run, its statements and lines are
-- written in one transaction (a crash leaves nothing; a re-run does the whole month).
CREATE TABLE commission_settlement_runs (
    id              BINARY(16)    NOT NULL,
    period          INT           NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    statement_count INT           NOT NULL,
    line_count      INT           NOT NULL,
    event_count     BIGINT        NOT NULL,
    started_by      VARCHAR(255)  NOT NULL,
    started_at      TIMESTAMP(6)  NOT NULL,
    completed_at    TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_commission_settlement_runs_period (period)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE commission_statements (
    id                 BINARY(16)     NOT NULL,
    run_id             BINARY(16)     NOT NULL,
    period             INT            NOT NULL,
    partner_id         BINARY(16)     NOT NULL,
    status             VARCHAR(16)    NOT NULL,
    currency           CHAR(3)        NOT NULL,
    lines_total        DECIMAL(18, 2) NOT NULL,
    brought_forward    DECIMAL(18, 2) NOT NULL,
    balance            DECIMAL(18, 2) NOT NULL,
    held               DECIMAL(18, 2) NOT NULL,
    payable            DECIMAL(18, 2) NOT NULL,
    carried_forward    DECIMAL(18, 2) NOT NULL,
    payable_reason     VARCHAR(200)   NULL,
    created_by         VARCHAR(255)   NOT NULL,
    approved_by        VARCHAR(255)   NULL,
    approved_at        TIMESTAMP(6)   NULL,
    paid_at            TIMESTAMP(6)   NULL,
    payout_reference   VARCHAR(100)   NULL,
    dispute_reason     VARCHAR(1000)  NULL,
    resolution         VARCHAR(1000)  NULL,
    created_at         TIMESTAMP(6)   NOT NULL,
    updated_at         TIMESTAMP(6)   NOT NULL,
    version            BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_commission_statements_period_partner (period, partner_id),
    KEY idx_commission_statements_partner (partner_id, period),
    CONSTRAINT fk_commission_statements_run FOREIGN KEY (run_id) REFERENCES commission_settlement_runs (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE commission_statement_lines (
    id                 BINARY(16)     NOT NULL,
    statement_id       BINARY(16)     NOT NULL,
    period             INT            NOT NULL,
    position           INT            NOT NULL,
    cooperation_id     BINARY(16)     NOT NULL,
    resource_id        BINARY(16)     NOT NULL,
    category_code      VARCHAR(80)    NOT NULL,
    contribution_type  VARCHAR(64)    CHARACTER SET ascii NOT NULL,
    plan_version_id    BINARY(16)     NOT NULL,
    rule_id            BINARY(16)     NULL,
    rule_scope         VARCHAR(16)    NULL,
    basis              VARCHAR(16)    NULL,
    tier_mode          VARCHAR(16)    NULL,
    gross_volume       DECIMAL(18, 2) NOT NULL,
    refunded_volume    DECIMAL(18, 2) NOT NULL,
    volume             DECIMAL(18, 2) NOT NULL,
    order_count        BIGINT         NOT NULL,
    event_count        BIGINT         NOT NULL,
    tier_reached       INT            NULL,
    rates_applied      VARCHAR(1000)  NULL,
    effective_rate     DECIMAL(14, 10) NOT NULL,
    commission         DECIMAL(18, 2) NOT NULL,
    clawback_volume    DECIMAL(18, 2) NOT NULL,
    clawback           DECIMAL(18, 2) NOT NULL,
    total              DECIMAL(18, 2) NOT NULL,
    hold_reason        VARCHAR(1000)  NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uq_commission_lines (period, cooperation_id, contribution_type),
    KEY idx_commission_lines_statement (statement_id, position),
    CONSTRAINT fk_commission_lines_statement FOREIGN KEY (statement_id) REFERENCES commission_statements (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE commission_partner_holds (
    partner_id  BINARY(16)     NOT NULL,
    reason      VARCHAR(1000)  NOT NULL,
    created_by  VARCHAR(255)   NOT NULL,
    created_at  TIMESTAMP(6)   NOT NULL,
    PRIMARY KEY (partner_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Who changed what, when, with the before/after JSON: plans, versions (rules), types, holds, statements.
CREATE TABLE commission_audit (
    id           BINARY(16)    NOT NULL,
    entity_type  VARCHAR(32)   NOT NULL,
    entity_id    VARCHAR(64)   NOT NULL,
    action       VARCHAR(32)   NOT NULL,
    actor        VARCHAR(255)  NOT NULL,
    occurred_at  TIMESTAMP(6)  NOT NULL,
    before_json  MEDIUMTEXT    NULL,
    after_json   MEDIUMTEXT    NULL,
    PRIMARY KEY (id),
    KEY idx_commission_audit_entity (entity_type, entity_id, occurred_at),
    KEY idx_commission_audit_at (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
