-- Projects and the models in them. Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.

-- A project groups registered models under an owner, the person who approves what leaves it. The default
-- project holds every model registered without one (and every model that existed before projects); it has no
-- owner, so nothing leaves it through the cross-project flow until it is moved to an owned project.
CREATE TABLE project (
    name        VARCHAR(64)   NOT NULL PRIMARY KEY,
    owner       VARCHAR(255),
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO project (name, owner, created_at) VALUES ('default', NULL, CURRENT_TIMESTAMP);

ALTER TABLE registered_model ADD COLUMN project VARCHAR(64) DEFAULT 'default' NOT NULL;
ALTER TABLE registered_model ADD CONSTRAINT registered_model_project FOREIGN KEY (project) REFERENCES project (name);
