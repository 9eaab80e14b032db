-- The hub: the authoritative copy every workstation syncs with (see SYNC.md).
-- Every change to a synced entity writes change_log in the same transaction; pullers read it
-- by (txid, seq) below the snapshot's xmin so that no slow writer's row can be skipped.

-- A new value means "restored from a backup": workstations holding a cursor of another epoch re-pull.
CREATE TABLE server_epoch (
    id         int PRIMARY KEY CHECK (id = 1),
    epoch      text NOT NULL,
    started_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO server_epoch (id, epoch) VALUES (1, gen_random_uuid()::text);

CREATE TABLE office (
    code text PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE officer (
    id                uuid PRIMARY KEY,
    username          text NOT NULL UNIQUE,
    role              text NOT NULL,
    office_code       text NOT NULL REFERENCES office (code),
    -- The same encoded verifier the workstation stores (PasswordHasher), never the password.
    password_verifier text NOT NULL,
    active            boolean NOT NULL DEFAULT true,
    created_at        timestamptz NOT NULL DEFAULT now()
);

-- A workstation, registered on its first sign-in; its id is the clientId of its pushes.
CREATE TABLE device (
    id         uuid PRIMARY KEY,
    name       text NOT NULL,
    office_code text NOT NULL REFERENCES office (code),
    first_seen timestamptz NOT NULL DEFAULT now(),
    last_seen  timestamptz NOT NULL DEFAULT now()
);

-- Only the SHA-256 of a token is kept: a copy of this table signs nobody in.
CREATE TABLE access_token (
    token_sha256 bytea PRIMARY KEY,
    officer_id   uuid NOT NULL REFERENCES officer (id),
    device_id    uuid NOT NULL REFERENCES device (id),
    issued_at    timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL
);
CREATE INDEX access_token_expiry ON access_token (expires_at);

CREATE TABLE sync_client (
    client_id         uuid PRIMARY KEY,
    last_mutation_seq bigint NOT NULL DEFAULT 0
);

CREATE TABLE applied_mutation (
    client_id   uuid NOT NULL REFERENCES sync_client (client_id),
    seq         bigint NOT NULL,
    mutation_id uuid NOT NULL UNIQUE,
    kind        text NOT NULL,
    officer_id  uuid NOT NULL,
    result      jsonb NOT NULL,
    applied_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (client_id, seq)
);

-- A case as the hub knows it. A case first met in a mutation is created lazily in the
-- officer's office (demo workstations are seeded locally); intake creates the others.
CREATE TABLE hub_case (
    case_no           text PRIMARY KEY,
    office_code       text NOT NULL REFERENCES office (code),
    version           bigint NOT NULL DEFAULT 0,
    status            text,
    status_version    bigint NOT NULL DEFAULT 0,
    assignee          text,
    assignee_version  bigint NOT NULL DEFAULT 0,
    priority          text,
    priority_version  bigint NOT NULL DEFAULT 0,
    decision_conflict boolean NOT NULL DEFAULT false,
    details           jsonb NOT NULL DEFAULT '{}'::jsonb,
    created_by        text NOT NULL,
    created_at        timestamptz NOT NULL DEFAULT now(),
    updated_at        timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX hub_case_office ON hub_case (office_code);

-- Decisions are append-only; only their state moves (ACTIVE, CONFLICTED, SUPERSEDED, APPROVED, RETURNED, CHOSEN, SET_ASIDE).
CREATE TABLE case_decision (
    id               uuid PRIMARY KEY,
    case_no          text NOT NULL REFERENCES hub_case (case_no),
    client_id        uuid NOT NULL,
    officer_id       uuid NOT NULL,
    base_version     bigint NOT NULL,
    recorded_version bigint NOT NULL,
    state            text NOT NULL,
    payload          jsonb NOT NULL,
    recorded_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_decision_case ON case_decision (case_no, recorded_version);

CREATE TABLE decision_conflict (
    id          uuid PRIMARY KEY,
    case_no     text NOT NULL REFERENCES hub_case (case_no),
    office_code text NOT NULL,
    status      text NOT NULL,
    version     bigint NOT NULL DEFAULT 1,
    opened_at   timestamptz NOT NULL DEFAULT now(),
    resolved_at timestamptz,
    resolved_by uuid,
    resolution  jsonb
);
-- One open conflict per case: a later unseen decision extends it.
CREATE UNIQUE INDEX decision_conflict_one_open ON decision_conflict (case_no) WHERE status = 'OPEN';

CREATE TABLE conflict_decision (
    conflict_id uuid NOT NULL REFERENCES decision_conflict (id),
    decision_id uuid NOT NULL REFERENCES case_decision (id),
    PRIMARY KEY (conflict_id, decision_id)
);

-- Two values of one mutable case field (assignee, priority, status): the hub's stays, both are kept.
CREATE TABLE field_conflict (
    id             uuid PRIMARY KEY,
    case_no        text NOT NULL REFERENCES hub_case (case_no),
    field          text NOT NULL,
    hub_value      text,
    proposed_value text,
    mutation_id    uuid NOT NULL,
    base_version   bigint NOT NULL,
    field_version  bigint NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT now()
);

-- Notes, attachments and audit events: append-only, always accepted, keyed by the mutation id.
CREATE TABLE case_fact (
    id          uuid PRIMARY KEY,
    -- Audit events need not name a case.
    case_no     text REFERENCES hub_case (case_no),
    office_code text NOT NULL,
    kind        text NOT NULL,
    officer_id  uuid NOT NULL,
    payload     jsonb NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE change_log (
    seq         bigserial PRIMARY KEY,
    txid        xid8 NOT NULL DEFAULT pg_current_xact_id(),
    office_code text NOT NULL,
    entity      text NOT NULL,
    entity_id   text NOT NULL,
    op          text NOT NULL,
    version     bigint NOT NULL,
    payload     jsonb NOT NULL
);
CREATE INDEX change_log_pull ON change_log (office_code, txid, seq);

-- Evidence bytes by SHA-256, in chunks, so hub instances keep no files of their own.
CREATE TABLE blob_upload (
    sha256     text PRIMARY KEY,
    length     bigint NOT NULL,
    received   bigint NOT NULL DEFAULT 0,
    complete   boolean NOT NULL DEFAULT false,
    started_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE blob_chunk (
    sha256 text NOT NULL REFERENCES blob_upload (sha256) ON DELETE CASCADE,
    start  bigint NOT NULL,
    bytes  bytea NOT NULL,
    PRIMARY KEY (sha256, start)
);

-- Agencies' records taken by intake, idempotent by reference.
CREATE TABLE intake_record (
    reference    text PRIMARY KEY,
    kind         text NOT NULL,
    content_hash text NOT NULL,
    office_code  text NOT NULL,
    case_no      text,
    payload      jsonb NOT NULL,
    received_at  timestamptz NOT NULL DEFAULT now()
);
