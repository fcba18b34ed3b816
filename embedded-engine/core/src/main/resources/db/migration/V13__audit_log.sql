-- The audit log: every change to the platform, hash-chained. Portable SQL: runs unchanged on H2 2.x and
-- PostgreSQL 13+.

-- One row per change, numbered from 1 without gaps. hash is SHA-256 over the row's content and previous_hash,
-- the hash of the row before (64 zeros for the first), so that a row edited or deleted later breaks the chain.
CREATE TABLE audit_entry (
    sequence_no    BIGINT        NOT NULL PRIMARY KEY,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          VARCHAR(255)  NOT NULL,
    origin         VARCHAR(255)  NOT NULL,
    action         VARCHAR(64)   NOT NULL,
    subject        VARCHAR(1000) NOT NULL,
    before_state   VARCHAR       NOT NULL,
    after_state    VARCHAR       NOT NULL,
    previous_hash  VARCHAR(64)   NOT NULL,
    hash           VARCHAR(64)   NOT NULL
);
CREATE INDEX audit_entry_at ON audit_entry (recorded_at);

-- The end of the chain, in one row: appends lock it (SELECT ... FOR UPDATE), so that the nodes of a cluster
-- writing at the same moment still make one chain; it also tells a deleted last row from a short log.
CREATE TABLE audit_chain_head (
    id             INTEGER       NOT NULL PRIMARY KEY,
    last_sequence  BIGINT        NOT NULL,
    last_hash      VARCHAR(64)   NOT NULL
);
INSERT INTO audit_chain_head (id, last_sequence, last_hash)
    VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
