-- Appending to an item (a correction, a file, a withdrawal) reads only that item's entries and the
-- case's last entry, not the whole log: an upload then costs the same however long the log is.
CREATE INDEX evidence_log_item ON evidence_log (case_id, item_id);
