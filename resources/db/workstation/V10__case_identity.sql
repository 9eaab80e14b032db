-- Office-wide identities (SYNC.md G10, docs/sync.md "Identities and numbers").
--
-- Every case has a global id, made where the case is created (a UUID as text); the sync protocol
-- names cases by it, never by number, so two cases that somehow carry one number are never taken
-- for one. Numbers come from the office's series at the hub: it leases blocks to this workstation
-- (number_lease); with none left, a new case carries a provisional number (RD-2026-P-3F2A9C17) that
-- the hub replaces. V11 gives the cases already here their ids; V12 makes the ids unique.
ALTER TABLE appeal_case ADD COLUMN case_uuid TEXT;
-- 1 while the hub has still to hear of a case made here before cases were synced (V11 sets it);
-- the case's creation is sent first, before any change to it.
ALTER TABLE appeal_case ADD COLUMN announce INTEGER NOT NULL DEFAULT 0 CHECK (announce IN (0, 1));

CREATE TRIGGER appeal_case_has_identity BEFORE INSERT ON appeal_case
    WHEN NEW.case_uuid IS NULL OR length(NEW.case_uuid) <> 36
BEGIN SELECT RAISE(ABORT, 'a case is created with its id (case_uuid)'); END;
CREATE TRIGGER appeal_case_identity_fixed BEFORE UPDATE OF case_uuid ON appeal_case
    WHEN OLD.case_uuid IS NOT NULL AND NEW.case_uuid IS NOT OLD.case_uuid
BEGIN SELECT RAISE(ABORT, 'a case keeps its id for ever'); END;

-- Blocks of the office's number series the hub leased to this workstation: numbers first..last of
-- (kind, prefix, year); next is the next unused one (last + 1 when the block is used up). The hub
-- keeps the same record and never hands these numbers to anyone else.
CREATE TABLE number_lease (
    kind       TEXT NOT NULL CHECK (kind IN ('CASE', 'LETTER')),
    prefix     TEXT NOT NULL,
    year       INTEGER NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    first      INTEGER NOT NULL CHECK (first >= 1),
    last       INTEGER NOT NULL,
    next       INTEGER NOT NULL,
    granted_at TEXT NOT NULL,
    PRIMARY KEY (kind, prefix, year, first),
    CHECK (last >= first AND next BETWEEN first AND last + 1)
) STRICT, WITHOUT ROWID;

-- A number, once used, is never used again.
CREATE TRIGGER number_lease_forward_only BEFORE UPDATE ON number_lease
    WHEN NEW.next < OLD.next OR NEW.first <> OLD.first OR NEW.last <> OLD.last OR NEW.kind <> OLD.kind
        OR NEW.prefix <> OLD.prefix OR NEW.year <> OLD.year
BEGIN SELECT RAISE(ABORT, 'a leased number is never given back'); END;

-- The highest number of each series this workspace gave out before leases existed: leased numbers
-- at or below it are skipped, and the hub is told to move its series past it.
CREATE TABLE number_floor (
    kind   TEXT NOT NULL CHECK (kind IN ('CASE', 'LETTER')),
    prefix TEXT NOT NULL,
    year   INTEGER NOT NULL,
    last   INTEGER NOT NULL CHECK (last >= 0),
    PRIMARY KEY (kind, prefix, year)
) STRICT, WITHOUT ROWID;

INSERT INTO number_floor (kind, prefix, year, last)
SELECT 'CASE', substr(case_no, 1, length(case_no) - 12), CAST(substr(case_no, -11, 4) AS INTEGER),
       max(CAST(substr(case_no, -6) AS INTEGER))
FROM appeal_case
WHERE case_no GLOB '[A-Z][A-Z]*-[0-9][0-9][0-9][0-9]-[0-9][0-9][0-9][0-9][0-9][0-9]'
GROUP BY 1, 2, 3;

INSERT INTO number_floor (kind, prefix, year, last)
SELECT 'LETTER', office_code, year, last_sequence FROM letter_reference_counter WHERE last_sequence > 0;
