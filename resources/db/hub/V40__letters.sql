-- Decision letters of the office, as the workstations that issued them report them (letter.issue).
-- A letter is a fact once printed and handed over: it is never refused for coming late or from
-- another workstation, only for a reference that is not its workstation's to give or is taken.
-- Which letter of a case is in force is the hub's word: the latest to arrive supersedes the one
-- in force before it (normally the one the letter itself names as replaced).
CREATE TABLE hub_letter (
    id             uuid PRIMARY KEY,
    reference_no   text NOT NULL UNIQUE,
    -- The case by its global id (hub_case.case_id); no foreign key, so this script stands without V10.
    case_id        uuid NOT NULL,
    office_code    text NOT NULL REFERENCES office (code),
    decision_id    text,
    language       text NOT NULL CHECK (language IN ('ZH', 'EN', 'BILINGUAL')),
    issued_at      timestamptz NOT NULL,
    officer_id     uuid NOT NULL,
    device_id      uuid NOT NULL,
    sha256         text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    record_sha256  text NOT NULL CHECK (record_sha256 ~ '^[0-9a-f]{64}$'),
    signed         boolean NOT NULL DEFAULT false,
    -- The letter this one says it replaces (as printed); null for a case's first letter.
    names_replaced uuid,
    -- The hub's chain: the letter in force when this one arrived, and the one that replaced it.
    supersedes     uuid REFERENCES hub_letter (id),
    -- Deferred: the letter in force is marked replaced before its successor is inserted (one in force at a time).
    superseded_by  uuid REFERENCES hub_letter (id) DEFERRABLE INITIALLY DEFERRED,
    version        bigint NOT NULL DEFAULT 1,
    recorded_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hub_letter_case ON hub_letter (case_id, recorded_at);
-- At most one letter of a case in force.
CREATE UNIQUE INDEX hub_letter_one_current ON hub_letter (case_id) WHERE superseded_by IS NULL;
