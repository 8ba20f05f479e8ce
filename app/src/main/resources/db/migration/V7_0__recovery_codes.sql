-- One-time recovery codes: with the code a user who forgot the password sets a new one (and gets a
-- new code). Only the code's SHA-256 is stored: the code is 100 random bits, so a fast hash cannot
-- be reversed by guessing, and a copy of this table does not let anyone take over an account.
CREATE TABLE recovery_code (
    account_id  UUID PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    code_hash   CHAR(64) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
