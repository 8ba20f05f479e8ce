-- The counts of the login throttle and the registration limit (account.LoginThrottle,
-- account.RegistrationLimit), in the database so that every app node on it counts the same attempts.
-- One row per key; the key names a username, a client address or both, so only its SHA-256 is kept:
-- the table holds no address or username in the clear. A row that is neither blocking nor counting
-- any more (both times passed) is deleted every few minutes, found through the index on expires_at.
CREATE TABLE throttle_counter (
    key_hash      CHAR(64) PRIMARY KEY,
    hits          INT NOT NULL,
    blocked_until TIMESTAMP WITH TIME ZONE,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX throttle_counter_expires ON throttle_counter (expires_at);
