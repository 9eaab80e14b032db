-- The workstation's local store, version 1.
-- Readable by the sqlite3 3.40 shell: STRICT tables (3.37), generated columns (3.31), UPSERT-free
-- triggers and a plain FTS5 table; nothing newer. Dates are ISO 'YYYY-MM-DD' text, instants are
-- ISO-8601 UTC text ('2026-03-01T09:30:00Z'). Enumerations are stored by their Java enum names.
-- Tables marked append-only carry triggers that abort any UPDATE or DELETE: corrections are new
-- rows that point at the old ones (ARCHITECTURE.md, "Append-only for anything legal").

CREATE TABLE agency (
    code    TEXT NOT NULL PRIMARY KEY,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    region  TEXT NOT NULL
) STRICT;

CREATE TABLE officer (
    id            INTEGER PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL,
    agency_code   TEXT REFERENCES agency (code),
    -- NULL until the account has a local password (e.g. an officer known only from the hub).
    password_hash TEXT,
    created_at    TEXT NOT NULL
) STRICT;

CREATE TABLE subject (
    id                 INTEGER PRIMARY KEY,
    kind               TEXT NOT NULL CHECK (kind IN ('PERSON', 'ORGANISATION')),
    identifier         TEXT NOT NULL UNIQUE,
    id_kind            TEXT NOT NULL,
    -- The identifier check's verdict; a failed checksum is accepted only with a recorded reason.
    id_verdict         TEXT NOT NULL,
    id_override_reason TEXT,
    name               TEXT NOT NULL,
    region             TEXT,
    birth_date         TEXT
) STRICT;

-- A subject's ledger. Entries are never edited: reversals and amendments are new entries whose
-- target_id names the entry they correct.
CREATE TABLE ledger_event (
    id                 INTEGER PRIMARY KEY,
    subject_id         INTEGER NOT NULL REFERENCES subject (id),
    scheme_code        TEXT NOT NULL,
    rule_code          TEXT NOT NULL,
    kind               TEXT NOT NULL CHECK (kind IN ('DEDUCTION', 'ADDITION', 'REVERSAL', 'AMENDMENT',
                                                     'LIST_ENTRY', 'LIST_REMOVAL')),
    points             INTEGER NOT NULL,
    agency_code        TEXT NOT NULL REFERENCES agency (code),
    imposed_on         TEXT NOT NULL,
    reference          TEXT NOT NULL,
    target_id          INTEGER REFERENCES ledger_event (id),
    publication_until  TEXT,
    imposed_by_officer INTEGER REFERENCES officer (id),
    decision_id        INTEGER REFERENCES decision (id),
    -- The score the agency reported after this entry, kept to flag a recomputed score that differs.
    reported_score     INTEGER,
    source             TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    UNIQUE (agency_code, reference),
    CHECK (kind NOT IN ('REVERSAL', 'AMENDMENT', 'LIST_REMOVAL') OR target_id IS NOT NULL)
) STRICT;
CREATE INDEX ledger_event_by_subject ON ledger_event (subject_id, scheme_code, imposed_on);
CREATE INDEX ledger_event_by_target ON ledger_event (target_id) WHERE target_id IS NOT NULL;

