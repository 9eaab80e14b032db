-- Report aggregates (issue 18, docs/reports.md): counts per day kept in the transaction of every
-- change by triggers on report_case and report_outcome (V60), so that a report reads a few thousand
-- aggregate rows instead of a row per case. Each table holds a row per (scheme_code, agency_code,
-- key...) and, where marked, rows with '*' standing for every scheme or every agency, so a report
-- narrowed to one scheme, one agency, both or neither reads exactly its own rows. Key columns are
-- NOT NULL ('' or 0 stands for none) so that the primary key finds a group. A group whose count
-- falls to 0 is deleted. Nothing here is a source of truth: deleting an aggregate's rows and running
-- its backfill below gives the same rows again, and ReportFiguresPropertiesTest checks every figure
-- computed from them against the raw rows after random changes. Readable by the sqlite3 3.40 shell.

-- What a decided case's final decision gave back (four-eyes: a decision giving back more points
-- than the scheme's threshold, or reversing a list entry, goes to a supervisor whatever the sample).
ALTER TABLE report_case ADD COLUMN given_back INTEGER NOT NULL DEFAULT 0;
ALTER TABLE report_case ADD COLUMN list_reversed INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER report_case_given_back_insert AFTER INSERT ON report_outcome
BEGIN
    UPDATE report_case SET
        given_back = coalesce((SELECT sum(CASE o.outcome WHEN 'REVERSED' THEN max(0, -o.points) WHEN 'AMENDED' THEN
            CASE WHEN o.new_points IS NULL THEN 0 ELSE max(0, o.new_points - o.points) END ELSE 0 END)
            FROM report_outcome o WHERE o.case_id = NEW.case_id), 0),
        list_reversed = EXISTS (SELECT 1 FROM report_outcome o WHERE o.case_id = NEW.case_id AND o.outcome = 'REVERSED'
            AND o.entry_kind = 'LIST_ENTRY')
    WHERE case_id = NEW.case_id;
END;

CREATE TRIGGER report_case_given_back_delete AFTER DELETE ON report_outcome
BEGIN
    UPDATE report_case SET
        given_back = coalesce((SELECT sum(CASE o.outcome WHEN 'REVERSED' THEN max(0, -o.points) WHEN 'AMENDED' THEN
            CASE WHEN o.new_points IS NULL THEN 0 ELSE max(0, o.new_points - o.points) END ELSE 0 END)
            FROM report_outcome o WHERE o.case_id = OLD.case_id), 0),
        list_reversed = EXISTS (SELECT 1 FROM report_outcome o WHERE o.case_id = OLD.case_id AND o.outcome = 'REVERSED'
            AND o.entry_kind = 'LIST_ENTRY')
    WHERE case_id = OLD.case_id;
END;

CREATE TRIGGER report_case_given_back_update AFTER UPDATE OF outcome, points, new_points, entry_kind ON report_outcome
BEGIN
    UPDATE report_case SET
        given_back = coalesce((SELECT sum(CASE o.outcome WHEN 'REVERSED' THEN max(0, -o.points) WHEN 'AMENDED' THEN
            CASE WHEN o.new_points IS NULL THEN 0 ELSE max(0, o.new_points - o.points) END ELSE 0 END)
            FROM report_outcome o WHERE o.case_id = NEW.case_id), 0),
        list_reversed = EXISTS (SELECT 1 FROM report_outcome o WHERE o.case_id = NEW.case_id AND o.outcome = 'REVERSED'
            AND o.entry_kind = 'LIST_ENTRY')
    WHERE case_id = NEW.case_id;
END;

UPDATE report_case SET
    given_back = coalesce((SELECT sum(CASE o.outcome WHEN 'REVERSED' THEN max(0, -o.points) WHEN 'AMENDED' THEN
        CASE WHEN o.new_points IS NULL THEN 0 ELSE max(0, o.new_points - o.points) END ELSE 0 END)
        FROM report_outcome o WHERE o.case_id = report_case.case_id), 0),
    list_reversed = EXISTS (SELECT 1 FROM report_outcome o WHERE o.case_id = report_case.case_id
        AND o.outcome = 'REVERSED' AND o.entry_kind = 'LIST_ENTRY')
WHERE case_id IN (SELECT case_id FROM report_outcome);

-- V60's late-outcome trigger replaced a row with INSERT OR REPLACE, whose implicit delete fires no
-- trigger (recursive_triggers is off): the aggregates would count a replaced outcome twice. The
-- same trigger, deleting first.
DROP TRIGGER report_outcome_on_insert;
CREATE TRIGGER report_outcome_on_insert AFTER INSERT ON decision_outcome
    WHEN (SELECT r.decision_id FROM decision d JOIN report_case r ON r.case_id = d.case_id
          WHERE d.id = NEW.decision_id) = NEW.decision_id
BEGIN
    DELETE FROM report_outcome WHERE ledger_event_id = NEW.ledger_event_id
        AND case_id = (SELECT d.case_id FROM decision d WHERE d.id = NEW.decision_id);
    INSERT INTO report_outcome (case_id, ledger_event_id, decided_on, outcome, scheme_code, rule_code,
                                imposed_on, agency_code, region, entry_kind, points, new_points)
    SELECT r.case_id, NEW.ledger_event_id, r.closed_on, NEW.outcome, l.scheme_code, l.rule_code, l.imposed_on,
           l.agency_code, c.region, l.kind, l.points, NEW.new_points
    FROM decision d
    JOIN report_case r ON r.case_id = d.case_id
    JOIN appeal_case c ON c.id = d.case_id
    JOIN ledger_event l ON l.id = NEW.ledger_event_id
    WHERE d.id = NEW.decision_id AND r.closed_on IS NOT NULL;
END;

