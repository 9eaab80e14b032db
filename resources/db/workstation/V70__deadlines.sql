-- Deadlines that manage themselves (issue 19): acknowledgement, bounded information requests,
-- extensions, breaches and the hub's escalations, and the holiday notices an administrator loads.
-- Readable by the sqlite3 3.40 shell.

-- The day receipt was acknowledged (NULL: not yet); on time when not after ack_deadline_on.
ALTER TABLE appeal_case ADD COLUMN acknowledged_on TEXT;

-- A request for information: what is missing (a JSON list of texts) and by when the applicant
-- replies. While open, the case's clock stands still; it closes ANSWERED (information received),
-- LAPSED (the reply-by passed; closed_on is the day after it, when the clock runs again) or
-- WITHDRAWN (the case was withdrawn). lapse_choice is the officer's choice on a lapsed request.
CREATE TABLE information_request (
    id            INTEGER PRIMARY KEY,
    case_id       INTEGER NOT NULL REFERENCES appeal_case (id),
    requested_on  TEXT NOT NULL,
    reply_by      TEXT NOT NULL,
    working_days  INTEGER NOT NULL CHECK (working_days >= 1),
    items         TEXT NOT NULL,
    requested_by  INTEGER REFERENCES officer (id),
    state         TEXT NOT NULL DEFAULT 'OPEN' CHECK (state IN ('OPEN', 'ANSWERED', 'LAPSED', 'WITHDRAWN')),
    closed_on     TEXT,
    lapse_choice  TEXT CHECK (lapse_choice IS NULL OR lapse_choice IN ('DECIDE_ON_FILE', 'CLOSE_AS_WITHDRAWN')),
    -- The hub's name for it (the id of the mutation that made it), so a pull recognises it.
    hub_id        TEXT UNIQUE
) STRICT;
CREATE INDEX information_request_by_case ON information_request (case_id, id);
CREATE INDEX information_request_open ON information_request (state, reply_by) WHERE state = 'OPEN';

-- An extension of the decision deadline: asked for with a reason code, decided by a supervisor
-- who is not the requester. An approved one moved the deadline from deadline_before to deadline_after.
CREATE TABLE extension_request (
    id              INTEGER PRIMARY KEY,
    case_id         INTEGER NOT NULL REFERENCES appeal_case (id),
    requested_at    TEXT NOT NULL,
    requested_by    INTEGER NOT NULL REFERENCES officer (id),
    reason_code     TEXT NOT NULL,
    reason_text     TEXT NOT NULL DEFAULT '',
    working_days    INTEGER NOT NULL CHECK (working_days >= 1),
    state           TEXT NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'APPROVED', 'REFUSED')),
    decided_by      INTEGER REFERENCES officer (id),
    decided_at      TEXT,
    comment         TEXT NOT NULL DEFAULT '',
    deadline_before TEXT,
    deadline_after  TEXT,
    hub_id          TEXT UNIQUE,
    CHECK (state = 'PENDING' OR decided_by IS NOT NULL),
    CHECK (decided_by IS NULL OR decided_by <> requested_by)
) STRICT;
CREATE INDEX extension_request_by_case ON extension_request (case_id, id);
CREATE INDEX extension_request_pending ON extension_request (state) WHERE state = 'PENDING';

-- A decision deadline that passed with the case still open, as the office's rule handled it.
CREATE TABLE deadline_breach (
    case_id       INTEGER NOT NULL REFERENCES appeal_case (id),
    deadline_on   TEXT NOT NULL,
    noticed_on    TEXT NOT NULL,
    rule          TEXT NOT NULL CHECK (rule IN ('FLAG_SUPERVISOR', 'REASSIGN')),
    reassigned_to INTEGER REFERENCES officer (id),
    PRIMARY KEY (case_id, deadline_on)
) STRICT, WITHOUT ROWID;

-- Cases the hub escalated to the region above (pulled from the hub).
CREATE TABLE case_escalation (
    case_no      TEXT NOT NULL,
    deadline_on  TEXT NOT NULL,
    region_code  TEXT NOT NULL,
    escalated_on TEXT NOT NULL,
    PRIMARY KEY (case_no, deadline_on)
) STRICT, WITHOUT ROWID;

-- Holiday notices an administrator loaded (redress calendar load), newest per year in force.
-- Append-only: a corrected notice is a new row.
CREATE TABLE calendar_notice (
    id        INTEGER PRIMARY KEY,
    year      INTEGER NOT NULL,
    file_name TEXT NOT NULL,
    content   TEXT NOT NULL,
    sha256    TEXT NOT NULL CHECK (length(sha256) = 64),
    loaded_by INTEGER NOT NULL REFERENCES officer (id),
    loaded_at TEXT NOT NULL
) STRICT;
CREATE TRIGGER calendar_notice_append_only_update BEFORE UPDATE ON calendar_notice
BEGIN SELECT RAISE(ABORT, 'calendar_notice is append-only'); END;
CREATE TRIGGER calendar_notice_append_only_delete BEFORE DELETE ON calendar_notice
BEGIN SELECT RAISE(ABORT, 'calendar_notice is append-only'); END;
