-- Partner organisations (dealers, brands, suppliers, platforms, venues, agencies).
-- Their id is the partner_id claim Keycloak puts into the partner's tokens.
CREATE TABLE partners (
    id              BINARY(16)    NOT NULL,
    name_zh         VARCHAR(200)  NOT NULL,
    name_en         VARCHAR(200)  NOT NULL,
    partner_type    VARCHAR(32)   NOT NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    updated_at      TIMESTAMP(6)  NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;
