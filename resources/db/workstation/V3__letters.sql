-- Decision letters. A letter once issued is never changed or deleted: re-issuing writes a new row
-- whose supersedes_id names the letter it replaces. Reference numbers run per office and year
-- (RD-L-2026-000123: office code, L for letter, year, six-digit sequence) and are never reused:
-- letter_reference_counter hands them out, and a number reserved for a letter that failed to
-- render stays unused rather than coming back.

CREATE TABLE letter_reference_counter (
    office_code   TEXT NOT NULL,
    year          INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    last_sequence INTEGER NOT NULL CHECK (last_sequence BETWEEN 0 AND 999999),
    PRIMARY KEY (office_code, year)
) STRICT, WITHOUT ROWID;

-- The counter only moves forward.
CREATE TRIGGER letter_reference_counter_forward_only BEFORE UPDATE ON letter_reference_counter
    WHEN NEW.last_sequence < OLD.last_sequence
BEGIN SELECT RAISE(ABORT, 'letter reference numbers are never reused'); END;
CREATE TRIGGER letter_reference_counter_never_deleted BEFORE DELETE ON letter_reference_counter
BEGIN SELECT RAISE(ABORT, 'letter reference numbers are never reused'); END;

CREATE TABLE issued_letter (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES appeal_case (id),
    decision_id   INTEGER NOT NULL REFERENCES decision (id),
    reference_no  TEXT NOT NULL UNIQUE,
    office_code   TEXT NOT NULL,
    year          INTEGER NOT NULL,
    sequence      INTEGER NOT NULL CHECK (sequence BETWEEN 1 AND 999999),
    language      TEXT NOT NULL CHECK (language IN ('ZH', 'EN', 'BILINGUAL')),
    issued_at     TEXT NOT NULL,
    issued_by     INTEGER REFERENCES officer (id),
    -- SHA-256 (hex) of the PDF file as issued, signature included when signed.
    sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
    -- SHA-256 (hex) of the canonical decision record JSON embedded in the PDF and named in its QR code.
    record_sha256 TEXT NOT NULL CHECK (length(record_sha256) = 64),
    -- Path of the PDF relative to the workspace root, e.g. letters/2026/RD-L-2026-000123.pdf.
    file_path     TEXT NOT NULL,
    signed        INTEGER NOT NULL DEFAULT 0 CHECK (signed IN (0, 1)),
    supersedes_id INTEGER REFERENCES issued_letter (id),
    UNIQUE (office_code, year, sequence)
) STRICT;
CREATE INDEX issued_letter_by_case ON issued_letter (case_id, id);
CREATE UNIQUE INDEX issued_letter_superseded_once ON issued_letter (supersedes_id) WHERE supersedes_id IS NOT NULL;

CREATE TRIGGER issued_letter_append_only_update BEFORE UPDATE ON issued_letter
BEGIN SELECT RAISE(ABORT, 'issued_letter is append-only'); END;
CREATE TRIGGER issued_letter_append_only_delete BEFORE DELETE ON issued_letter
BEGIN SELECT RAISE(ABORT, 'issued_letter is append-only'); END;
