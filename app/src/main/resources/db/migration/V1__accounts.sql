-- Accounts and API tokens. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
-- Convention for every feature: its own V<feature>_<n>__*.sql files (accounts/cases V1_x, evidence V2_x, ...),
-- rows owned by a user reference account(id) ON DELETE CASCADE so deleting the account deletes them.
CREATE TABLE account (
    id            UUID PRIMARY KEY,
    username      VARCHAR(32)  NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT account_username_unique UNIQUE (username)
);

-- Only the SHA-256 of a token is stored: a copy of this table does not let anyone call the API.
CREATE TABLE api_token (
    token_hash  CHAR(64) PRIMARY KEY,
    account_id  UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX api_token_account ON api_token (account_id);
