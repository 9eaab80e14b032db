-- Back to the agency (issue 19, item 5): what the hub tells an issuing agency about the entries it
-- imposed, and the agency's acknowledgement.

-- An agency's API credential: 256 random bits, kept only as SHA-256 (like officers' tokens).
CREATE TABLE agency_token (
    token_sha256 text PRIMARY KEY CHECK (length(token_sha256) = 64),
    agency_code  text NOT NULL REFERENCES agency (code),
    created_at   timestamptz NOT NULL DEFAULT now(),
    revoked_at   timestamptz
);
CREATE INDEX agency_token_agency ON agency_token (agency_code);

-- One notice per disputed entry: UNDER_APPEAL once the case is known to the hub; OUTCOME once per
-- decision in force on a decided case (a reopened case decided again gets a new one), with the
-- decision record embedded and the day by which the agency must correct its records (working
-- days on the official calendar). acknowledged_at is set once; a second acknowledgement changes nothing.
CREATE TABLE agency_notice (
    id               uuid PRIMARY KEY,
    office_code      text NOT NULL REFERENCES office (code),
    agency_code      text NOT NULL,
    case_no          text NOT NULL REFERENCES hub_case (case_no),
    entry_reference  text NOT NULL,
    kind             text NOT NULL CHECK (kind IN ('UNDER_APPEAL', 'OUTCOME')),
    decision_id      uuid,
    outcome          text,
    decided_on       date,
    correct_by       date,
    record           jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_at       timestamptz NOT NULL DEFAULT now(),
    acknowledged_at  timestamptz,
    acknowledged_via text CHECK (acknowledged_via IS NULL OR acknowledged_via IN ('API', 'BATCH')),
    CHECK (kind = 'UNDER_APPEAL' OR (decision_id IS NOT NULL AND correct_by IS NOT NULL))
);
CREATE UNIQUE INDEX agency_notice_once ON agency_notice
    (case_no, agency_code, entry_reference, kind, coalesce(decision_id, '00000000-0000-0000-0000-000000000000'::uuid));
CREATE INDEX agency_notice_agency ON agency_notice (agency_code, acknowledged_at, created_at);

-- An agency's registered public keys (Ed25519, X.509 SubjectPublicKeyInfo), for agencies without
-- an API: their signed CSV/JSON batches of acknowledgements are checked against these.
CREATE TABLE agency_key (
    agency_code   text NOT NULL REFERENCES agency (code),
    fingerprint   text NOT NULL CHECK (length(fingerprint) = 64),
    public_key    bytea NOT NULL,
    registered_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (agency_code, fingerprint)
);