CREATE TABLE appeal_case (
    id              INTEGER PRIMARY KEY,
    case_no         TEXT NOT NULL UNIQUE,
    subject_id      INTEGER NOT NULL REFERENCES subject (id),
    scheme_code     TEXT NOT NULL,
    status          TEXT NOT NULL CHECK (status IN ('RECEIVED', 'ASSIGNED', 'IN_REVIEW',
                        'AWAITING_INFORMATION', 'DECISION_DRAFTED', 'AWAITING_APPROVAL', 'DECIDED',
                        'LETTER_ISSUED', 'CLOSED', 'WITHDRAWN', 'NOT_ADMISSIBLE')),
    priority        TEXT NOT NULL CHECK (priority IN ('URGENT', 'NORMAL')),
    received_on     TEXT NOT NULL,
    -- NULL while no decision deadline runs (e.g. paused waiting on the applicant).
    deadline_on     TEXT,
    ack_deadline_on TEXT NOT NULL,
    channel         TEXT NOT NULL CHECK (channel IN ('HUB', 'IMPORT', 'MANUAL', 'DEMO')),
    -- Comma-separated Ground names; ground_text is the free text that always travels with them.
    grounds         TEXT NOT NULL,
    ground_text     TEXT NOT NULL DEFAULT '',
    statement       TEXT NOT NULL DEFAULT '',
    region          TEXT NOT NULL,
    -- Copied from the disputed deductions so the queue filters without joins: the issuing agency,
    -- the category and code of the main disputed rule, and the sum of the disputed points.
    agency_code     TEXT NOT NULL REFERENCES agency (code),
    rule_category   TEXT NOT NULL CHECK (rule_category IN ('FINANCIAL', 'JUDICIAL', 'ADMINISTRATIVE',
                                                           'SOCIAL_MORAL')),
    rule_code       TEXT NOT NULL,
    points          INTEGER NOT NULL,
    assignee_id     INTEGER REFERENCES officer (id),
    -- Optimistic lock: every change bumps it, and writers say which version they changed.
    version         INTEGER NOT NULL DEFAULT 1,
    paused_since    TEXT,
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    -- Sort keys of the queue: no deadline sorts last; urgent before normal.
    deadline_key    TEXT GENERATED ALWAYS AS (ifnull(deadline_on, '9999-12-31')) VIRTUAL,
    priority_rank   INTEGER GENERATED ALWAYS AS (CASE priority WHEN 'URGENT' THEN 0 ELSE 1 END) VIRTUAL
) STRICT;
-- The queue reads one status at a time in sort order and merges the statuses (CaseQueue), so
-- every sort has a status-led index that also covers the sort keys (the rowid is implicit).
CREATE INDEX appeal_case_queue_by_deadline ON appeal_case (status, deadline_key);
CREATE INDEX appeal_case_queue_by_priority ON appeal_case (status, priority_rank, deadline_key);
CREATE INDEX appeal_case_queue_by_received ON appeal_case (status, received_on);
-- "My cases" (and the unassigned pool) in each sort; an officer's cases are few, so these are cheap.
CREATE INDEX appeal_case_queue_by_assignee ON appeal_case (assignee_id, status, deadline_key);
CREATE INDEX appeal_case_queue_by_assignee_priority ON appeal_case (assignee_id, status, priority_rank, deadline_key);
CREATE INDEX appeal_case_queue_by_assignee_received ON appeal_case (assignee_id, status, received_on);
-- An agency's cases: the most selective of the other filters, often combined with more.
CREATE INDEX appeal_case_queue_by_agency ON appeal_case (agency_code, status, deadline_key);
CREATE INDEX appeal_case_by_subject ON appeal_case (subject_id);

-- Cases per status, kept by triggers so the queue's filter bar never counts a million rows.
CREATE TABLE case_status_count (
    status TEXT NOT NULL PRIMARY KEY,
    n      INTEGER NOT NULL
) STRICT;
INSERT INTO case_status_count (status, n)
VALUES ('RECEIVED', 0), ('ASSIGNED', 0), ('IN_REVIEW', 0), ('AWAITING_INFORMATION', 0),
       ('DECISION_DRAFTED', 0), ('AWAITING_APPROVAL', 0), ('DECIDED', 0), ('LETTER_ISSUED', 0),
       ('CLOSED', 0), ('WITHDRAWN', 0), ('NOT_ADMISSIBLE', 0);

CREATE TRIGGER appeal_case_counted_on_insert AFTER INSERT ON appeal_case
BEGIN
    UPDATE case_status_count SET n = n + 1 WHERE status = NEW.status;
END;

CREATE TRIGGER appeal_case_counted_on_status_change AFTER UPDATE OF status ON appeal_case
    WHEN OLD.status <> NEW.status
