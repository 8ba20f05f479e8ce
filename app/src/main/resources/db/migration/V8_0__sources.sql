-- Source tracing. Runs unchanged on H2 (PostgreSQL mode) and PostgreSQL.
--
-- The disclosure ledger: which platform, shop or organisation got which of a user's data, when
-- and why. platform is as the user wrote it; platform_key its normalised form (NFKC, lower case,
-- no spaces or punctuation), which matches ledgers across users. data holds Leaked enum names
-- joined with ',' (values from our enum, never user text).
CREATE TABLE source_disclosure (
    id           UUID PRIMARY KEY,
    account_id   UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    platform     VARCHAR(100) NOT NULL,
    platform_key VARCHAR(100) NOT NULL,
    data         VARCHAR(500) NOT NULL,
    disclosed_on DATE,
    -- 'MONTH' when the user gave only a month (disclosed_on is then its first day), else 'DAY'
    disclosed_precision VARCHAR(5) NOT NULL DEFAULT 'DAY',
    purpose      VARCHAR(200) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX source_disclosure_account ON source_disclosure (account_id, created_at);
CREATE INDEX source_disclosure_platform ON source_disclosure (platform_key, account_id);

-- Canary variants: a distinctive variant of the user's e-mail, name or address given to one
-- platform. match_key is the normalised form searched for in messages (see CanaryText).
CREATE TABLE source_canary (
    id           UUID PRIMARY KEY,
    account_id   UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    platform     VARCHAR(100) NOT NULL,
    platform_key VARCHAR(100) NOT NULL,
    kind         VARCHAR(10) NOT NULL,
    base         VARCHAR(300) NOT NULL,
    canary_value VARCHAR(340) NOT NULL,
    match_key    VARCHAR(340) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT source_canary_kind CHECK (kind IN ('EMAIL', 'NAME', 'ADDRESS')),
    CONSTRAINT source_canary_unique UNIQUE (account_id, match_key)
);

-- Cross-victim statistics are opt-in per case: a case takes part only while it has a row here.
CREATE TABLE source_statistics_consent (
    case_id      UUID PRIMARY KEY REFERENCES leak_case (id) ON DELETE CASCADE,
    account_id   UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    consented_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Group cases: one group per suspected source (platform_key); members join with one case and say
-- what of it the group's aggregate may count.
CREATE TABLE source_group (
    id           UUID PRIMARY KEY,
    platform     VARCHAR(100) NOT NULL,
    platform_key VARCHAR(100) NOT NULL UNIQUE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE source_group_member (
    group_id       UUID NOT NULL REFERENCES source_group (id) ON DELETE CASCADE,
    account_id     UUID NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    case_id        UUID NOT NULL REFERENCES leak_case (id) ON DELETE CASCADE,
    share_events   BOOLEAN NOT NULL,
    share_dates    BOOLEAN NOT NULL,
    share_numbers  BOOLEAN NOT NULL,
    joined_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (group_id, account_id)
);
CREATE INDEX source_group_member_account ON source_group_member (account_id);
