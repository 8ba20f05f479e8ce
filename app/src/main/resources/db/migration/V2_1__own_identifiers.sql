-- The user's own identifiers (phone, ID number, e-mail, bank card, name), used to tell whether a
-- message proves that its sender holds the user's leaked data. Only a keyed hash (HMAC-SHA256 with a
-- secret kept in the data directory, outside the database) of the normalised value is stored, plus
-- the masked form for display: a copy of this table does not give the identifiers away.
CREATE TABLE own_identifier (
    id         UUID PRIMARY KEY,
    account_id UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    kind       VARCHAR(32) NOT NULL,
    masked     VARCHAR(200) NOT NULL,
    value_hmac CHAR(64) NOT NULL,
    added_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT own_identifier_unique UNIQUE (account_id, value_hmac)
);
