-- Load tests of deployments (capacity planning). Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

-- One row per test: its plan and the steps measured so far (JSON of the seam's CapacityPlan and CapacityPoint
-- list, rewritten as each step is measured), where it is and how it ended. The node that runs it is kept so
-- that a node opening again can end the tests it left running; every write of a running test is conditional
-- on its state, so a stop written by another node ends the run at its next step.
CREATE TABLE capacity_test (
    id           VARCHAR(64)   NOT NULL PRIMARY KEY,
    deployment   VARCHAR(255)  NOT NULL,
    plan_json    VARCHAR       NOT NULL,
    state        VARCHAR(16)   NOT NULL,
    started_by   VARCHAR(255),
    node_id      VARCHAR(128)  NOT NULL,
    started_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at     TIMESTAMP WITH TIME ZONE,
    points_json  VARCHAR       NOT NULL,
    message      VARCHAR(2000)
);
CREATE INDEX capacity_test_deployment ON capacity_test (deployment, started_at);
CREATE INDEX capacity_test_state ON capacity_test (state);
