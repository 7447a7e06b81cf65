-- Who this database is: a random id made once, when the schema is created. Derived data stored outside MySQL (each
-- instance's search index) records the id it was built from and is rebuilt when it meets another database, e.g. a
-- data directory that was recreated under the same address.
CREATE TABLE database_identity (
    singleton   TINYINT       NOT NULL,
    identity    CHAR(36)      NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (singleton),
    CONSTRAINT chk_database_identity_singleton CHECK (singleton = 1)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4;

INSERT INTO database_identity (singleton, identity, created_at) VALUES (1, UUID(), CURRENT_TIMESTAMP(6));
