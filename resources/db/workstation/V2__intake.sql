-- Agency feeds: what each imported record looked like, so importing the same file twice changes
-- nothing and a record re-sent with different content under the same reference is refused.

-- Fingerprint of the feed record a ledger entry came from (null for entries made here).
ALTER TABLE ledger_event ADD COLUMN feed_hash TEXT;

-- Appeals arrive with the agency's own reference; the case gets a Redress case number.
CREATE TABLE appeal_intake (
    agency_code  TEXT NOT NULL REFERENCES agency (code),
    reference    TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    case_id      INTEGER NOT NULL REFERENCES appeal_case (id),
    source       TEXT NOT NULL,
    imported_at  TEXT NOT NULL,
    PRIMARY KEY (agency_code, reference)
) STRICT, WITHOUT ROWID;
