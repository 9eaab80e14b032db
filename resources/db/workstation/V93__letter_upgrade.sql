-- Letters signed offline (PAdES B-B) are raised on a later sync (issue 16): validation data and a
-- document time-stamp from the office's TSA are appended as incremental updates and the stored
-- file is replaced. issued_letter stays what was issued (append-only, vouched for by the audit
-- chain); this table says what the workspace's copy became. A signed letter gets one row once it
-- has been looked at: sha256 is the file's hash now (the same as issued when nothing was needed).
CREATE TABLE letter_upgrade (
    letter_id    INTEGER PRIMARY KEY REFERENCES issued_letter (id),
    level_before TEXT NOT NULL,
    level        TEXT NOT NULL,
    sha256       TEXT NOT NULL CHECK (length(sha256) = 64),
    upgraded_at  TEXT NOT NULL
) STRICT;

CREATE INDEX letter_upgrade_by_sha256 ON letter_upgrade (sha256);

CREATE TRIGGER letter_upgrade_append_only_update BEFORE UPDATE ON letter_upgrade
BEGIN SELECT RAISE(ABORT, 'letter_upgrade is append-only'); END;
CREATE TRIGGER letter_upgrade_append_only_delete BEFORE DELETE ON letter_upgrade
BEGIN SELECT RAISE(ABORT, 'letter_upgrade is append-only'); END;
