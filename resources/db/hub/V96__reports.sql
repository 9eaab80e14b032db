-- Reports at the hub (issue 18, docs/reports.md "At the hub"): the workstation's report figures
-- over every workstation of an office, read by hub.reports.HubReportSql.
--
-- report_case and report_outcome are a cache of facts about each case, kept by the triggers below in
-- the transaction of every push or intake that moves them: one narrow row per case (from hub_case
-- and the content its creation carried) and the final decision's outcome for each disputed entry.
-- The days a case was acknowledged (first left RECEIVED), paused (went to AWAITING_INFORMATION) and
-- closed (first reached DECIDED, NOT_ADMISSIBLE or WITHDRAWN) are the hub's days (China Standard
-- Time, the calendar's zone) of the transaction that moved it; a case created in a later status
-- (seeding, legacy creations) has no such day at the hub.
--
-- The report_agg_* tables are daily aggregates of those two, kept by triggers on them, so that a
-- report over millions of cases reads a few rows per day. Nothing here is a source of truth:
-- report_rebuild() empties and refills all of it from hub_case and case_decision.

CREATE TABLE report_rule_version (
    scheme_code text NOT NULL,
    rule_code   text NOT NULL,
    valid_from  date NOT NULL,
    valid_to    date NOT NULL,
    PRIMARY KEY (scheme_code, rule_code, valid_from)
);

CREATE TABLE report_case (
    case_id         uuid PRIMARY KEY,
    office_code     text NOT NULL,
    scheme_code     text NOT NULL,
    agency_code     text NOT NULL,
    region          text NOT NULL,
    received_on     date NOT NULL,
    ack_deadline_on date NOT NULL,
    deadline_on     date,
    status          text NOT NULL,
    assignee        text,
    paused_since    date,
    acknowledged_on date,
    closed_on       date,
    closed_as       text,
    decision_id     uuid,
    drafter         text,
    approved        boolean NOT NULL DEFAULT false
);

CREATE TABLE report_outcome (
    case_id     uuid NOT NULL,
    entry_no    int NOT NULL,
    office_code text NOT NULL,
    decided_on  date NOT NULL,
    outcome     text NOT NULL,
    scheme_code text NOT NULL,
    rule_code   text NOT NULL,
    imposed_on  date NOT NULL,
    agency_code text NOT NULL,
    region      text NOT NULL,
    PRIMARY KEY (case_id, entry_no)
);

-- Daily aggregates. A count that falls to 0 stays as a row of 0 (readers sum and skip it).
CREATE TABLE report_agg_received (
    office_code text NOT NULL, scheme_code text NOT NULL, agency_code text NOT NULL,
    received_on date NOT NULL, ack_deadline_on date NOT NULL, acknowledged_on date,
    cases bigint NOT NULL,
    UNIQUE NULLS NOT DISTINCT (office_code, scheme_code, agency_code, received_on, ack_deadline_on, acknowledged_on)
);
CREATE TABLE report_agg_open (
    office_code text NOT NULL, scheme_code text NOT NULL, agency_code text NOT NULL,
    status text NOT NULL, received_on date NOT NULL, deadline_on date, paused_since date,
    cases bigint NOT NULL,
    UNIQUE NULLS NOT DISTINCT (office_code, scheme_code, agency_code, status, received_on, deadline_on, paused_since)
);
CREATE TABLE report_agg_open_assignee (
    office_code text NOT NULL, scheme_code text NOT NULL, agency_code text NOT NULL,
    assignee text, deadline_on date,
    cases bigint NOT NULL,
    UNIQUE NULLS NOT DISTINCT (office_code, scheme_code, agency_code, assignee, deadline_on)
);
CREATE TABLE report_agg_closed (
    office_code text NOT NULL, scheme_code text NOT NULL, agency_code text NOT NULL,
    closed_as text NOT NULL, closed_on date NOT NULL, received_on date NOT NULL, deadline_on date,
    cases bigint NOT NULL,
    UNIQUE NULLS NOT DISTINCT (office_code, scheme_code, agency_code, closed_as, closed_on, received_on, deadline_on)
);
CREATE TABLE report_agg_decided (
    office_code text NOT NULL, scheme_code text NOT NULL, agency_code text NOT NULL,
    closed_on date NOT NULL, drafter text, approved boolean NOT NULL,
    cases bigint NOT NULL,
    UNIQUE NULLS NOT DISTINCT (office_code, scheme_code, agency_code, closed_on, drafter, approved)
);
CREATE TABLE report_agg_rule (
    office_code text NOT NULL, scheme_code text NOT NULL, agency_code text NOT NULL,
    decided_on date NOT NULL, rule_code text NOT NULL, version_from date,
    decided bigint NOT NULL, overturned bigint NOT NULL,
    UNIQUE NULLS NOT DISTINCT (office_code, scheme_code, agency_code, decided_on, rule_code, version_from)
);
CREATE TABLE report_agg_region (
    office_code text NOT NULL, scheme_code text NOT NULL, agency_code text NOT NULL,
    decided_on date NOT NULL, region text NOT NULL,
    decided bigint NOT NULL, overturned bigint NOT NULL,
    UNIQUE NULLS NOT DISTINCT (office_code, scheme_code, agency_code, decided_on, region)
);

