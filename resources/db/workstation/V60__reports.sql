-- Reports (issue 18, docs/reports.md). Readable by the sqlite3 3.40 shell.
--
-- report_case and report_outcome are a cache of facts about each case, kept by the triggers below
-- in the same transaction as every change that moves them, so a report reads a few narrow rows
-- per case instead of walking histories: the day a case was acknowledged (it first left RECEIVED)
-- and closed (first reached DECIDED, NOT_ADMISSIBLE or WITHDRAWN), its final decision and that
-- decision's outcome for each disputed entry. Days are China Standard Time (UTC+8), the zone of
-- the working-day calendar (AppContext.OFFICE_ZONE). Nothing here is a source of truth: deleting
-- both tables' rows and running this file's backfill gives the same rows again.

CREATE TABLE report_case (
    case_id         INTEGER PRIMARY KEY,
    received_on     TEXT NOT NULL,
    scheme_code     TEXT NOT NULL,
    agency_code     TEXT NOT NULL,
    region          TEXT NOT NULL,
    rule_category   TEXT NOT NULL,
    status          TEXT NOT NULL,
    assignee_id     INTEGER,
    deadline_on     TEXT,
    ack_deadline_on TEXT NOT NULL,
    paused_since    TEXT,
    acknowledged_on TEXT,
    closed_on       TEXT,
    closed_as       TEXT,
    decision_id     INTEGER,
    drafter_id      INTEGER,
    approved        INTEGER NOT NULL DEFAULT 0
) STRICT;
-- Intake and acknowledgement by day of receipt.
CREATE INDEX report_case_by_received ON report_case (received_on, scheme_code, agency_code, assignee_id,
    acknowledged_on, ack_deadline_on);
-- Decisions and other closings by day.
CREATE INDEX report_case_by_closed ON report_case (closed_on, closed_as, scheme_code, agency_code, assignee_id,
    drafter_id, received_on, deadline_on, approved, decision_id) WHERE closed_on IS NOT NULL;
-- The open caseload now.
CREATE INDEX report_case_open ON report_case (status, scheme_code, agency_code, assignee_id, received_on, deadline_on,
    paused_since) WHERE status IN ('RECEIVED', 'ASSIGNED', 'IN_REVIEW', 'AWAITING_INFORMATION', 'DECISION_DRAFTED',
    'AWAITING_APPROVAL');

