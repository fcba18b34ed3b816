-- Serving limits of deployments. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

-- At most one row per deployment: how many predictions it scores at once, how many may wait and for how long,
-- what a request gets when the queue is full, and who set them, when and why. No row: no limit. Every engine
-- serving the deployment enforces the limits for itself.
CREATE TABLE serving_limits (
    deployment    VARCHAR(255)  NOT NULL PRIMARY KEY,
    workers       INTEGER       NOT NULL,
    queue_limit   INTEGER       NOT NULL,
    max_wait_ms   BIGINT        NOT NULL,
    when_full     VARCHAR(32)   NOT NULL,
    set_by        VARCHAR(255),
    set_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    reason        VARCHAR(2000)
);
