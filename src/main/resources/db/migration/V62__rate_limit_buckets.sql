-- Request quotas shared by every instance (Bucket4j's MySQL backend): one row per caller, the token bucket's state
-- as Bucket4j serialises it, and when an idle bucket may be removed (epoch milliseconds).
CREATE TABLE rate_limit_buckets (
    caller_key  VARCHAR(255)  NOT NULL,
    state       BLOB          NULL,
    expires_at  BIGINT        NULL,
    PRIMARY KEY (caller_key),
    KEY ix_rate_limit_buckets_expires (expires_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
