-- The resource catalogue: resources with four-dimension tags, regions served, grade, lifecycle,
-- admission results and evaluations. Money and quantities are DECIMAL, never floating point.
CREATE TABLE resources (
    id                    BINARY(16)     NOT NULL,
    channel               VARCHAR(16)    NOT NULL,
    category_code         VARCHAR(80)    NOT NULL,
    type_code             VARCHAR(80)    NOT NULL,
    owner_partner_id      BINARY(16)     NOT NULL,
    name_zh               VARCHAR(200)   NOT NULL,
    name_en               VARCHAR(200)   NOT NULL,
    description           TEXT           NULL,
    latitude              DECIMAL(9, 6)  NULL,
    longitude             DECIMAL(9, 6)  NULL,
    capacity_amount       DECIMAL(18, 2) NULL,
    capacity_unit         VARCHAR(32)    NULL,
    price_amount          DECIMAL(18, 2) NULL,
    price_currency        CHAR(3)        NULL,
    price_unit            VARCHAR(32)    NULL,
    available_from        DATE           NULL,
    available_to          DATE           NULL,
    contact_name          VARCHAR(100)   NULL,
    contact_phone         VARBINARY(512) NULL, -- AES-256-GCM ciphertext
    contact_id_number     VARBINARY(512) NULL, -- AES-256-GCM ciphertext
    grade                 VARCHAR(16)    NULL,
    status                VARCHAR(16)    NOT NULL,
    evaluation_score      DECIMAL(5, 2)  NULL,
    created_at            TIMESTAMP(6)   NOT NULL,
    updated_at            TIMESTAMP(6)   NOT NULL,
    version               BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY idx_resources_owner (owner_partner_id),
    KEY idx_resources_type_status (type_code, status),
    KEY idx_resources_updated (updated_at),
    CONSTRAINT fk_resources_owner FOREIGN KEY (owner_partner_id) REFERENCES partners (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE resource_tags (
    resource_id   BINARY(16)     NOT NULL,
    position      INT            NOT NULL,
    dimension     VARCHAR(16)    NOT NULL,
    tag_key       VARCHAR(64)    NOT NULL,
    text_value    VARCHAR(200)   NULL,
    number_value  DECIMAL(20, 4) NULL,
    unit          VARCHAR(16)    NULL,
    PRIMARY KEY (resource_id, position),
    KEY idx_resource_tags_key_number (tag_key, number_value),
    CONSTRAINT fk_resource_tags_resource FOREIGN KEY (resource_id) REFERENCES resources (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE resource_regions (
    resource_id  BINARY(16)  NOT NULL,
    region_code  VARCHAR(32) NOT NULL,
    PRIMARY KEY (resource_id, region_code),
    KEY idx_resource_regions_code (region_code),
    CONSTRAINT fk_resource_regions_resource FOREIGN KEY (resource_id) REFERENCES resources (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Every lifecycle transition: who, when, why.
CREATE TABLE resource_lifecycle_events (
    id           BINARY(16)    NOT NULL,
    resource_id  BINARY(16)    NOT NULL,
    action       VARCHAR(24)   NOT NULL,
    from_status  VARCHAR(16)   NULL,
    to_status    VARCHAR(16)   NOT NULL,
    reason       VARCHAR(1000) NULL,
    actor        VARCHAR(255)  NOT NULL,
    occurred_at  TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_lifecycle_resource (resource_id, occurred_at),
    CONSTRAINT fk_lifecycle_resource FOREIGN KEY (resource_id) REFERENCES resources (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

CREATE TABLE resource_grade_changes (
    id           BINARY(16)    NOT NULL,
    resource_id  BINARY(16)    NOT NULL,
    from_grade   VARCHAR(16)   NULL,
    to_grade     VARCHAR(16)   NOT NULL,
    reason       VARCHAR(1000) NOT NULL,
    actor        VARCHAR(255)  NOT NULL,
    occurred_at  TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_grade_resource (resource_id, occurred_at),
    CONSTRAINT fk_grade_resource FOREIGN KEY (resource_id) REFERENCES resources (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The result of evaluating the admission rules of the resource's type at submission.
CREATE TABLE resource_admission_results (
    id            BINARY(16)    NOT NULL,
    resource_id   BINARY(16)    NOT NULL,
    passed        BOOLEAN       NOT NULL,
    outcomes      JSON          NOT NULL,
    evaluated_at  TIMESTAMP(6)  NOT NULL,
    actor         VARCHAR(255)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_admission_resource (resource_id, evaluated_at),
    CONSTRAINT fk_admission_resource FOREIGN KEY (resource_id) REFERENCES resources (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Evaluation model weights (percent, summing to 100); one current row plus its history.
CREATE TABLE evaluation_weights (
    id               TINYINT       NOT NULL,
    quality          INT           NOT NULL,
    match_fit        INT           NOT NULL,
    cooperation_cost INT           NOT NULL,
    growth_potential INT           NOT NULL,
    changed_by       VARCHAR(255)  NOT NULL,
    changed_at       TIMESTAMP(6)  NOT NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
INSERT INTO evaluation_weights VALUES (1, 40, 30, 20, 10, 'system', CURRENT_TIMESTAMP(6), 0);

CREATE TABLE evaluation_weight_changes (
    id               BINARY(16)    NOT NULL,
    quality          INT           NOT NULL,
    match_fit        INT           NOT NULL,
    cooperation_cost INT           NOT NULL,
    growth_potential INT           NOT NULL,
    changed_by       VARCHAR(255)  NOT NULL,
    changed_at       TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- Every evaluation of a resource, with the weights it was computed with.
CREATE TABLE resource_evaluations (
    id               BINARY(16)    NOT NULL,
    resource_id      BINARY(16)    NOT NULL,
    quality          DECIMAL(5, 2) NOT NULL,
    match_fit        DECIMAL(5, 2) NOT NULL,
    cooperation_cost DECIMAL(5, 2) NOT NULL,
    growth_potential DECIMAL(5, 2) NOT NULL,
    weight_quality   INT           NOT NULL,
    weight_match_fit INT           NOT NULL,
    weight_cost      INT           NOT NULL,
    weight_growth    INT           NOT NULL,
    score            DECIMAL(5, 2) NOT NULL,
    note             VARCHAR(1000) NULL,
    actor            VARCHAR(255)  NOT NULL,
    evaluated_at     TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    KEY idx_evaluation_resource (resource_id, evaluated_at),
    CONSTRAINT fk_evaluation_resource FOREIGN KEY (resource_id) REFERENCES resources (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
