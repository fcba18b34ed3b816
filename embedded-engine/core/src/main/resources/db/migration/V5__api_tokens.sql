-- Bearer tokens of the server's API. Only the SHA-256 of a token is kept: the token itself is shown once.

CREATE TABLE api_token (
    id            VARCHAR(64)   NOT NULL PRIMARY KEY,
    user_name     VARCHAR(255)  NOT NULL,
    token_sha256  CHAR(64)      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE
);
CREATE UNIQUE INDEX api_token_sha256 ON api_token (token_sha256);
