-- Office-wide identities (SYNC.md G10). Every case has a global id made where it was created; the
-- sync protocol names cases by it, never by number. Numbers come from series the hub holds per
-- (kind, prefix, year) and leases to workstations in blocks; a lease is never reissued.

-- Cases that existed before ids did get one derived from their number, exactly as the workstation
-- derives it (CaseIdentity.legacy: UUID version 3 of MD5('redress-case:' || case_no)), so both sides
-- name an old case alike without talking to each other.
ALTER TABLE hub_case ADD COLUMN case_id uuid;
UPDATE hub_case SET case_id = (
        substr(x.h, 1, 12) || '3' || substr(x.h, 14, 3)
        || substr('89ab', (('x' || substr(x.h, 17, 1))::bit(4)::int & 3) + 1, 1) || substr(x.h, 18))::uuid
    FROM (SELECT case_no AS n, md5(convert_to('redress-case:' || case_no, 'UTF8')) AS h FROM hub_case) x
    WHERE x.n = hub_case.case_no;
ALTER TABLE hub_case ALTER COLUMN case_id SET NOT NULL;
CREATE UNIQUE INDEX hub_case_by_id ON hub_case (case_id);

-- The prefix of the office's case numbers (RD-2026-000123) for cases the hub numbers itself (intake).
ALTER TABLE office ADD COLUMN case_prefix text NOT NULL DEFAULT 'RD';

-- One series per kind (CASE, LETTER), prefix and year: next is the lowest number never handed out.
CREATE TABLE number_series (
    kind   text NOT NULL CHECK (kind IN ('CASE', 'LETTER')),
    prefix text NOT NULL CHECK (prefix ~ '^[A-Z]{2,8}$'),
    year   int NOT NULL CHECK (year BETWEEN 1900 AND 9999),
    next   bigint NOT NULL CHECK (next BETWEEN 1 AND 1000000),
    PRIMARY KEY (kind, prefix, year)
);

-- Blocks of a series given to one device (the workstation's client id). Numbers the hub gives out
-- itself (a provisional case renumbered, an intake case) move the series on without a lease row.
CREATE TABLE number_lease (
    kind        text NOT NULL,
    prefix      text NOT NULL,
    year        int NOT NULL,
    first       bigint NOT NULL,
    last        bigint NOT NULL,
    device_id   uuid NOT NULL,
    office_code text NOT NULL,
    granted_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, prefix, year, first),
    CHECK (first >= 1 AND last >= first),
    FOREIGN KEY (kind, prefix, year) REFERENCES number_series (kind, prefix, year)
);
CREATE INDEX number_lease_by_device ON number_lease (device_id, kind, prefix, year);

-- Series of the case numbers the hub holds already, set past them.
INSERT INTO number_series (kind, prefix, year, next)
SELECT 'CASE', prefix, year, least(max(seq) + 1, 1000000)
FROM (SELECT split_part(case_no, '-', 1) AS prefix, split_part(case_no, '-', 2)::int AS year,
             split_part(case_no, '-', 3)::int AS seq
      FROM hub_case WHERE case_no ~ '^[A-Z]{2,8}-(19|[2-9][0-9])[0-9]{2}-[0-9]{6}$') held
GROUP BY prefix, year;
