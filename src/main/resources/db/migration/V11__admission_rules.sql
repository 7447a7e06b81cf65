-- Admission thresholds (准入门槛) per resource type, configurable by resource managers.
-- subject is a tag key of the dictionary (subject_kind TAG) or one of the resource fields
-- capacityAmount, priceAmount, description, location (subject_kind FIELD).
CREATE TABLE admission_rules (
    id                  BINARY(16)     NOT NULL,
    type_code           VARCHAR(80)    NOT NULL,
    subject_kind        VARCHAR(16)    NOT NULL,
    subject             VARCHAR(64)    NOT NULL,
    operator            VARCHAR(16)    NOT NULL,
    threshold_number    DECIMAL(20, 4) NULL,
    threshold_text      VARCHAR(200)   NULL,
    description_zh      VARCHAR(500)   NOT NULL,
    description_en      VARCHAR(500)   NOT NULL,
    active              BOOLEAN        NOT NULL DEFAULT TRUE,
    created_at          TIMESTAMP(6)   NOT NULL,
    updated_at          TIMESTAMP(6)   NOT NULL,
    version             BIGINT         NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_admission_rules_type (type_code, active),
    CONSTRAINT fk_admission_rules_type FOREIGN KEY (type_code) REFERENCES taxonomy_nodes (code),
    CONSTRAINT ck_admission_rules_subject_kind CHECK (subject_kind IN ('TAG', 'FIELD')),
    CONSTRAINT ck_admission_rules_operator CHECK (operator IN ('GTE', 'LTE', 'EQ', 'PRESENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

-- The documents' examples: online platforms need at least 100,000 followers, offline stores at least 50 m².
INSERT INTO admission_rules (id, type_code, subject_kind, subject, operator, threshold_number, threshold_text,
                             description_zh, description_en, active, created_at, updated_at) VALUES
(UNHEX('0190a000000070008000000000000001'), 'online.digital-marketing.content-platform', 'TAG', 'followers', 'GTE', 100000, NULL,
 '粉丝数不少于10万', 'At least 100,000 followers', TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
(UNHEX('0190a000000070008000000000000002'), 'online.e-commerce.social', 'TAG', 'followers', 'GTE', 100000, NULL,
 '粉丝数不少于10万', 'At least 100,000 followers', TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
(UNHEX('0190a000000070008000000000000003'), 'offline.physical-channel.retail-terminal', 'TAG', 'store_area_m2', 'GTE', 50, NULL,
 '门店面积不少于50平方米', 'Store area of at least 50 m²', TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6)),
(UNHEX('0190a000000070008000000000000004'), 'offline.scenario.experience-space', 'TAG', 'store_area_m2', 'GTE', 50, NULL,
 '门店面积不少于50平方米', 'Store area of at least 50 m²', TRUE, CURRENT_TIMESTAMP(6), CURRENT_TIMESTAMP(6));
