-- A supervisor reopened a decided case (issue 19, item 6): why, when, by whom, and what stood
-- before — the decision in force and the letter in force (either may be absent: a case decided
-- but not yet sent a letter). Append-only: a case reopened twice has two rows. The next decision
-- supersedes decision_id; the next letter supersedes letter_id (letter_superseded, V41).
-- Readable by the sqlite3 3.40 shell.
CREATE TABLE case_reopening (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES appeal_case (id),
    reopened_at  TEXT NOT NULL,
    reopened_by  INTEGER NOT NULL REFERENCES officer (id),
    reason_code  TEXT NOT NULL CHECK (reason_code IN ('NEW_EVIDENCE', 'ERROR_FOUND')),
    reason_text  TEXT NOT NULL CHECK (length(reason_text) > 0),
    from_status  TEXT NOT NULL CHECK (from_status IN ('DECIDED', 'LETTER_ISSUED', 'CLOSED')),
    decision_id  INTEGER REFERENCES decision (id),
    letter_id    INTEGER REFERENCES issued_letter (id),
    deadline_on  TEXT
) STRICT;
CREATE INDEX case_reopening_by_case ON case_reopening (case_id, id);
