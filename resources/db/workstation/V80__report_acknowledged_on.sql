-- Reports (issue 18, docs/reports.md): one acknowledgement day. V70 records receipt acknowledged as
-- an act of its own (appeal_case.acknowledged_on, DeadlineService.acknowledge); V60 took the day a case
-- first left RECEIVED. A case is acknowledged on the earlier of the two, and report_case.acknowledged_on
-- (read by the caseload report and its aggregate) now follows appeal_case.acknowledged_on too.
-- Readable by the sqlite3 3.40 shell.

CREATE TRIGGER report_case_acknowledged_recorded AFTER UPDATE OF acknowledged_on ON appeal_case
    WHEN OLD.acknowledged_on IS NOT NEW.acknowledged_on
BEGIN
    UPDATE report_case SET acknowledged_on = (SELECT min(d) FROM (
            SELECT NEW.acknowledged_on AS d
            UNION ALL
            SELECT min(date(e.at, '+8 hours')) FROM case_event e
            WHERE e.case_id = NEW.id AND e.from_status = 'RECEIVED' AND e.to_status <> 'RECEIVED'))
    WHERE case_id = NEW.id;
END;

-- A case arriving already acknowledged (a pull, an intake): report_case_on_insert takes the day too.
DROP TRIGGER report_case_on_insert;
CREATE TRIGGER report_case_on_insert AFTER INSERT ON appeal_case
BEGIN
    INSERT INTO report_case (case_id, received_on, scheme_code, agency_code, region, rule_category, status, assignee_id,
                             deadline_on, ack_deadline_on, paused_since, acknowledged_on)
    VALUES (NEW.id, NEW.received_on, NEW.scheme_code, NEW.agency_code, NEW.region, NEW.rule_category, NEW.status,
            NEW.assignee_id, NEW.deadline_on, NEW.ack_deadline_on, NEW.paused_since, NEW.acknowledged_on)
    ON CONFLICT (case_id) DO UPDATE SET received_on = excluded.received_on, scheme_code = excluded.scheme_code,
        agency_code = excluded.agency_code, region = excluded.region, rule_category = excluded.rule_category,
        status = excluded.status, assignee_id = excluded.assignee_id, deadline_on = excluded.deadline_on,
        ack_deadline_on = excluded.ack_deadline_on, paused_since = excluded.paused_since,
        acknowledged_on = CASE WHEN excluded.acknowledged_on IS NULL THEN report_case.acknowledged_on
                               WHEN report_case.acknowledged_on IS NULL THEN excluded.acknowledged_on
                               ELSE min(report_case.acknowledged_on, excluded.acknowledged_on) END;
END;

UPDATE report_case SET acknowledged_on = (SELECT c.acknowledged_on FROM appeal_case c WHERE c.id = report_case.case_id)
WHERE case_id IN (SELECT c.id FROM appeal_case c WHERE c.acknowledged_on IS NOT NULL
                  AND (report_case.acknowledged_on IS NULL OR c.acknowledged_on < report_case.acknowledged_on));