-- The final decision's outcome for each disputed entry of a decided case.
CREATE TABLE report_outcome (
    case_id         INTEGER NOT NULL,
    ledger_event_id INTEGER NOT NULL,
    decided_on      TEXT NOT NULL,
    outcome         TEXT NOT NULL,
    scheme_code     TEXT NOT NULL,
    rule_code       TEXT NOT NULL,
    imposed_on      TEXT NOT NULL,
    agency_code     TEXT NOT NULL,
    region          TEXT NOT NULL,
    entry_kind      TEXT NOT NULL,
    points          INTEGER NOT NULL,
    new_points      INTEGER,
    PRIMARY KEY (case_id, ledger_event_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX report_outcome_by_day ON report_outcome (decided_on, scheme_code, agency_code, rule_code, imposed_on,
    region, outcome, entry_kind, points, new_points);

CREATE TRIGGER report_case_on_insert AFTER INSERT ON appeal_case
BEGIN
    INSERT INTO report_case (case_id, received_on, scheme_code, agency_code, region, rule_category, status, assignee_id,
                             deadline_on, ack_deadline_on, paused_since)
    VALUES (NEW.id, NEW.received_on, NEW.scheme_code, NEW.agency_code, NEW.region, NEW.rule_category, NEW.status,
            NEW.assignee_id, NEW.deadline_on, NEW.ack_deadline_on, NEW.paused_since)
    ON CONFLICT (case_id) DO UPDATE SET received_on = excluded.received_on, scheme_code = excluded.scheme_code,
        agency_code = excluded.agency_code, region = excluded.region, rule_category = excluded.rule_category,
        status = excluded.status, assignee_id = excluded.assignee_id, deadline_on = excluded.deadline_on,
        ack_deadline_on = excluded.ack_deadline_on, paused_since = excluded.paused_since;
END;

CREATE TRIGGER report_case_on_change
    AFTER UPDATE OF received_on, scheme_code, agency_code, region, rule_category, status, assignee_id, deadline_on,
        ack_deadline_on, paused_since ON appeal_case
BEGIN
    UPDATE report_case SET received_on = NEW.received_on, scheme_code = NEW.scheme_code, agency_code = NEW.agency_code,
        region = NEW.region, rule_category = NEW.rule_category, status = NEW.status, assignee_id = NEW.assignee_id,
        deadline_on = NEW.deadline_on, ack_deadline_on = NEW.ack_deadline_on, paused_since = NEW.paused_since
    WHERE case_id = NEW.id;
END;

CREATE TRIGGER report_outcome_region AFTER UPDATE OF region ON appeal_case WHEN OLD.region <> NEW.region
BEGIN
    UPDATE report_outcome SET region = NEW.region WHERE case_id = NEW.id;
END;

CREATE TRIGGER report_case_on_delete AFTER DELETE ON appeal_case
BEGIN
    DELETE FROM report_outcome WHERE case_id = OLD.id;
    DELETE FROM report_case WHERE case_id = OLD.id;
END;

-- Acknowledged: the first move out of RECEIVED (assigned, or closed at once).
CREATE TRIGGER report_case_acknowledged AFTER INSERT ON case_event
    WHEN NEW.from_status = 'RECEIVED' AND NEW.to_status <> 'RECEIVED'
BEGIN
    UPDATE report_case SET acknowledged_on = date(NEW.at, '+8 hours')
    WHERE case_id = NEW.case_id AND (acknowledged_on IS NULL OR acknowledged_on > date(NEW.at, '+8 hours'));
END;

-- Closed: the first day the case reached a decision, inadmissibility or withdrawal; a decided case's
-- final decision is its latest.
CREATE TRIGGER report_case_closed AFTER INSERT ON case_event
    WHEN NEW.to_status IN ('DECIDED', 'NOT_ADMISSIBLE', 'WITHDRAWN') AND NEW.from_status IS NOT NEW.to_status
BEGIN
    UPDATE report_case SET closed_on = date(NEW.at, '+8 hours'), closed_as = NEW.to_status,
        decision_id = CASE WHEN NEW.to_status = 'DECIDED'
                           THEN (SELECT max(d.id) FROM decision d WHERE d.case_id = NEW.case_id) END
    WHERE case_id = NEW.case_id AND (closed_on IS NULL OR closed_on > date(NEW.at, '+8 hours'));
END;

-- A decision recorded after the case's decided line (bulk loads write histories first).
CREATE TRIGGER report_case_final_decision AFTER INSERT ON decision
BEGIN
    UPDATE report_case SET decision_id = NEW.id
    WHERE case_id = NEW.case_id AND closed_as = 'DECIDED' AND (decision_id IS NULL OR decision_id < NEW.id);
END;

-- A new final decision: its drafter, whether it was approved, and its outcomes.
CREATE TRIGGER report_case_decision AFTER UPDATE OF decision_id, closed_on ON report_case
    WHEN NEW.decision_id IS NOT OLD.decision_id OR NEW.closed_on IS NOT OLD.closed_on
BEGIN
    UPDATE report_case SET drafter_id = (SELECT d.drafter_id FROM decision d WHERE d.id = NEW.decision_id),
        approved = EXISTS (SELECT 1 FROM approval a WHERE a.decision_id = NEW.decision_id AND a.verdict = 'APPROVED')
    WHERE case_id = NEW.case_id;
    DELETE FROM report_outcome WHERE case_id = NEW.case_id;
    INSERT INTO report_outcome (case_id, ledger_event_id, decided_on, outcome, scheme_code, rule_code, imposed_on,
                                agency_code, region, entry_kind, points, new_points)
    SELECT NEW.case_id, o.ledger_event_id, NEW.closed_on, o.outcome, l.scheme_code, l.rule_code, l.imposed_on,
           l.agency_code, c.region, l.kind, l.points, o.new_points
    FROM decision_outcome o
    JOIN ledger_event l ON l.id = o.ledger_event_id
    JOIN appeal_case c ON c.id = NEW.case_id
    WHERE o.decision_id = NEW.decision_id AND NEW.closed_on IS NOT NULL AND NEW.closed_as = 'DECIDED';
END;

-- An outcome written after its decision became final (bulk loads again).
CREATE TRIGGER report_outcome_on_insert AFTER INSERT ON decision_outcome
    WHEN (SELECT r.decision_id FROM decision d JOIN report_case r ON r.case_id = d.case_id
          WHERE d.id = NEW.decision_id) = NEW.decision_id
BEGIN
    INSERT OR REPLACE INTO report_outcome (case_id, ledger_event_id, decided_on, outcome, scheme_code, rule_code,
                                           imposed_on, agency_code, region, entry_kind, points, new_points)
    SELECT r.case_id, NEW.ledger_event_id, r.closed_on, NEW.outcome, l.scheme_code, l.rule_code, l.imposed_on,
           l.agency_code, c.region, l.kind, l.points, NEW.new_points
    FROM decision d
    JOIN report_case r ON r.case_id = d.case_id
    JOIN appeal_case c ON c.id = d.case_id
    JOIN ledger_event l ON l.id = NEW.ledger_event_id
    WHERE d.id = NEW.decision_id AND r.closed_on IS NOT NULL;
END;

CREATE TRIGGER report_case_approved AFTER INSERT ON approval WHEN NEW.verdict = 'APPROVED'
BEGIN
    UPDATE report_case SET approved = 1
    WHERE case_id = (SELECT d.case_id FROM decision d WHERE d.id = NEW.decision_id) AND decision_id = NEW.decision_id;
END;

-- What the cases already here give.
INSERT INTO report_case (case_id, received_on, scheme_code, agency_code, region, rule_category, status, assignee_id,
                         deadline_on, ack_deadline_on, paused_since, acknowledged_on, closed_on, closed_as)
SELECT c.id, c.received_on, c.scheme_code, c.agency_code, c.region, c.rule_category, c.status, c.assignee_id,
       c.deadline_on, c.ack_deadline_on, c.paused_since,
       (SELECT min(date(e.at, '+8 hours')) FROM case_event e
        WHERE e.case_id = c.id AND e.from_status = 'RECEIVED' AND e.to_status <> 'RECEIVED'),
       (SELECT date(e.at, '+8 hours') FROM case_event e
        WHERE e.case_id = c.id AND e.to_status IN ('DECIDED', 'NOT_ADMISSIBLE', 'WITHDRAWN')
          AND e.from_status IS NOT e.to_status ORDER BY date(e.at, '+8 hours'), e.id LIMIT 1),
       (SELECT e.to_status FROM case_event e
        WHERE e.case_id = c.id AND e.to_status IN ('DECIDED', 'NOT_ADMISSIBLE', 'WITHDRAWN')
          AND e.from_status IS NOT e.to_status ORDER BY date(e.at, '+8 hours'), e.id LIMIT 1)
FROM appeal_case c;

UPDATE report_case SET decision_id = (SELECT max(d.id) FROM decision d WHERE d.case_id = report_case.case_id)
WHERE closed_as = 'DECIDED';

-- ---------------------------------------------------------------------------------------------
-- Reported scores checked against the ledger (LedgerDerivation.checkReported): one row per ledger
-- entry that carries a score the agency reported, with the score the ledger gives at the end of
-- that entry's day (NULL for a scheme with no score). Kept by store.ScoreChecks: an entry added to
-- a subject's ledger under a scheme with reported scores marks the ledger pending, and the next
-- import, report or settle recomputes its checks (an entry dated earlier changes later scores).
CREATE TABLE score_check (
    ledger_event_id INTEGER PRIMARY KEY,
    subject_id      INTEGER NOT NULL,
    scheme_code     TEXT NOT NULL,
    agency_code     TEXT NOT NULL,
    imposed_on      TEXT NOT NULL,
    reported        INTEGER NOT NULL,
    recomputed      INTEGER
) STRICT;
CREATE INDEX score_check_by_subject ON score_check (subject_id, scheme_code);
CREATE INDEX score_check_by_day ON score_check (imposed_on, scheme_code, agency_code, reported, recomputed, subject_id);

CREATE TABLE score_check_pending (
    subject_id  INTEGER NOT NULL,
    scheme_code TEXT NOT NULL,
    PRIMARY KEY (subject_id, scheme_code)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER score_check_on_ledger AFTER INSERT ON ledger_event
    WHEN NEW.reported_score IS NOT NULL
        OR EXISTS (SELECT 1 FROM score_check s WHERE s.subject_id = NEW.subject_id AND s.scheme_code = NEW.scheme_code)
BEGIN
    INSERT OR IGNORE INTO score_check_pending (subject_id, scheme_code) VALUES (NEW.subject_id, NEW.scheme_code);
END;

INSERT OR IGNORE INTO score_check_pending (subject_id, scheme_code)
SELECT DISTINCT subject_id, scheme_code FROM ledger_event WHERE reported_score IS NOT NULL;

-- ---------------------------------------------------------------------------------------------
-- Re-deduction attempts the guard refused at import (intake.GuardRefusals), kept whether or not the
-- file was imported: a reversed deduction sent again is the signal, not the file. Day is the
-- office's day of the import; no subject, name or reference is kept.
CREATE TABLE guard_refusal (
    id          INTEGER PRIMARY KEY,
    refused_on  TEXT NOT NULL,
    agency_code TEXT NOT NULL,
    scheme_code TEXT NOT NULL,
    rule_code   TEXT NOT NULL,
    imposed_on  TEXT NOT NULL
) STRICT;
CREATE INDEX guard_refusal_by_day ON guard_refusal (refused_on, scheme_code, agency_code);