BEGIN
    UPDATE case_status_count SET n = n - 1 WHERE status = OLD.status;
    UPDATE case_status_count SET n = n + 1 WHERE status = NEW.status;
END;

CREATE TRIGGER appeal_case_counted_on_delete AFTER DELETE ON appeal_case
BEGIN
    UPDATE case_status_count SET n = n - 1 WHERE status = OLD.status;
END;

-- Cases per combination of the queue's categorical filters, kept by triggers: a filtered total
-- (say, one scheme and one region) is a sum over a few hundred rows instead of a count of a million.
CREATE TABLE case_facet_count (
    status        TEXT NOT NULL,
    priority      TEXT NOT NULL,
    scheme_code   TEXT NOT NULL,
    rule_category TEXT NOT NULL,
    agency_code   TEXT NOT NULL,
    region        TEXT NOT NULL,
    n             INTEGER NOT NULL,
    PRIMARY KEY (status, priority, scheme_code, rule_category, agency_code, region)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER appeal_case_faceted_on_insert AFTER INSERT ON appeal_case
BEGIN
    INSERT INTO case_facet_count (status, priority, scheme_code, rule_category, agency_code, region, n)
    VALUES (NEW.status, NEW.priority, NEW.scheme_code, NEW.rule_category, NEW.agency_code, NEW.region, 1)
    ON CONFLICT (status, priority, scheme_code, rule_category, agency_code, region) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER appeal_case_faceted_on_change
    AFTER UPDATE OF status, priority, scheme_code, rule_category, agency_code, region ON appeal_case
    WHEN OLD.status <> NEW.status OR OLD.priority <> NEW.priority OR OLD.scheme_code <> NEW.scheme_code
        OR OLD.rule_category <> NEW.rule_category OR OLD.agency_code <> NEW.agency_code OR OLD.region <> NEW.region
BEGIN
    UPDATE case_facet_count SET n = n - 1
    WHERE status = OLD.status AND priority = OLD.priority AND scheme_code = OLD.scheme_code
      AND rule_category = OLD.rule_category AND agency_code = OLD.agency_code AND region = OLD.region;
    INSERT INTO case_facet_count (status, priority, scheme_code, rule_category, agency_code, region, n)
    VALUES (NEW.status, NEW.priority, NEW.scheme_code, NEW.rule_category, NEW.agency_code, NEW.region, 1)
    ON CONFLICT (status, priority, scheme_code, rule_category, agency_code, region) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER appeal_case_faceted_on_delete AFTER DELETE ON appeal_case
BEGIN
    UPDATE case_facet_count SET n = n - 1
    WHERE status = OLD.status AND priority = OLD.priority AND scheme_code = OLD.scheme_code
      AND rule_category = OLD.rule_category AND agency_code = OLD.agency_code AND region = OLD.region;
END;

-- The ledger entries a case disputes.
CREATE TABLE case_deduction (
    case_id         INTEGER NOT NULL REFERENCES appeal_case (id),
    ledger_event_id INTEGER NOT NULL REFERENCES ledger_event (id),
    PRIMARY KEY (case_id, ledger_event_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_deduction_by_ledger_event ON case_deduction (ledger_event_id);

-- The history of a case: every intake, assignment and status change. Append-only.
CREATE TABLE case_event (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES appeal_case (id),
    at          TEXT NOT NULL,
    -- NULL when the system acted (import, sync, demo).
    actor_id    INTEGER REFERENCES officer (id),
    action      TEXT NOT NULL,
    from_status TEXT,
    to_status   TEXT,
    detail      TEXT
) STRICT;
CREATE INDEX case_event_by_case ON case_event (case_id, id);

-- Officers' notes on a case. Append-only: a correction is a new note naming the one it corrects.
CREATE TABLE note (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES appeal_case (id),
    author_id   INTEGER NOT NULL REFERENCES officer (id),
    at          TEXT NOT NULL,
    body        TEXT NOT NULL,
    corrects_id INTEGER REFERENCES note (id)
) STRICT;
CREATE INDEX note_by_case ON note (case_id, id);

-- A decision as drafted. Append-only: a redraft is a new row whose supersedes_id names the old one;
-- state says what the row is when written (e.g. DRAFT, FINAL).
CREATE TABLE decision (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES appeal_case (id),
    drafter_id    INTEGER NOT NULL REFERENCES officer (id),
    drafted_at    TEXT NOT NULL,
    reasons       TEXT NOT NULL CHECK (length(trim(reasons)) > 0),
    legal_basis   TEXT NOT NULL,
    remedies      TEXT NOT NULL DEFAULT '',
    supersedes_id INTEGER REFERENCES decision (id),
    state         TEXT NOT NULL
) STRICT;
CREATE INDEX decision_by_case ON decision (case_id, id);

-- What a decision does to each disputed ledger entry. Append-only with its decision.
CREATE TABLE decision_outcome (
    decision_id           INTEGER NOT NULL REFERENCES decision (id),
    ledger_event_id       INTEGER NOT NULL REFERENCES ledger_event (id),
    outcome               TEXT NOT NULL CHECK (outcome IN ('UPHELD', 'REVERSED', 'AMENDED', 'NOT_ADMISSIBLE',
                                                           'WITHDRAWN', 'REFERRED_BACK')),
    new_points            INTEGER,
    new_publication_until TEXT,
    PRIMARY KEY (decision_id, ledger_event_id)
) STRICT, WITHOUT ROWID;

-- Second pair of eyes on a decision. Append-only; the drafter can never approve (trigger below).
CREATE TABLE approval (
    id          INTEGER PRIMARY KEY,
    decision_id INTEGER NOT NULL REFERENCES decision (id),
    approver_id INTEGER NOT NULL REFERENCES officer (id),
    at          TEXT NOT NULL,
    verdict     TEXT NOT NULL CHECK (verdict IN ('APPROVED', 'RETURNED')),
    comment     TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX approval_by_decision ON approval (decision_id, id);

CREATE TRIGGER approval_never_by_the_drafter BEFORE INSERT ON approval
    WHEN NEW.approver_id = (SELECT drafter_id FROM decision WHERE id = NEW.decision_id)
BEGIN
    SELECT RAISE(ABORT, 'four eyes: the drafter of a decision cannot approve it');
END;

-- Evidence files, stored once by SHA-256 in the workspace's evidence/ folder.
CREATE TABLE evidence_blob (
    sha256     TEXT NOT NULL PRIMARY KEY CHECK (length(sha256) = 64),
    size       INTEGER NOT NULL CHECK (size >= 0),
    media_type TEXT NOT NULL
) STRICT;

-- Chain of custody: who attached which file to which case, when, from where and why. Append-only.
CREATE TABLE attachment (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES appeal_case (id),
    sha256       TEXT NOT NULL REFERENCES evidence_blob (sha256),
    file_name    TEXT NOT NULL,
    added_by     INTEGER REFERENCES officer (id),
    added_at     TEXT NOT NULL,
    source       TEXT NOT NULL,
    reason       TEXT NOT NULL,
    -- A redacted copy names the file it was derived from; the original is never altered.
    derived_from TEXT REFERENCES evidence_blob (sha256)
) STRICT;
CREATE INDEX attachment_by_case ON attachment (case_id, id);

-- Recusal declarations: a relation of an officer to a subject, an agency or a case. Append-only.
CREATE TABLE recusal_declaration (
    id          INTEGER PRIMARY KEY,
    officer_id  INTEGER NOT NULL REFERENCES officer (id),
    subject_id  INTEGER REFERENCES subject (id),
    agency_code TEXT REFERENCES agency (code),
    case_id     INTEGER REFERENCES appeal_case (id),
    relation    TEXT NOT NULL,
    statement   TEXT NOT NULL DEFAULT '',
    declared_at TEXT NOT NULL,
    CHECK (subject_id IS NOT NULL OR agency_code IS NOT NULL OR case_id IS NOT NULL)
) STRICT;
CREATE INDEX recusal_declaration_by_officer ON recusal_declaration (officer_id);

CREATE TABLE settings (
    key   TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- Full-text search over a case: rowid = appeal_case.id. The text is segmented in Java before it
-- is stored (CaseSearchText): each CJK character becomes its own token, so unicode61 (which does
-- not split CJK runs) finds Chinese names and substrings as phrases.
CREATE VIRTUAL TABLE case_search USING fts5(
    case_no, subject_name, statement, notes,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Append-only guards.
CREATE TRIGGER ledger_event_append_only_update BEFORE UPDATE ON ledger_event
BEGIN SELECT RAISE(ABORT, 'ledger_event is append-only'); END;
CREATE TRIGGER ledger_event_append_only_delete BEFORE DELETE ON ledger_event
BEGIN SELECT RAISE(ABORT, 'ledger_event is append-only'); END;
CREATE TRIGGER case_event_append_only_update BEFORE UPDATE ON case_event
BEGIN SELECT RAISE(ABORT, 'case_event is append-only'); END;
CREATE TRIGGER case_event_append_only_delete BEFORE DELETE ON case_event
BEGIN SELECT RAISE(ABORT, 'case_event is append-only'); END;
CREATE TRIGGER note_append_only_update BEFORE UPDATE ON note
BEGIN SELECT RAISE(ABORT, 'note is append-only'); END;
CREATE TRIGGER note_append_only_delete BEFORE DELETE ON note
BEGIN SELECT RAISE(ABORT, 'note is append-only'); END;
CREATE TRIGGER decision_append_only_update BEFORE UPDATE ON decision
BEGIN SELECT RAISE(ABORT, 'decision is append-only'); END;
CREATE TRIGGER decision_append_only_delete BEFORE DELETE ON decision
BEGIN SELECT RAISE(ABORT, 'decision is append-only'); END;
CREATE TRIGGER decision_outcome_append_only_update BEFORE UPDATE ON decision_outcome
BEGIN SELECT RAISE(ABORT, 'decision_outcome is append-only'); END;
CREATE TRIGGER decision_outcome_append_only_delete BEFORE DELETE ON decision_outcome
BEGIN SELECT RAISE(ABORT, 'decision_outcome is append-only'); END;
CREATE TRIGGER approval_append_only_update BEFORE UPDATE ON approval
BEGIN SELECT RAISE(ABORT, 'approval is append-only'); END;
CREATE TRIGGER approval_append_only_delete BEFORE DELETE ON approval
BEGIN SELECT RAISE(ABORT, 'approval is append-only'); END;
CREATE TRIGGER evidence_blob_append_only_update BEFORE UPDATE ON evidence_blob
BEGIN SELECT RAISE(ABORT, 'evidence_blob is append-only'); END;
CREATE TRIGGER evidence_blob_append_only_delete BEFORE DELETE ON evidence_blob
BEGIN SELECT RAISE(ABORT, 'evidence_blob is append-only'); END;
CREATE TRIGGER attachment_append_only_update BEFORE UPDATE ON attachment
BEGIN SELECT RAISE(ABORT, 'attachment is append-only'); END;
CREATE TRIGGER attachment_append_only_delete BEFORE DELETE ON attachment
BEGIN SELECT RAISE(ABORT, 'attachment is append-only'); END;
CREATE TRIGGER recusal_declaration_append_only_update BEFORE UPDATE ON recusal_declaration
BEGIN SELECT RAISE(ABORT, 'recusal_declaration is append-only'); END;
CREATE TRIGGER recusal_declaration_append_only_delete BEFORE DELETE ON recusal_declaration
BEGIN SELECT RAISE(ABORT, 'recusal_declaration is append-only'); END;