-- The versions of every rule that has more than one, as the catalog gives them (valid_to
-- '9999-12-31' while in force). The catalog lives in the application, not here: reports.ReportAggregates
-- writes these rows when they differ from the catalog and then rebuilds report_agg_rule from
-- report_outcome, so an outcome is counted under the version in force on the day its entry was imposed.
CREATE TABLE report_rule_version (
    scheme_code TEXT NOT NULL,
    rule_code   TEXT NOT NULL,
    valid_from  TEXT NOT NULL,
    valid_to    TEXT NOT NULL,
    PRIMARY KEY (scheme_code, rule_code, valid_from)
) STRICT, WITHOUT ROWID;

-- Cases by day of receipt, acknowledgement deadline and day acknowledged ('' not yet).
-- Rows for every scheme_code/agency_code pair and '*' (all) for either or both.
CREATE TABLE report_agg_received (
    scheme_code TEXT NOT NULL,
    agency_code TEXT NOT NULL,
    received_on TEXT NOT NULL,
    ack_deadline_on TEXT NOT NULL,
    acknowledged_on TEXT NOT NULL,
    cases INTEGER NOT NULL,
    PRIMARY KEY (scheme_code, agency_code, received_on, ack_deadline_on, acknowledged_on)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER report_agg_received_insert AFTER INSERT ON report_case
BEGIN
    INSERT INTO report_agg_received (scheme_code, agency_code, received_on, ack_deadline_on, acknowledged_on, cases)
    SELECT s.v, a.v, NEW.received_on, NEW.ack_deadline_on, coalesce(NEW.acknowledged_on, ''), 1
    FROM (SELECT NEW.scheme_code AS v UNION ALL SELECT '*') s, (SELECT NEW.agency_code AS v UNION ALL SELECT '*') a WHERE 1
    ON CONFLICT (scheme_code, agency_code, received_on, ack_deadline_on, acknowledged_on) DO UPDATE SET cases = cases + excluded.cases;
END;

CREATE TRIGGER report_agg_received_delete AFTER DELETE ON report_case
BEGIN
    INSERT INTO report_agg_received (scheme_code, agency_code, received_on, ack_deadline_on, acknowledged_on, cases)
    SELECT s.v, a.v, OLD.received_on, OLD.ack_deadline_on, coalesce(OLD.acknowledged_on, ''), -1
    FROM (SELECT OLD.scheme_code AS v UNION ALL SELECT '*') s, (SELECT OLD.agency_code AS v UNION ALL SELECT '*') a WHERE 1
    ON CONFLICT (scheme_code, agency_code, received_on, ack_deadline_on, acknowledged_on) DO UPDATE SET cases = cases + excluded.cases;
    DELETE FROM report_agg_received WHERE cases = 0 AND scheme_code IN (OLD.scheme_code, '*') AND agency_code IN (OLD.agency_code, '*')
        AND received_on = OLD.received_on AND ack_deadline_on = OLD.ack_deadline_on AND acknowledged_on = coalesce(OLD.acknowledged_on, '');
END;

CREATE TRIGGER report_agg_received_update AFTER UPDATE OF ack_deadline_on, acknowledged_on, agency_code, received_on, scheme_code ON report_case
    WHEN OLD.ack_deadline_on IS NOT NEW.ack_deadline_on OR OLD.acknowledged_on IS NOT NEW.acknowledged_on OR OLD.agency_code IS NOT NEW.agency_code OR OLD.received_on IS NOT NEW.received_on OR OLD.scheme_code IS NOT NEW.scheme_code
BEGIN
    INSERT INTO report_agg_received (scheme_code, agency_code, received_on, ack_deadline_on, acknowledged_on, cases)
    SELECT s.v, a.v, OLD.received_on, OLD.ack_deadline_on, coalesce(OLD.acknowledged_on, ''), -1
    FROM (SELECT OLD.scheme_code AS v UNION ALL SELECT '*') s, (SELECT OLD.agency_code AS v UNION ALL SELECT '*') a WHERE 1
    ON CONFLICT (scheme_code, agency_code, received_on, ack_deadline_on, acknowledged_on) DO UPDATE SET cases = cases + excluded.cases;
    DELETE FROM report_agg_received WHERE cases = 0 AND scheme_code IN (OLD.scheme_code, '*') AND agency_code IN (OLD.agency_code, '*')
        AND received_on = OLD.received_on AND ack_deadline_on = OLD.ack_deadline_on AND acknowledged_on = coalesce(OLD.acknowledged_on, '');
    INSERT INTO report_agg_received (scheme_code, agency_code, received_on, ack_deadline_on, acknowledged_on, cases)
    SELECT s.v, a.v, NEW.received_on, NEW.ack_deadline_on, coalesce(NEW.acknowledged_on, ''), 1
    FROM (SELECT NEW.scheme_code AS v UNION ALL SELECT '*') s, (SELECT NEW.agency_code AS v UNION ALL SELECT '*') a WHERE 1
    ON CONFLICT (scheme_code, agency_code, received_on, ack_deadline_on, acknowledged_on) DO UPDATE SET cases = cases + excluded.cases;
END;

INSERT INTO report_agg_received (scheme_code, agency_code, received_on, ack_deadline_on, acknowledged_on, cases)
SELECT CASE x.l WHEN 0 THEN R.scheme_code ELSE '*' END, CASE y.l WHEN 0 THEN R.agency_code ELSE '*' END, R.received_on, R.ack_deadline_on, coalesce(R.acknowledged_on, ''), count(*)
FROM report_case R, (SELECT 0 AS l UNION ALL SELECT 1) x, (SELECT 0 AS l UNION ALL SELECT 1) y WHERE 1
GROUP BY 1, 2, 3, 4, 5;

-- Open cases now by status, day received, deadline ('' paused) and day paused ('' not).
-- Rows for every scheme_code/agency_code pair and '*' (all) for either or both.
CREATE TABLE report_agg_open (
    scheme_code TEXT NOT NULL,
    agency_code TEXT NOT NULL,
    status TEXT NOT NULL,
    received_on TEXT NOT NULL,
    deadline_on TEXT NOT NULL,
    paused_since TEXT NOT NULL,
    cases INTEGER NOT NULL,
    PRIMARY KEY (scheme_code, agency_code, status, received_on, deadline_on, paused_since)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER report_agg_open_insert AFTER INSERT ON report_case
BEGIN
    INSERT INTO report_agg_open (scheme_code, agency_code, status, received_on, deadline_on, paused_since, cases)
    SELECT s.v, a.v, NEW.status, NEW.received_on, coalesce(NEW.deadline_on, ''), coalesce(NEW.paused_since, ''), 1
    FROM (SELECT NEW.scheme_code AS v UNION ALL SELECT '*') s, (SELECT NEW.agency_code AS v UNION ALL SELECT '*') a WHERE NEW.status IN ('RECEIVED', 'ASSIGNED', 'IN_REVIEW', 'AWAITING_INFORMATION', 'DECISION_DRAFTED', 'AWAITING_APPROVAL')
    ON CONFLICT (scheme_code, agency_code, status, received_on, deadline_on, paused_since) DO UPDATE SET cases = cases + excluded.cases;
END;

CREATE TRIGGER report_agg_open_delete AFTER DELETE ON report_case
BEGIN
    INSERT INTO report_agg_open (scheme_code, agency_code, status, received_on, deadline_on, paused_since, cases)
    SELECT s.v, a.v, OLD.status, OLD.received_on, coalesce(OLD.deadline_on, ''), coalesce(OLD.paused_since, ''), -1
    FROM (SELECT OLD.scheme_code AS v UNION ALL SELECT '*') s, (SELECT OLD.agency_code AS v UNION ALL SELECT '*') a WHERE OLD.status IN ('RECEIVED', 'ASSIGNED', 'IN_REVIEW', 'AWAITING_INFORMATION', 'DECISION_DRAFTED', 'AWAITING_APPROVAL')
    ON CONFLICT (scheme_code, agency_code, status, received_on, deadline_on, paused_since) DO UPDATE SET cases = cases + excluded.cases;
    DELETE FROM report_agg_open WHERE cases = 0 AND scheme_code IN (OLD.scheme_code, '*') AND agency_code IN (OLD.agency_code, '*')
        AND status = OLD.status AND received_on = OLD.received_on AND deadline_on = coalesce(OLD.deadline_on, '') AND paused_since = coalesce(OLD.paused_since, '');
END;

CREATE TRIGGER report_agg_open_update AFTER UPDATE OF agency_code, deadline_on, paused_since, received_on, scheme_code, status ON report_case
    WHEN OLD.agency_code IS NOT NEW.agency_code OR OLD.deadline_on IS NOT NEW.deadline_on OR OLD.paused_since IS NOT NEW.paused_since OR OLD.received_on IS NOT NEW.received_on OR OLD.scheme_code IS NOT NEW.scheme_code OR OLD.status IS NOT NEW.status
BEGIN
    INSERT INTO report_agg_open (scheme_code, agency_code, status, received_on, deadline_on, paused_since, cases)
    SELECT s.v, a.v, OLD.status, OLD.received_on, coalesce(OLD.deadline_on, ''), coalesce(OLD.paused_since, ''), -1
    FROM (SELECT OLD.scheme_code AS v UNION ALL SELECT '*') s, (SELECT OLD.agency_code AS v UNION ALL SELECT '*') a WHERE OLD.status IN ('RECEIVED', 'ASSIGNED', 'IN_REVIEW', 'AWAITING_INFORMATION', 'DECISION_DRAFTED', 'AWAITING_APPROVAL')
    ON CONFLICT (scheme_code, agency_code, status, received_on, deadline_on, paused_since) DO UPDATE SET cases = cases + excluded.cases;
    DELETE FROM report_agg_open WHERE cases = 0 AND scheme_code IN (OLD.scheme_code, '*') AND agency_code IN (OLD.agency_code, '*')
        AND status = OLD.status AND received_on = OLD.received_on AND deadline_on = coalesce(OLD.deadline_on, '') AND paused_since = coalesce(OLD.paused_since, '');
    INSERT INTO report_agg_open (scheme_code, agency_code, status, received_on, deadline_on, paused_since, cases)
    SELECT s.v, a.v, NEW.status, NEW.received_on, coalesce(NEW.deadline_on, ''), coalesce(NEW.paused_since, ''), 1
    FROM (SELECT NEW.scheme_code AS v UNION ALL SELECT '*') s, (SELECT NEW.agency_code AS v UNION ALL SELECT '*') a WHERE NEW.status IN ('RECEIVED', 'ASSIGNED', 'IN_REVIEW', 'AWAITING_INFORMATION', 'DECISION_DRAFTED', 'AWAITING_APPROVAL')
    ON CONFLICT (scheme_code, agency_code, status, received_on, deadline_on, paused_since) DO UPDATE SET cases = cases + excluded.cases;
END;

INSERT INTO report_agg_open (scheme_code, agency_code, status, received_on, deadline_on, paused_since, cases)
SELECT CASE x.l WHEN 0 THEN R.scheme_code ELSE '*' END, CASE y.l WHEN 0 THEN R.agency_code ELSE '*' END, R.status, R.received_on, coalesce(R.deadline_on, ''), coalesce(R.paused_since, ''), count(*)
FROM report_case R, (SELECT 0 AS l UNION ALL SELECT 1) x, (SELECT 0 AS l UNION ALL SELECT 1) y WHERE R.status IN ('RECEIVED', 'ASSIGNED', 'IN_REVIEW', 'AWAITING_INFORMATION', 'DECISION_DRAFTED', 'AWAITING_APPROVAL')
GROUP BY 1, 2, 3, 4, 5, 6;

-- Open cases now by assignee (0 none) and deadline ('' paused).
-- Rows for every scheme_code/agency_code pair and '*' (all) for either or both.
CREATE TABLE report_agg_open_assignee (
    scheme_code TEXT NOT NULL,
    agency_code TEXT NOT NULL,
    assignee_id INTEGER NOT NULL,
    deadline_on TEXT NOT NULL,
    cases INTEGER NOT NULL,
    PRIMARY KEY (scheme_code, agency_code, assignee_id, deadline_on)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER report_agg_open_assignee_insert AFTER INSERT ON report_case
BEGIN
    INSERT INTO report_agg_open_assignee (scheme_code, agency_code, assignee_id, deadline_on, cases)
    SELECT s.v, a.v, coalesce(NEW.assignee_id, 0), coalesce(NEW.deadline_on, ''), 1
    FROM (SELECT NEW.scheme_code AS v UNION ALL SELECT '*') s, (SELECT NEW.agency_code AS v UNION ALL SELECT '*') a WHERE NEW.status IN ('RECEIVED', 'ASSIGNED', 'IN_REVIEW', 'AWAITING_INFORMATION', 'DECISION_DRAFTED', 'AWAITING_APPROVAL')
    ON CONFLICT (scheme_code, agency_code, assignee_id, deadline_on) DO UPDATE SET cases = cases + excluded.cases;
END;

CREATE TRIGGER report_agg_open_assignee_delete AFTER DELETE ON report_case
BEGIN
    INSERT INTO report_agg_open_assignee (scheme_code, agency_code, assignee_id, deadline_on, cases)
    SELECT s.v, a.v, coalesce(OLD.assignee_id, 0), coalesce(OLD.deadline_on, ''), -1
    FROM (SELECT OLD.scheme_code AS v UNION ALL SELECT '*') s, (SELECT OLD.agency_code AS v UNION ALL SELECT '*') a WHERE OLD.status IN ('RECEIVED', 'ASSIGNED', 'IN_REVIEW', 'AWAITING_INFORMATION', 'DECISION_DRAFTED', 'AWAITING_APPROVAL')
    ON CONFLICT (scheme_code, agency_code, assignee_id, deadline_on) DO UPDATE SET cases = cases + excluded.cases;
    DELETE FROM report_agg_open_assignee WHERE cases = 0 AND scheme_code IN (OLD.scheme_code, '*') AND agency_code IN (OLD.agency_code, '*')
        AND assignee_id = coalesce(OLD.assignee_id, 0) AND deadline_on = coalesce(OLD.deadline_on, '');
END;

CREATE TRIGGER report_agg_open_assignee_update AFTER UPDATE OF agency_code, assignee_id, deadline_on, scheme_code, status ON report_case
    WHEN OLD.agency_code IS NOT NEW.agency_code OR OLD.assignee_id IS NOT NEW.assignee_id OR OLD.deadline_on IS NOT NEW.deadline_on OR OLD.scheme_code IS NOT NEW.scheme_code OR OLD.status IS NOT NEW.status
BEGIN
    INSERT INTO report_agg_open_assignee (scheme_code, agency_code, assignee_id, deadline_on, cases)
    SELECT s.v, a.v, coalesce(OLD.assignee_id, 0), coalesce(OLD.deadline_on, ''), -1
    FROM (SELECT OLD.scheme_code AS v UNION ALL SELECT '*') s, (SELECT OLD.agency_code AS v UNION ALL SELECT '*') a WHERE OLD.status IN ('RECEIVED', 'ASSIGNED', 'IN_REVIEW', 'AWAITING_INFORMATION', 'DECISION_DRAFTED', 'AWAITING_APPROVAL')
    ON CONFLICT (scheme_code, agency_code, assignee_id, deadline_on) DO UPDATE SET cases = cases + excluded.cases;
    DELETE FROM report_agg_open_assignee WHERE cases = 0 AND scheme_code IN (OLD.scheme_code, '*') AND agency_code IN (OLD.agency_code, '*')
        AND assignee_id = coalesce(OLD.assignee_id, 0) AND deadline_on = coalesce(OLD.deadline_on, '');
    INSERT INTO report_agg_open_assignee (scheme_code, agency_code, assignee_id, deadline_on, cases)
    SELECT s.v, a.v, coalesce(NEW.assignee_id, 0), coalesce(NEW.deadline_on, ''), 1
    FROM (SELECT NEW.scheme_code AS v UNION ALL SELECT '*') s, (SELECT NEW.agency_code AS v UNION ALL SELECT '*') a WHERE NEW.status IN ('RECEIVED', 'ASSIGNED', 'IN_REVIEW', 'AWAITING_INFORMATION', 'DECISION_DRAFTED', 'AWAITING_APPROVAL')
    ON CONFLICT (scheme_code, agency_code, assignee_id, deadline_on) DO UPDATE SET cases = cases + excluded.cases;
END;

INSERT INTO report_agg_open_assignee (scheme_code, agency_code, assignee_id, deadline_on, cases)
SELECT CASE x.l WHEN 0 THEN R.scheme_code ELSE '*' END, CASE y.l WHEN 0 THEN R.agency_code ELSE '*' END, coalesce(R.assignee_id, 0), coalesce(R.deadline_on, ''), count(*)
FROM report_case R, (SELECT 0 AS l UNION ALL SELECT 1) x, (SELECT 0 AS l UNION ALL SELECT 1) y WHERE R.status IN ('RECEIVED', 'ASSIGNED', 'IN_REVIEW', 'AWAITING_INFORMATION', 'DECISION_DRAFTED', 'AWAITING_APPROVAL')
GROUP BY 1, 2, 3, 4;

-- Cases decided or found not admissible, by day closed, day received and deadline ('' none).
-- Rows for every scheme_code/agency_code pair and '*' (all) for either or both.
CREATE TABLE report_agg_closed (
    scheme_code TEXT NOT NULL,
    agency_code TEXT NOT NULL,
    closed_as TEXT NOT NULL,
    closed_on TEXT NOT NULL,
    received_on TEXT NOT NULL,
    deadline_on TEXT NOT NULL,
    cases INTEGER NOT NULL,
    PRIMARY KEY (scheme_code, agency_code, closed_as, closed_on, received_on, deadline_on)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER report_agg_closed_insert AFTER INSERT ON report_case
BEGIN
    INSERT INTO report_agg_closed (scheme_code, agency_code, closed_as, closed_on, received_on, deadline_on, cases)
    SELECT s.v, a.v, NEW.closed_as, NEW.closed_on, NEW.received_on, coalesce(NEW.deadline_on, ''), 1
    FROM (SELECT NEW.scheme_code AS v UNION ALL SELECT '*') s, (SELECT NEW.agency_code AS v UNION ALL SELECT '*') a WHERE NEW.closed_on IS NOT NULL AND NEW.closed_as IN ('DECIDED', 'NOT_ADMISSIBLE')
    ON CONFLICT (scheme_code, agency_code, closed_as, closed_on, received_on, deadline_on) DO UPDATE SET cases = cases + excluded.cases;
END;

CREATE TRIGGER report_agg_closed_delete AFTER DELETE ON report_case
BEGIN
    INSERT INTO report_agg_closed (scheme_code, agency_code, closed_as, closed_on, received_on, deadline_on, cases)
    SELECT s.v, a.v, OLD.closed_as, OLD.closed_on, OLD.received_on, coalesce(OLD.deadline_on, ''), -1
    FROM (SELECT OLD.scheme_code AS v UNION ALL SELECT '*') s, (SELECT OLD.agency_code AS v UNION ALL SELECT '*') a WHERE OLD.closed_on IS NOT NULL AND OLD.closed_as IN ('DECIDED', 'NOT_ADMISSIBLE')
    ON CONFLICT (scheme_code, agency_code, closed_as, closed_on, received_on, deadline_on) DO UPDATE SET cases = cases + excluded.cases;
    DELETE FROM report_agg_closed WHERE cases = 0 AND scheme_code IN (OLD.scheme_code, '*') AND agency_code IN (OLD.agency_code, '*')
        AND closed_as = OLD.closed_as AND closed_on = OLD.closed_on AND received_on = OLD.received_on AND deadline_on = coalesce(OLD.deadline_on, '');
END;

CREATE TRIGGER report_agg_closed_update AFTER UPDATE OF agency_code, closed_as, closed_on, deadline_on, received_on, scheme_code ON report_case
    WHEN OLD.agency_code IS NOT NEW.agency_code OR OLD.closed_as IS NOT NEW.closed_as OR OLD.closed_on IS NOT NEW.closed_on OR OLD.deadline_on IS NOT NEW.deadline_on OR OLD.received_on IS NOT NEW.received_on OR OLD.scheme_code IS NOT NEW.scheme_code
BEGIN
    INSERT INTO report_agg_closed (scheme_code, agency_code, closed_as, closed_on, received_on, deadline_on, cases)
    SELECT s.v, a.v, OLD.closed_as, OLD.closed_on, OLD.received_on, coalesce(OLD.deadline_on, ''), -1
    FROM (SELECT OLD.scheme_code AS v UNION ALL SELECT '*') s, (SELECT OLD.agency_code AS v UNION ALL SELECT '*') a WHERE OLD.closed_on IS NOT NULL AND OLD.closed_as IN ('DECIDED', 'NOT_ADMISSIBLE')
    ON CONFLICT (scheme_code, agency_code, closed_as, closed_on, received_on, deadline_on) DO UPDATE SET cases = cases + excluded.cases;
    DELETE FROM report_agg_closed WHERE cases = 0 AND scheme_code IN (OLD.scheme_code, '*') AND agency_code IN (OLD.agency_code, '*')
        AND closed_as = OLD.closed_as AND closed_on = OLD.closed_on AND received_on = OLD.received_on AND deadline_on = coalesce(OLD.deadline_on, '');
    INSERT INTO report_agg_closed (scheme_code, agency_code, closed_as, closed_on, received_on, deadline_on, cases)
    SELECT s.v, a.v, NEW.closed_as, NEW.closed_on, NEW.received_on, coalesce(NEW.deadline_on, ''), 1
    FROM (SELECT NEW.scheme_code AS v UNION ALL SELECT '*') s, (SELECT NEW.agency_code AS v UNION ALL SELECT '*') a WHERE NEW.closed_on IS NOT NULL AND NEW.closed_as IN ('DECIDED', 'NOT_ADMISSIBLE')
    ON CONFLICT (scheme_code, agency_code, closed_as, closed_on, received_on, deadline_on) DO UPDATE SET cases = cases + excluded.cases;
END;

INSERT INTO report_agg_closed (scheme_code, agency_code, closed_as, closed_on, received_on, deadline_on, cases)
SELECT CASE x.l WHEN 0 THEN R.scheme_code ELSE '*' END, CASE y.l WHEN 0 THEN R.agency_code ELSE '*' END, R.closed_as, R.closed_on, R.received_on, coalesce(R.deadline_on, ''), count(*)
FROM report_case R, (SELECT 0 AS l UNION ALL SELECT 1) x, (SELECT 0 AS l UNION ALL SELECT 1) y WHERE R.closed_on IS NOT NULL AND R.closed_as IN ('DECIDED', 'NOT_ADMISSIBLE')
GROUP BY 1, 2, 3, 4, 5, 6;

-- Decided cases by day, drafter of the final decision (0 none), approved, points given back and list entry reversed (four-eyes).
-- Rows for every scheme_code/agency_code pair and '*' (all agencies); the scheme is always named.
CREATE TABLE report_agg_decided (
    scheme_code TEXT NOT NULL,
    agency_code TEXT NOT NULL,
    closed_on TEXT NOT NULL,
    drafter_id INTEGER NOT NULL,
    approved INTEGER NOT NULL,
    given_back INTEGER NOT NULL,
    list_reversed INTEGER NOT NULL,
    cases INTEGER NOT NULL,
    PRIMARY KEY (scheme_code, agency_code, closed_on, drafter_id, approved, given_back, list_reversed)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER report_agg_decided_insert AFTER INSERT ON report_case
BEGIN
    INSERT INTO report_agg_decided (scheme_code, agency_code, closed_on, drafter_id, approved, given_back, list_reversed, cases)
    SELECT s.v, a.v, NEW.closed_on, coalesce(NEW.drafter_id, 0), NEW.approved, NEW.given_back, NEW.list_reversed, 1
    FROM (SELECT NEW.scheme_code AS v) s, (SELECT NEW.agency_code AS v UNION ALL SELECT '*') a WHERE NEW.closed_on IS NOT NULL AND NEW.closed_as = 'DECIDED'
    ON CONFLICT (scheme_code, agency_code, closed_on, drafter_id, approved, given_back, list_reversed) DO UPDATE SET cases = cases + excluded.cases;
END;

CREATE TRIGGER report_agg_decided_delete AFTER DELETE ON report_case
BEGIN
    INSERT INTO report_agg_decided (scheme_code, agency_code, closed_on, drafter_id, approved, given_back, list_reversed, cases)
    SELECT s.v, a.v, OLD.closed_on, coalesce(OLD.drafter_id, 0), OLD.approved, OLD.given_back, OLD.list_reversed, -1
    FROM (SELECT OLD.scheme_code AS v) s, (SELECT OLD.agency_code AS v UNION ALL SELECT '*') a WHERE OLD.closed_on IS NOT NULL AND OLD.closed_as = 'DECIDED'
    ON CONFLICT (scheme_code, agency_code, closed_on, drafter_id, approved, given_back, list_reversed) DO UPDATE SET cases = cases + excluded.cases;
    DELETE FROM report_agg_decided WHERE cases = 0 AND scheme_code IN (OLD.scheme_code, '*') AND agency_code IN (OLD.agency_code, '*')
        AND closed_on = OLD.closed_on AND drafter_id = coalesce(OLD.drafter_id, 0) AND approved = OLD.approved AND given_back = OLD.given_back AND list_reversed = OLD.list_reversed;
END;

CREATE TRIGGER report_agg_decided_update AFTER UPDATE OF agency_code, approved, closed_as, closed_on, drafter_id, given_back, list_reversed, scheme_code ON report_case
    WHEN OLD.agency_code IS NOT NEW.agency_code OR OLD.approved IS NOT NEW.approved OR OLD.closed_as IS NOT NEW.closed_as OR OLD.closed_on IS NOT NEW.closed_on OR OLD.drafter_id IS NOT NEW.drafter_id OR OLD.given_back IS NOT NEW.given_back OR OLD.list_reversed IS NOT NEW.list_reversed OR OLD.scheme_code IS NOT NEW.scheme_code
BEGIN
    INSERT INTO report_agg_decided (scheme_code, agency_code, closed_on, drafter_id, approved, given_back, list_reversed, cases)
    SELECT s.v, a.v, OLD.closed_on, coalesce(OLD.drafter_id, 0), OLD.approved, OLD.given_back, OLD.list_reversed, -1
    FROM (SELECT OLD.scheme_code AS v) s, (SELECT OLD.agency_code AS v UNION ALL SELECT '*') a WHERE OLD.closed_on IS NOT NULL AND OLD.closed_as = 'DECIDED'
    ON CONFLICT (scheme_code, agency_code, closed_on, drafter_id, approved, given_back, list_reversed) DO UPDATE SET cases = cases + excluded.cases;
    DELETE FROM report_agg_decided WHERE cases = 0 AND scheme_code IN (OLD.scheme_code, '*') AND agency_code IN (OLD.agency_code, '*')
        AND closed_on = OLD.closed_on AND drafter_id = coalesce(OLD.drafter_id, 0) AND approved = OLD.approved AND given_back = OLD.given_back AND list_reversed = OLD.list_reversed;
    INSERT INTO report_agg_decided (scheme_code, agency_code, closed_on, drafter_id, approved, given_back, list_reversed, cases)
    SELECT s.v, a.v, NEW.closed_on, coalesce(NEW.drafter_id, 0), NEW.approved, NEW.given_back, NEW.list_reversed, 1
    FROM (SELECT NEW.scheme_code AS v) s, (SELECT NEW.agency_code AS v UNION ALL SELECT '*') a WHERE NEW.closed_on IS NOT NULL AND NEW.closed_as = 'DECIDED'
    ON CONFLICT (scheme_code, agency_code, closed_on, drafter_id, approved, given_back, list_reversed) DO UPDATE SET cases = cases + excluded.cases;
END;

INSERT INTO report_agg_decided (scheme_code, agency_code, closed_on, drafter_id, approved, given_back, list_reversed, cases)
SELECT R.scheme_code, CASE y.l WHEN 0 THEN R.agency_code ELSE '*' END, R.closed_on, coalesce(R.drafter_id, 0), R.approved, R.given_back, R.list_reversed, count(*)
FROM report_case R, (SELECT 0 AS l UNION ALL SELECT 1) y WHERE R.closed_on IS NOT NULL AND R.closed_as = 'DECIDED'
GROUP BY 1, 2, 3, 4, 5, 6, 7;

-- Outcomes on the merits by day decided, rule and rule version ('' a rule with one version).
-- Rows for every scheme_code/agency_code pair and '*' (all agencies); the scheme is always named.
CREATE TABLE report_agg_rule (
    scheme_code TEXT NOT NULL,
    agency_code TEXT NOT NULL,
    decided_on TEXT NOT NULL,
    rule_code TEXT NOT NULL,
    version_from TEXT NOT NULL,
    decided INTEGER NOT NULL,
    overturned INTEGER NOT NULL,
    PRIMARY KEY (scheme_code, agency_code, decided_on, rule_code, version_from)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER report_agg_rule_insert AFTER INSERT ON report_outcome
BEGIN
    INSERT INTO report_agg_rule (scheme_code, agency_code, decided_on, rule_code, version_from, decided, overturned)
    SELECT s.v, a.v, NEW.decided_on, NEW.rule_code, coalesce((SELECT v.valid_from FROM report_rule_version v WHERE v.scheme_code = NEW.scheme_code AND v.rule_code = NEW.rule_code AND NEW.imposed_on BETWEEN v.valid_from AND v.valid_to ORDER BY v.valid_from LIMIT 1), ''), 1, (NEW.outcome IN ('REVERSED', 'AMENDED'))
    FROM (SELECT NEW.scheme_code AS v) s, (SELECT NEW.agency_code AS v UNION ALL SELECT '*') a WHERE NEW.outcome IN ('UPHELD', 'REVERSED', 'AMENDED')
    ON CONFLICT (scheme_code, agency_code, decided_on, rule_code, version_from) DO UPDATE SET decided = decided + excluded.decided, overturned = overturned + excluded.overturned;
END;

CREATE TRIGGER report_agg_rule_delete AFTER DELETE ON report_outcome
BEGIN
    INSERT INTO report_agg_rule (scheme_code, agency_code, decided_on, rule_code, version_from, decided, overturned)
    SELECT s.v, a.v, OLD.decided_on, OLD.rule_code, coalesce((SELECT v.valid_from FROM report_rule_version v WHERE v.scheme_code = OLD.scheme_code AND v.rule_code = OLD.rule_code AND OLD.imposed_on BETWEEN v.valid_from AND v.valid_to ORDER BY v.valid_from LIMIT 1), ''), -1, -(OLD.outcome IN ('REVERSED', 'AMENDED'))
    FROM (SELECT OLD.scheme_code AS v) s, (SELECT OLD.agency_code AS v UNION ALL SELECT '*') a WHERE OLD.outcome IN ('UPHELD', 'REVERSED', 'AMENDED')
    ON CONFLICT (scheme_code, agency_code, decided_on, rule_code, version_from) DO UPDATE SET decided = decided + excluded.decided, overturned = overturned + excluded.overturned;
    DELETE FROM report_agg_rule WHERE decided = 0 AND scheme_code IN (OLD.scheme_code, '*') AND agency_code IN (OLD.agency_code, '*')
        AND decided_on = OLD.decided_on AND rule_code = OLD.rule_code AND version_from = coalesce((SELECT v.valid_from FROM report_rule_version v WHERE v.scheme_code = OLD.scheme_code AND v.rule_code = OLD.rule_code AND OLD.imposed_on BETWEEN v.valid_from AND v.valid_to ORDER BY v.valid_from LIMIT 1), '');
END;

CREATE TRIGGER report_agg_rule_update AFTER UPDATE OF agency_code, decided_on, imposed_on, outcome, rule_code, scheme_code ON report_outcome
    WHEN OLD.agency_code IS NOT NEW.agency_code OR OLD.decided_on IS NOT NEW.decided_on OR OLD.imposed_on IS NOT NEW.imposed_on OR OLD.outcome IS NOT NEW.outcome OR OLD.rule_code IS NOT NEW.rule_code OR OLD.scheme_code IS NOT NEW.scheme_code
BEGIN
    INSERT INTO report_agg_rule (scheme_code, agency_code, decided_on, rule_code, version_from, decided, overturned)
    SELECT s.v, a.v, OLD.decided_on, OLD.rule_code, coalesce((SELECT v.valid_from FROM report_rule_version v WHERE v.scheme_code = OLD.scheme_code AND v.rule_code = OLD.rule_code AND OLD.imposed_on BETWEEN v.valid_from AND v.valid_to ORDER BY v.valid_from LIMIT 1), ''), -1, -(OLD.outcome IN ('REVERSED', 'AMENDED'))
    FROM (SELECT OLD.scheme_code AS v) s, (SELECT OLD.agency_code AS v UNION ALL SELECT '*') a WHERE OLD.outcome IN ('UPHELD', 'REVERSED', 'AMENDED')
    ON CONFLICT (scheme_code, agency_code, decided_on, rule_code, version_from) DO UPDATE SET decided = decided + excluded.decided, overturned = overturned + excluded.overturned;
    DELETE FROM report_agg_rule WHERE decided = 0 AND scheme_code IN (OLD.scheme_code, '*') AND agency_code IN (OLD.agency_code, '*')
        AND decided_on = OLD.decided_on AND rule_code = OLD.rule_code AND version_from = coalesce((SELECT v.valid_from FROM report_rule_version v WHERE v.scheme_code = OLD.scheme_code AND v.rule_code = OLD.rule_code AND OLD.imposed_on BETWEEN v.valid_from AND v.valid_to ORDER BY v.valid_from LIMIT 1), '');
    INSERT INTO report_agg_rule (scheme_code, agency_code, decided_on, rule_code, version_from, decided, overturned)
    SELECT s.v, a.v, NEW.decided_on, NEW.rule_code, coalesce((SELECT v.valid_from FROM report_rule_version v WHERE v.scheme_code = NEW.scheme_code AND v.rule_code = NEW.rule_code AND NEW.imposed_on BETWEEN v.valid_from AND v.valid_to ORDER BY v.valid_from LIMIT 1), ''), 1, (NEW.outcome IN ('REVERSED', 'AMENDED'))
    FROM (SELECT NEW.scheme_code AS v) s, (SELECT NEW.agency_code AS v UNION ALL SELECT '*') a WHERE NEW.outcome IN ('UPHELD', 'REVERSED', 'AMENDED')
    ON CONFLICT (scheme_code, agency_code, decided_on, rule_code, version_from) DO UPDATE SET decided = decided + excluded.decided, overturned = overturned + excluded.overturned;
END;

INSERT INTO report_agg_rule (scheme_code, agency_code, decided_on, rule_code, version_from, decided, overturned)
SELECT R.scheme_code, CASE y.l WHEN 0 THEN R.agency_code ELSE '*' END, R.decided_on, R.rule_code, coalesce((SELECT v.valid_from FROM report_rule_version v WHERE v.scheme_code = R.scheme_code AND v.rule_code = R.rule_code AND R.imposed_on BETWEEN v.valid_from AND v.valid_to ORDER BY v.valid_from LIMIT 1), ''), count(*), sum(R.outcome IN ('REVERSED', 'AMENDED'))
FROM report_outcome R, (SELECT 0 AS l UNION ALL SELECT 1) y WHERE R.outcome IN ('UPHELD', 'REVERSED', 'AMENDED')
GROUP BY 1, 2, 3, 4, 5;

-- Outcomes on the merits by day decided and region.
-- Rows for every scheme_code/agency_code pair and '*' (all) for either or both.
CREATE TABLE report_agg_region (
    scheme_code TEXT NOT NULL,
    agency_code TEXT NOT NULL,
    decided_on TEXT NOT NULL,
    region TEXT NOT NULL,
    decided INTEGER NOT NULL,
    overturned INTEGER NOT NULL,
    PRIMARY KEY (scheme_code, agency_code, decided_on, region)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER report_agg_region_insert AFTER INSERT ON report_outcome
BEGIN
    INSERT INTO report_agg_region (scheme_code, agency_code, decided_on, region, decided, overturned)
    SELECT s.v, a.v, NEW.decided_on, NEW.region, 1, (NEW.outcome IN ('REVERSED', 'AMENDED'))
    FROM (SELECT NEW.scheme_code AS v UNION ALL SELECT '*') s, (SELECT NEW.agency_code AS v UNION ALL SELECT '*') a WHERE NEW.outcome IN ('UPHELD', 'REVERSED', 'AMENDED')
    ON CONFLICT (scheme_code, agency_code, decided_on, region) DO UPDATE SET decided = decided + excluded.decided, overturned = overturned + excluded.overturned;
END;

CREATE TRIGGER report_agg_region_delete AFTER DELETE ON report_outcome
BEGIN
    INSERT INTO report_agg_region (scheme_code, agency_code, decided_on, region, decided, overturned)
    SELECT s.v, a.v, OLD.decided_on, OLD.region, -1, -(OLD.outcome IN ('REVERSED', 'AMENDED'))
    FROM (SELECT OLD.scheme_code AS v UNION ALL SELECT '*') s, (SELECT OLD.agency_code AS v UNION ALL SELECT '*') a WHERE OLD.outcome IN ('UPHELD', 'REVERSED', 'AMENDED')
    ON CONFLICT (scheme_code, agency_code, decided_on, region) DO UPDATE SET decided = decided + excluded.decided, overturned = overturned + excluded.overturned;
    DELETE FROM report_agg_region WHERE decided = 0 AND scheme_code IN (OLD.scheme_code, '*') AND agency_code IN (OLD.agency_code, '*')
        AND decided_on = OLD.decided_on AND region = OLD.region;
END;

CREATE TRIGGER report_agg_region_update AFTER UPDATE OF agency_code, decided_on, outcome, region, scheme_code ON report_outcome
    WHEN OLD.agency_code IS NOT NEW.agency_code OR OLD.decided_on IS NOT NEW.decided_on OR OLD.outcome IS NOT NEW.outcome OR OLD.region IS NOT NEW.region OR OLD.scheme_code IS NOT NEW.scheme_code
BEGIN
    INSERT INTO report_agg_region (scheme_code, agency_code, decided_on, region, decided, overturned)
    SELECT s.v, a.v, OLD.decided_on, OLD.region, -1, -(OLD.outcome IN ('REVERSED', 'AMENDED'))
    FROM (SELECT OLD.scheme_code AS v UNION ALL SELECT '*') s, (SELECT OLD.agency_code AS v UNION ALL SELECT '*') a WHERE OLD.outcome IN ('UPHELD', 'REVERSED', 'AMENDED')
    ON CONFLICT (scheme_code, agency_code, decided_on, region) DO UPDATE SET decided = decided + excluded.decided, overturned = overturned + excluded.overturned;
    DELETE FROM report_agg_region WHERE decided = 0 AND scheme_code IN (OLD.scheme_code, '*') AND agency_code IN (OLD.agency_code, '*')
        AND decided_on = OLD.decided_on AND region = OLD.region;
    INSERT INTO report_agg_region (scheme_code, agency_code, decided_on, region, decided, overturned)
    SELECT s.v, a.v, NEW.decided_on, NEW.region, 1, (NEW.outcome IN ('REVERSED', 'AMENDED'))
    FROM (SELECT NEW.scheme_code AS v UNION ALL SELECT '*') s, (SELECT NEW.agency_code AS v UNION ALL SELECT '*') a WHERE NEW.outcome IN ('UPHELD', 'REVERSED', 'AMENDED')
    ON CONFLICT (scheme_code, agency_code, decided_on, region) DO UPDATE SET decided = decided + excluded.decided, overturned = overturned + excluded.overturned;
END;

INSERT INTO report_agg_region (scheme_code, agency_code, decided_on, region, decided, overturned)
SELECT CASE x.l WHEN 0 THEN R.scheme_code ELSE '*' END, CASE y.l WHEN 0 THEN R.agency_code ELSE '*' END, R.decided_on, R.region, count(*), sum(R.outcome IN ('REVERSED', 'AMENDED'))
FROM report_outcome R, (SELECT 0 AS l UNION ALL SELECT 1) x, (SELECT 0 AS l UNION ALL SELECT 1) y WHERE R.outcome IN ('UPHELD', 'REVERSED', 'AMENDED')
GROUP BY 1, 2, 3, 4;
