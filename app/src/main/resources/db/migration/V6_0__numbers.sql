-- Number intelligence. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
--
-- Users' reports on numbers: one per user and number (a later report replaces the earlier one),
-- gone with the account. phone is the canonical E.164 form the numbers module gives
-- (+8613800138000, +8695588 for a service number).
CREATE TABLE number_report (
    phone       VARCHAR(24) NOT NULL,
    account_id  UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    tag         VARCHAR(20) NOT NULL,
    note        VARCHAR(500),
    reported_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (phone, account_id),
    CONSTRAINT number_report_tag CHECK (tag IN ('HARASSMENT', 'MARKETING', 'FRAUD',
        'DEBT_COLLECTION', 'FAKE_OFFICIAL', 'COURIER', 'SAFE'))
);
-- Rate limits count an account's recent reports; "my reports" lists them.
CREATE INDEX number_report_account ON number_report (account_id, reported_at);

-- The offline database: each labelled number (E.164 digits as a number) with its label code (see
-- the numbers module's Label) and the database version at which the label last changed. A number
-- that lost its label keeps its row with label NULL, so a delta since an older version removes it.
CREATE TABLE number_label (
    number_key BIGINT PRIMARY KEY,
    label      INTEGER,
    version    BIGINT NOT NULL
);
CREATE INDEX number_label_version ON number_label (version);

-- The offline database's current version: updated in the transaction that changes a label, so the
-- row lock orders changes from several app nodes.
CREATE TABLE number_db_state (
    id      INTEGER PRIMARY KEY,
    version BIGINT NOT NULL,
    CONSTRAINT number_db_state_single CHECK (id = 1)
);
INSERT INTO number_db_state (id, version) VALUES (1, 0);
