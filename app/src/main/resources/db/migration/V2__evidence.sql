-- Evidence: the hash-chained case log is the record of truth (see leakaid-evidence's CaseLog and
-- ChainEntry for how each hash is computed); items and timelines are replayed from it. Rows are only
-- ever inserted: a correction or a withdrawal is a new entry.
CREATE TABLE evidence_log (
    case_id     UUID NOT NULL REFERENCES leak_case (id) ON DELETE CASCADE,
    seq         BIGINT NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    action      VARCHAR(32) NOT NULL,
    item_id     VARCHAR(36),
    -- the entry's payload as canonical JSON (RFC 8785), exactly as hashed
    payload     TEXT NOT NULL,
    prev_hash   CHAR(64) NOT NULL,
    hash        CHAR(64) NOT NULL,
    PRIMARY KEY (case_id, seq),
    CONSTRAINT evidence_log_action CHECK (action IN ('ITEM_ADDED', 'ITEM_AMENDED', 'FILE_ADDED', 'ITEM_WITHDRAWN'))
);

-- Which stored files (by the SHA-256 of their plaintext) a case refers to: whether a download is
-- allowed, and which encrypted files may go once no case refers to them.
CREATE TABLE evidence_file (
    case_id UUID NOT NULL REFERENCES leak_case (id) ON DELETE CASCADE,
    sha256  CHAR(64) NOT NULL,
    PRIMARY KEY (case_id, sha256)
);
CREATE INDEX evidence_file_sha256 ON evidence_file (sha256);