-- The hub's day now (the calendar's zone).
CREATE FUNCTION report_today() RETURNS date LANGUAGE sql STABLE AS $$
    SELECT (now() AT TIME ZONE 'Asia/Shanghai')::date
$$;

-- The rule version in force on a day, for rules with more than one (report_rule_version); else null.
CREATE FUNCTION report_version_from(scheme text, rule text, imposed date) RETURNS date LANGUAGE sql STABLE AS $$
    SELECT v.valid_from FROM report_rule_version v
    WHERE v.scheme_code = scheme AND v.rule_code = rule AND imposed BETWEEN v.valid_from AND v.valid_to
    ORDER BY v.valid_from LIMIT 1
$$;

-- One case's share of the case aggregates, added (n = 1) or taken away (n = -1).
CREATE FUNCTION report_case_count(r report_case, n int) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO report_agg_received AS a VALUES (r.office_code, r.scheme_code, r.agency_code, r.received_on,
        r.ack_deadline_on, r.acknowledged_on, n)
    ON CONFLICT (office_code, scheme_code, agency_code, received_on, ack_deadline_on, acknowledged_on)
    DO UPDATE SET cases = a.cases + n;
    IF r.status IN ('RECEIVED', 'ASSIGNED', 'IN_REVIEW', 'AWAITING_INFORMATION', 'DECISION_DRAFTED', 'AWAITING_APPROVAL') THEN
        INSERT INTO report_agg_open AS a VALUES (r.office_code, r.scheme_code, r.agency_code, r.status, r.received_on,
            r.deadline_on, r.paused_since, n)
        ON CONFLICT (office_code, scheme_code, agency_code, status, received_on, deadline_on, paused_since)
        DO UPDATE SET cases = a.cases + n;
        INSERT INTO report_agg_open_assignee AS a VALUES (r.office_code, r.scheme_code, r.agency_code, r.assignee,
            r.deadline_on, n)
        ON CONFLICT (office_code, scheme_code, agency_code, assignee, deadline_on) DO UPDATE SET cases = a.cases + n;
    END IF;
    IF r.closed_on IS NOT NULL AND r.closed_as IN ('DECIDED', 'NOT_ADMISSIBLE') THEN
        INSERT INTO report_agg_closed AS a VALUES (r.office_code, r.scheme_code, r.agency_code, r.closed_as, r.closed_on,
            r.received_on, r.deadline_on, n)
        ON CONFLICT (office_code, scheme_code, agency_code, closed_as, closed_on, received_on, deadline_on)
        DO UPDATE SET cases = a.cases + n;
    END IF;
    IF r.closed_on IS NOT NULL AND r.closed_as = 'DECIDED' THEN
        INSERT INTO report_agg_decided AS a VALUES (r.office_code, r.scheme_code, r.agency_code, r.closed_on, r.drafter,
            r.approved, n)
        ON CONFLICT (office_code, scheme_code, agency_code, closed_on, drafter, approved) DO UPDATE SET cases = a.cases + n;
    END IF;
END
$$;

