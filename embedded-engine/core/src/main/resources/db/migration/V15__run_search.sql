-- The runs table pages through 100,000 runs of one experiment from indexes: newest first within an experiment
-- (or across all), children folded under their parent (MLflow's tag mlflow.parentRunId, kept in a column so it
-- can be indexed), and the run ids a page shows probed in the param, tag and metric tables by their keys.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

ALTER TABLE run ADD COLUMN parent_run_id VARCHAR(64);
UPDATE run SET parent_run_id = (SELECT t.tag_value FROM run_tag t
    WHERE t.run_id = run.id AND t.tag_key = 'mlflow.parentRunId' AND LENGTH(t.tag_value) <= 64);

-- Descending, because H2 reads an index in its own order only: newest first is then a read of the index's head.
CREATE INDEX run_experiment_recent ON run (experiment, lifecycle_stage, started_at DESC, id DESC);
CREATE INDEX run_stage_recent ON run (lifecycle_stage, started_at DESC, id DESC);
CREATE INDEX run_parent ON run (parent_run_id, started_at DESC, id DESC);
