-- Documents: what the user typed into a document's form, kept with the case so that every later
-- document has it, and the dates the user says a document was sent (the PIPL request's reply
-- deadline, and so the refusal route, runs from that date). The documents themselves are not
-- stored: they are written from the case, its evidence and these rows on every download.
CREATE TABLE document_field (
    case_id     UUID NOT NULL REFERENCES leak_case (id) ON DELETE CASCADE,
    field_name  VARCHAR(64) NOT NULL,
    field_value VARCHAR(4000) NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_id, field_name)
);

CREATE TABLE document_sent (
    case_id     UUID NOT NULL REFERENCES leak_case (id) ON DELETE CASCADE,
    kind        VARCHAR(64) NOT NULL,
    sent_on     DATE NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_id, kind)
);
