-- Cases: the intake answers; the plan is recomputed from them by the knowledge module's engine,
-- so only the user's progress on each step (status and note) is stored.
CREATE TABLE leak_case (
    id               UUID PRIMARY KEY,
    account_id       UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- enum names joined with ',' (values come from our enums, never from user text)
    leaked           VARCHAR(1000) NOT NULL,
    symptoms         VARCHAR(1000) NOT NULL,
    money_lost_yuan  NUMERIC(16, 2) NOT NULL,
    suspected_source VARCHAR(200)  NOT NULL,
    noticed_on       DATE NOT NULL
);
CREATE INDEX leak_case_account ON leak_case (account_id, created_at);

CREATE TABLE case_step (
    case_id    UUID NOT NULL REFERENCES leak_case (id) ON DELETE CASCADE,
    step_key   VARCHAR(64) NOT NULL,
    status     VARCHAR(16) NOT NULL,
    note       VARCHAR(1000) NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_id, step_key),
    CONSTRAINT case_step_status CHECK (status IN ('TODO', 'DONE', 'SKIPPED'))
);
