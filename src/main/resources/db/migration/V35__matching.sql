-- Matching wired to demands: stored match runs (ranked snapshot with the weights used and each result's
-- explanation), every (demand, resource) pair ever matched (so a partner is told about a resource once), and the
-- per-category ranking weights with their change history.
CREATE TABLE match_runs (
    id             BINARY(16)   NOT NULL,
    demand_id      BINARY(16)   NOT NULL,
    trigger_kind   VARCHAR(16)  NOT NULL,
    weights_scope  VARCHAR(80)  NOT NULL,
    weights_json   TEXT         NOT NULL,
    result_count   INT          NOT NULL,
    requested_by   VARCHAR(255) NOT NULL,
    created_at     TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    KEY idx_match_runs_demand (demand_id, created_at),
    CONSTRAINT fk_match_runs_demand FOREIGN KEY (demand_id) REFERENCES demands (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- One ranked result of a run: a summary of the resource as matched and the explanation (JSON text).
CREATE TABLE match_run_results (
    run_id            BINARY(16)     NOT NULL,
    position          INT            NOT NULL,
    resource_id       BINARY(16)     NOT NULL,
    owner_partner_id  BINARY(16)     NULL,
    score             DECIMAL(9, 4)  NOT NULL,
    summary_json      TEXT           NOT NULL,
    explanation_json  TEXT           NOT NULL,
    PRIMARY KEY (run_id, position),
    KEY idx_match_run_results_resource (resource_id),
    CONSTRAINT fk_match_run_results_run FOREIGN KEY (run_id) REFERENCES match_runs (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Every pair found by reverse matching (a resource that became ACTIVE or changed and fits an open demand): the
-- primary key makes "notify once per pair" hold even with racing workers.
CREATE TABLE demand_match_pairs (
    demand_id         BINARY(16)    NOT NULL,
    resource_id       BINARY(16)    NOT NULL,
    score             DECIMAL(9, 4) NOT NULL,
    explanation_json  TEXT          NOT NULL,
    notified_at       TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (demand_id, resource_id),
    KEY idx_demand_match_pairs_resource (resource_id),
    CONSTRAINT fk_demand_match_pairs_demand FOREIGN KEY (demand_id) REFERENCES demands (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Ranking weights: scope '*' is the default, any other scope a category code overriding it.
CREATE TABLE match_weight_settings (
    scope            VARCHAR(80)   NOT NULL,
    tag_industry     DECIMAL(9, 4) NOT NULL,
    tag_type         DECIMAL(9, 4) NOT NULL,
    tag_attribute    DECIMAL(9, 4) NOT NULL,
    tag_value        DECIMAL(9, 4) NOT NULL,
    grade            DECIMAL(9, 4) NOT NULL,
    evaluation       DECIMAL(9, 4) NOT NULL,
    monthly_quality  DECIMAL(9, 4) NOT NULL,
    price            DECIMAL(9, 4) NOT NULL,
    distance         DECIMAL(9, 4) NOT NULL,
    history          DECIMAL(9, 4) NOT NULL,
    updated_by       VARCHAR(255)  NOT NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    updated_at       TIMESTAMP(6)  NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (scope)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO match_weight_settings (scope, tag_industry, tag_type, tag_attribute, tag_value, grade, evaluation,
                                   monthly_quality, price, distance, history, updated_by, created_at, updated_at, version)
VALUES ('*', 15, 10, 10, 10, 10, 15, 5, 10, 10, 5, 'system', CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6), 0);

-- Every change: who, when, the weights before (NULL when an override is created) and after (NULL when removed).
CREATE TABLE match_weight_changes (
    id           BINARY(16)   NOT NULL,
    scope        VARCHAR(80)  NOT NULL,
    before_json  TEXT         NULL,
    after_json   TEXT         NULL,
    changed_by   VARCHAR(255) NOT NULL,
    changed_at   TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (id),
    KEY idx_match_weight_changes_scope (scope, changed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
