-- Several engine nodes on one database. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

-- A training job is run by the node that holds its lease: the node's id, the attempt that node claimed (a
-- fencing token: it grows with every claim, so a node that lost the job can no longer match it) and the
-- time, by the database's clock, until which the lease holds unless renewed.
ALTER TABLE training_job ADD COLUMN task VARCHAR(16);
ALTER TABLE training_job ADD COLUMN node_id VARCHAR(128);
ALTER TABLE training_job ADD COLUMN attempt INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE training_job ADD COLUMN lease_until TIMESTAMP WITH TIME ZONE;
ALTER TABLE training_job ADD COLUMN cancel_requested BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX training_job_state ON training_job (state, created_at);

-- Event ids come from one counter row: its row lock orders publishers on every node, so ids are committed in
-- the order they are given and a node reading the event table never skips one that commits later.
CREATE TABLE event_counter (
    name     VARCHAR(64)  NOT NULL PRIMARY KEY,
    last_id  BIGINT       NOT NULL
);
INSERT INTO event_counter (name, last_id) SELECT 'platform_event', COALESCE(MAX(id), 0) FROM platform_event;

-- The bytes of datasets and models, for nodes that do not share a folder: stored in chunks, named by the
-- SHA-256 of the whole file, and written in one transaction with their header row (all or nothing).
CREATE TABLE shared_artifact (
    store       VARCHAR(32)  NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    chunks      INTEGER      NOT NULL,
    stored_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (store, sha256)
);

CREATE TABLE shared_artifact_chunk (
    store   VARCHAR(32)  NOT NULL,
    sha256  CHAR(64)     NOT NULL,
    seq     INTEGER      NOT NULL,
    bytes   BYTEA        NOT NULL,
    PRIMARY KEY (store, sha256, seq),
    FOREIGN KEY (store, sha256) REFERENCES shared_artifact (store, sha256)
);