CREATE FUNCTION report_outcome_count(o report_outcome, n int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    flip int := CASE WHEN o.outcome IN ('REVERSED', 'AMENDED') THEN n ELSE 0 END;
BEGIN
    IF o.outcome NOT IN ('UPHELD', 'REVERSED', 'AMENDED') THEN
        RETURN;
    END IF;
    INSERT INTO report_agg_rule AS a VALUES (o.office_code, o.scheme_code, o.agency_code, o.decided_on, o.rule_code,
        report_version_from(o.scheme_code, o.rule_code, o.imposed_on), n, flip)
    ON CONFLICT (office_code, scheme_code, agency_code, decided_on, rule_code, version_from)
    DO UPDATE SET decided = a.decided + n, overturned = a.overturned + excluded.overturned;
    INSERT INTO report_agg_region AS a VALUES (o.office_code, o.scheme_code, o.agency_code, o.decided_on, o.region, n,
        flip)
    ON CONFLICT (office_code, scheme_code, agency_code, decided_on, region)
    DO UPDATE SET decided = a.decided + n, overturned = a.overturned + excluded.overturned;
END
$$;

CREATE FUNCTION report_case_aggregate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD IS NOT DISTINCT FROM NEW THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        PERFORM report_case_count(OLD, -1);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM report_case_count(NEW, 1);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER report_case_aggregate AFTER INSERT OR UPDATE OR DELETE ON report_case
    FOR EACH ROW EXECUTE FUNCTION report_case_aggregate();

CREATE FUNCTION report_outcome_aggregate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD IS NOT DISTINCT FROM NEW THEN
        RETURN NULL;
    END IF;
    IF TG_OP <> 'INSERT' THEN
        PERFORM report_outcome_count(OLD, -1);
    END IF;
    IF TG_OP <> 'DELETE' THEN
        PERFORM report_outcome_count(NEW, 1);
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER report_outcome_aggregate AFTER INSERT OR UPDATE OR DELETE ON report_outcome
    FOR EACH ROW EXECUTE FUNCTION report_outcome_aggregate();

-- A case's final decision (its latest standing one, once the case is decided): drafter, approval,
-- and the outcome for each disputed entry (matched by agency and reference).
CREATE FUNCTION report_case_decision(p_case uuid) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    r report_case;
    k hub_case;
    dec_id uuid;
    dec_drafter text;
    dec_approved boolean;
    dec_payload jsonb;
BEGIN
    SELECT * INTO r FROM report_case WHERE case_id = p_case;
    IF NOT FOUND THEN
        RETURN;
    END IF;
    SELECT * INTO k FROM hub_case WHERE case_id = p_case;
    IF r.closed_as = 'DECIDED' AND r.closed_on IS NOT NULL THEN
        SELECT x.id, o.username, x.state = 'APPROVED', x.payload INTO dec_id, dec_drafter, dec_approved, dec_payload
        FROM case_decision x LEFT JOIN officer o ON o.id = x.officer_id
        WHERE x.case_no = k.case_no AND x.state IN ('ACTIVE', 'APPROVED', 'CHOSEN')
        ORDER BY x.recorded_version DESC, x.recorded_at DESC LIMIT 1;
    END IF;
    IF dec_id IS NULL THEN
        UPDATE report_case SET decision_id = NULL, drafter = NULL, approved = false WHERE case_id = p_case
            AND (decision_id IS NOT NULL OR drafter IS NOT NULL OR approved);
        DELETE FROM report_outcome WHERE case_id = p_case;
        RETURN;
    END IF;
    UPDATE report_case SET decision_id = dec_id, drafter = dec_drafter, approved = dec_approved WHERE case_id = p_case
        AND (decision_id IS DISTINCT FROM dec_id OR drafter IS DISTINCT FROM dec_drafter OR approved <> dec_approved);
    DELETE FROM report_outcome WHERE case_id = p_case;
    INSERT INTO report_outcome (case_id, entry_no, office_code, decided_on, outcome, scheme_code, rule_code, imposed_on,
                                agency_code, region)
    SELECT p_case, e.n, r.office_code, r.closed_on, min(o.value ->> 'kind'), e.value ->> 'schemeCode',
           coalesce(e.value ->> 'ruleCode', ''), (e.value ->> 'imposedOn')::date, e.value ->> 'agencyCode', r.region
    FROM jsonb_array_elements(k.details -> 'deductions') WITH ORDINALITY e(value, n)
    JOIN jsonb_array_elements(dec_payload -> 'outcomes') o(value)
      ON o.value ->> 'agencyCode' = e.value ->> 'agencyCode' AND o.value ->> 'reference' = e.value ->> 'reference'
    WHERE coalesce(e.value ->> 'kind', 'DEDUCTION') NOT IN ('REVERSAL', 'AMENDMENT', 'LIST_REMOVAL')
      AND e.value ->> 'imposedOn' ~ '^\d{4}-\d{2}-\d{2}$'
    GROUP BY e.n, e.value;
END
$$;

-- What a hub_case row says of the case (all but the days of its moves, kept from before).
CREATE FUNCTION report_case_row(k hub_case) RETURNS report_case LANGUAGE plpgsql STABLE AS $$
DECLARE
    d jsonb := k.details;
    first jsonb := k.details -> 'deductions' -> 0;
    r report_case;
    received date;
BEGIN
    received := CASE WHEN d ->> 'receivedOn' ~ '^\d{4}-\d{2}-\d{2}$' THEN (d ->> 'receivedOn')::date
                     ELSE (k.created_at AT TIME ZONE 'Asia/Shanghai')::date END;
    r.case_id := k.case_id;
    r.office_code := k.office_code;
    r.scheme_code := coalesce(nullif(d ->> 'schemeCode', ''), first ->> 'schemeCode', '');
    r.agency_code := coalesce(nullif(d ->> 'agencyCode', ''), first ->> 'agencyCode', '');
    r.region := coalesce(nullif(d ->> 'region', ''), d -> 'subject' ->> 'region', '');
    r.received_on := received;
    r.ack_deadline_on := CASE WHEN d ->> 'ackDeadlineOn' ~ '^\d{4}-\d{2}-\d{2}$' THEN (d ->> 'ackDeadlineOn')::date
                              ELSE received END;
    r.deadline_on := CASE WHEN d ->> 'deadlineOn' ~ '^\d{4}-\d{2}-\d{2}$' THEN (d ->> 'deadlineOn')::date END;
    r.status := coalesce(k.status, 'RECEIVED');
    r.assignee := nullif(k.assignee, '');
    r.approved := false;
    RETURN r;
END
$$;

CREATE FUNCTION report_case_sync() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    r report_case := report_case_row(NEW);
    today date := report_today();
    old_status text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        r.paused_since := CASE WHEN r.status = 'AWAITING_INFORMATION' THEN today END;
        INSERT INTO report_case VALUES (r.*) ON CONFLICT (case_id) DO NOTHING;
        RETURN NULL;
    END IF;
    IF OLD.status IS NOT DISTINCT FROM NEW.status AND OLD.assignee IS NOT DISTINCT FROM NEW.assignee
            AND OLD.details = NEW.details AND OLD.office_code = NEW.office_code THEN
        RETURN NULL;
    END IF;
    old_status := coalesce(OLD.status, 'RECEIVED');
    UPDATE report_case c SET office_code = r.office_code, scheme_code = r.scheme_code, agency_code = r.agency_code,
        region = r.region, received_on = r.received_on, ack_deadline_on = r.ack_deadline_on, deadline_on = r.deadline_on,
        status = r.status, assignee = r.assignee,
        paused_since = CASE WHEN r.status <> 'AWAITING_INFORMATION' THEN NULL
                            WHEN old_status = 'AWAITING_INFORMATION' THEN c.paused_since ELSE today END,
        acknowledged_on = CASE WHEN old_status = 'RECEIVED' AND r.status <> 'RECEIVED'
                                    AND (c.acknowledged_on IS NULL OR c.acknowledged_on > today)
                               THEN today ELSE c.acknowledged_on END,
        closed_as = CASE WHEN r.status IN ('DECIDED', 'NOT_ADMISSIBLE', 'WITHDRAWN') AND old_status <> r.status
                              AND (c.closed_on IS NULL OR c.closed_on > today)
                         THEN r.status ELSE c.closed_as END,
        closed_on = CASE WHEN r.status IN ('DECIDED', 'NOT_ADMISSIBLE', 'WITHDRAWN') AND old_status <> r.status
                              AND (c.closed_on IS NULL OR c.closed_on > today)
                         THEN today ELSE c.closed_on END
    WHERE c.case_id = NEW.case_id;
    PERFORM report_case_decision(NEW.case_id);
    RETURN NULL;
END
$$;
CREATE TRIGGER report_case_sync AFTER INSERT OR UPDATE OF status, assignee, details, office_code ON hub_case
    FOR EACH ROW EXECUTE FUNCTION report_case_sync();

CREATE FUNCTION report_decision_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.state = NEW.state THEN
        RETURN NULL;
    END IF;
    PERFORM report_case_decision((SELECT case_id FROM hub_case WHERE case_no = NEW.case_no));
    RETURN NULL;
END
$$;
CREATE TRIGGER report_decision_sync AFTER INSERT OR UPDATE OF state ON case_decision
    FOR EACH ROW EXECUTE FUNCTION report_decision_sync();

-- Empties the aggregates and counts them again from report_case and report_outcome (after the rule
-- versions change, after a bulk load with the triggers off, or to check them).
CREATE FUNCTION report_reaggregate() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE report_agg_received, report_agg_open, report_agg_open_assignee, report_agg_closed, report_agg_decided,
        report_agg_rule, report_agg_region;
    INSERT INTO report_agg_received
    SELECT office_code, scheme_code, agency_code, received_on, ack_deadline_on, acknowledged_on, count(*)
    FROM report_case GROUP BY 1, 2, 3, 4, 5, 6;
    INSERT INTO report_agg_open
    SELECT office_code, scheme_code, agency_code, status, received_on, deadline_on, paused_since, count(*)
    FROM report_case WHERE status IN ('RECEIVED', 'ASSIGNED', 'IN_REVIEW', 'AWAITING_INFORMATION', 'DECISION_DRAFTED',
        'AWAITING_APPROVAL') GROUP BY 1, 2, 3, 4, 5, 6, 7;
    INSERT INTO report_agg_open_assignee
    SELECT office_code, scheme_code, agency_code, assignee, deadline_on, count(*)
    FROM report_case WHERE status IN ('RECEIVED', 'ASSIGNED', 'IN_REVIEW', 'AWAITING_INFORMATION', 'DECISION_DRAFTED',
        'AWAITING_APPROVAL') GROUP BY 1, 2, 3, 4, 5;
    INSERT INTO report_agg_closed
    SELECT office_code, scheme_code, agency_code, closed_as, closed_on, received_on, deadline_on, count(*)
    FROM report_case WHERE closed_on IS NOT NULL AND closed_as IN ('DECIDED', 'NOT_ADMISSIBLE') GROUP BY 1, 2, 3, 4, 5, 6, 7;
    INSERT INTO report_agg_decided
    SELECT office_code, scheme_code, agency_code, closed_on, drafter, approved, count(*)
    FROM report_case WHERE closed_on IS NOT NULL AND closed_as = 'DECIDED' GROUP BY 1, 2, 3, 4, 5, 6;
    INSERT INTO report_agg_rule
    SELECT office_code, scheme_code, agency_code, decided_on, rule_code, version_from, count(*),
           count(*) FILTER (WHERE outcome IN ('REVERSED', 'AMENDED'))
    FROM (SELECT o.*, report_version_from(o.scheme_code, o.rule_code, o.imposed_on) AS version_from
          FROM report_outcome o WHERE o.outcome IN ('UPHELD', 'REVERSED', 'AMENDED')) x
    GROUP BY 1, 2, 3, 4, 5, 6;
    INSERT INTO report_agg_region
    SELECT office_code, scheme_code, agency_code, decided_on, region, count(*),
           count(*) FILTER (WHERE outcome IN ('REVERSED', 'AMENDED'))
    FROM report_outcome WHERE outcome IN ('UPHELD', 'REVERSED', 'AMENDED') GROUP BY 1, 2, 3, 4, 5;
END
$$;

-- The cases the hub holds already (their move days unknown: see above), then their aggregates.
INSERT INTO report_case SELECT (report_case_row(k)).* FROM hub_case k;
SELECT report_reaggregate();

-- Regions: several offices whose reports one account may read together (a head of region). Granted
-- to supervisor and auditor accounts by `redress hub grant-region`; an officer's or administrator's
-- account is refused reports whatever it is granted.
CREATE TABLE report_region (
    code text PRIMARY KEY,
    name text NOT NULL
);
CREATE TABLE report_region_office (
    region_code text NOT NULL REFERENCES report_region (code),
    office_code text NOT NULL REFERENCES office (code),
    PRIMARY KEY (region_code, office_code)
);
CREATE TABLE report_region_grant (
    officer_id  uuid NOT NULL REFERENCES officer (id),
    region_code text NOT NULL REFERENCES report_region (code),
    granted_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (officer_id, region_code)
);
