-- Letters from templates (issue 19, item 4). Readable by the sqlite3 3.40 shell.

-- A template of a kind of letter in one language: its paragraphs (a JSON array of Mustache texts
-- naming the kind's fields). Saving makes a new version; no version is ever changed or deleted, so a
-- letter issued from version 3 can be rendered again from version 3 after version 4 is saved.
-- saved_by is NULL for the built-in text the workstation writes as version 1 on first use.
CREATE TABLE letter_template (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('ACKNOWLEDGEMENT', 'INFORMATION_REQUEST', 'EXTENSION',
                                              'NOT_ADMISSIBLE', 'WITHDRAWAL')),
    language    TEXT NOT NULL CHECK (language IN ('ZH', 'EN')),
    version     INTEGER NOT NULL CHECK (version >= 1),
    title       TEXT NOT NULL,
    paragraphs  TEXT NOT NULL,
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    saved_at    TEXT NOT NULL,
    saved_by    INTEGER REFERENCES officer (id),
    UNIQUE (kind, language, version)
) STRICT;
CREATE TRIGGER letter_template_append_only_update BEFORE UPDATE ON letter_template
BEGIN SELECT RAISE(ABORT, 'letter_template is append-only: saving makes a new version'); END;
CREATE TRIGGER letter_template_append_only_delete BEFORE DELETE ON letter_template
BEGIN SELECT RAISE(ABORT, 'letter_template is append-only: saving makes a new version'); END;

-- A letter of a case other than its decision: acknowledgement of receipt, information request,
-- extension notice, not-admissible and withdrawal notices. Numbered from the office's letter series
-- (the same RD-L-… references as decision letters), verified as they are, and pinned to the template
-- versions it was rendered from (template_zh_id / template_en_id, NULL for a language it does not
-- carry) and the field values it was rendered with (fields, canonical JSON), so it renders again the
-- same. Append-only.
CREATE TABLE notice_letter (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES appeal_case (id),
    kind           TEXT NOT NULL CHECK (kind IN ('ACKNOWLEDGEMENT', 'INFORMATION_REQUEST', 'EXTENSION',
                                                 'NOT_ADMISSIBLE', 'WITHDRAWAL')),
    reference_no   TEXT NOT NULL UNIQUE,
    office_code    TEXT NOT NULL,
    year           INTEGER NOT NULL,
    sequence       INTEGER NOT NULL CHECK (sequence BETWEEN 1 AND 999999),
    language       TEXT NOT NULL CHECK (language IN ('ZH', 'EN', 'BILINGUAL')),
    issued_at      TEXT NOT NULL,
    issued_by      INTEGER REFERENCES officer (id),
    sha256         TEXT NOT NULL CHECK (length(sha256) = 64),
    record_sha256  TEXT NOT NULL CHECK (length(record_sha256) = 64),
    file_path      TEXT NOT NULL,
    template_zh_id INTEGER REFERENCES letter_template (id),
    template_en_id INTEGER REFERENCES letter_template (id),
    fields         TEXT NOT NULL,
    UNIQUE (office_code, year, sequence),
    CHECK (template_zh_id IS NOT NULL OR template_en_id IS NOT NULL)
) STRICT;
CREATE INDEX notice_letter_by_case ON notice_letter (case_id, id);
CREATE TRIGGER notice_letter_append_only_update BEFORE UPDATE ON notice_letter
BEGIN SELECT RAISE(ABORT, 'notice_letter is append-only'); END;
CREATE TRIGGER notice_letter_append_only_delete BEFORE DELETE ON notice_letter
BEGIN SELECT RAISE(ABORT, 'notice_letter is append-only'); END;
