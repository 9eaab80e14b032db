-- Sync with the hub (docs/sync.md, SYNC.md). Readable by the sqlite3 3.40 shell.
--
-- The outbox holds this workstation's intents in the order they were made. A row is written in
-- the same transaction as the local change it describes (OutboxSink), its seq is contiguous
-- (1, 2, 3 …; rows are never deleted, so a hub restored from a backup can be sent them again),
-- and only its state and result ever change.
CREATE TABLE outbox (
    seq          INTEGER PRIMARY KEY CHECK (seq >= 1),
    mutation_id  TEXT NOT NULL UNIQUE CHECK (length(mutation_id) = 36),
    kind         TEXT NOT NULL,
    -- The entity the intent is about, e.g. a case number.
    entity_id    TEXT NOT NULL,
    -- The hub's version of the entity the officer saw (0: none seen yet).
    base_version INTEGER NOT NULL CHECK (base_version >= 0),
    payload      TEXT NOT NULL,
    -- The workstation's clock: shown to people, never used to pick a winner.
    created_at   TEXT NOT NULL,
    state        TEXT NOT NULL DEFAULT 'PENDING'
                     CHECK (state IN ('PENDING', 'ACKED', 'REJECTED', 'CONFLICT')),
    -- The hub's answer as JSON (status, reason, entity version), kept for the Sync screen.
    result       TEXT
) STRICT;
CREATE INDEX outbox_by_state ON outbox (state, seq);

-- Contiguity: a new row's seq is exactly one past the last one.
CREATE TRIGGER outbox_seq_contiguous BEFORE INSERT ON outbox
    WHEN NEW.seq <> ifnull((SELECT max(seq) FROM outbox), 0) + 1
BEGIN SELECT RAISE(ABORT, 'outbox seq must be contiguous'); END;
CREATE TRIGGER outbox_never_deleted BEFORE DELETE ON outbox
BEGIN SELECT RAISE(ABORT, 'outbox rows are kept'); END;
CREATE TRIGGER outbox_intent_unchanged BEFORE UPDATE OF seq, mutation_id, kind, entity_id, base_version,
    payload, created_at ON outbox
BEGIN SELECT RAISE(ABORT, 'an outbox intent never changes; only its state and result do'); END;

-- One row: who this workstation is to the hub and how far it has synced.
CREATE TABLE sync_meta (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    -- Made once when this migration runs, never changed: the hub's name for this workstation.
    client_id       TEXT NOT NULL CHECK (length(client_id) = 36),
    hub_url         TEXT,
    -- The hub's epoch the replica was pulled from; a different one means the hub was restored.
    server_epoch    TEXT,
    -- Opaque to the workstation; NULL pulls from the start.
    pull_cursor     TEXT,
    -- The highest outbox seq the hub has acknowledged taking.
    last_acked_seq  INTEGER NOT NULL DEFAULT 0,
    -- The officer whose device-bound token the engine uses, and the token (expires at the hub).
    hub_officer     TEXT,
    hub_token       TEXT,
    token_expires   TEXT,
    last_attempt_at TEXT,
    last_success_at TEXT,
    -- In words, for the status bar; NULL after a sync that worked.
    last_error      TEXT
) STRICT;
INSERT INTO sync_meta (id, client_id)
VALUES (1, lower(substr(hex(randomblob(4)), 1, 8) || '-' || substr(hex(randomblob(2)), 1, 4) || '-4'
    || substr(hex(randomblob(2)), 2, 3) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1)
    || substr(hex(randomblob(2)), 2, 3) || '-' || hex(randomblob(6))));

-- Evidence bytes on their way to the hub, by SHA-256. The upload resumes from uploaded_bytes;
-- MISSING means the file is not in the evidence folder (shown as "file pending").
CREATE TABLE blob_upload (
    sha256         TEXT NOT NULL PRIMARY KEY CHECK (length(sha256) = 64),
    size           INTEGER NOT NULL CHECK (size >= 0),
    uploaded_bytes INTEGER NOT NULL DEFAULT 0 CHECK (uploaded_bytes >= 0),
    state          TEXT NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'DONE', 'MISSING')),
    last_error     TEXT,
    updated_at     TEXT NOT NULL
) STRICT;
CREATE INDEX blob_upload_by_state ON blob_upload (state);

-- The hub's version of each case the replica holds (0: the hub has not sent it). Local writes move
-- appeal_case.version; only pulls move this one, and mutations name it as their base version.
ALTER TABLE appeal_case ADD COLUMN server_version INTEGER NOT NULL DEFAULT 0;

-- Records pulled from the hub by their hub id, so a page applied twice adds nothing and an
-- officer's own records coming back are recognised rather than copied.
CREATE TABLE synced_record (
    entity   TEXT NOT NULL,
    hub_id   TEXT NOT NULL,
    local_id INTEGER NOT NULL,
    PRIMARY KEY (entity, hub_id)
) STRICT, WITHOUT ROWID;

-- Every decision the hub holds, with the state only the hub moves (ACTIVE, CONFLICTED, SUPERSEDED,
-- APPROVED, RETURNED, CHOSEN, SET_ASIDE); the local decision table stays append-only.
CREATE TABLE hub_decision (
    hub_id           TEXT NOT NULL PRIMARY KEY,
    case_no          TEXT NOT NULL,
    state            TEXT NOT NULL,
    base_version     INTEGER NOT NULL,
    recorded_version INTEGER NOT NULL,
    recorded_at      TEXT
) STRICT;
CREATE INDEX hub_decision_by_case ON hub_decision (case_no);

-- Decision conflicts the hub opened: competing decisions on one case, until a supervisor resolves
-- them naming every one. decisions is the hub's JSON list of the competing decisions' ids.
CREATE TABLE decision_conflict (
    conflict_id TEXT NOT NULL PRIMARY KEY,
    case_no     TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('OPEN', 'RESOLVED')),
    version     INTEGER NOT NULL,
    decisions   TEXT NOT NULL,
    resolution  TEXT,
    opened_at   TEXT NOT NULL,
    updated_at  TEXT NOT NULL
) STRICT;
CREATE INDEX decision_conflict_open ON decision_conflict (state, case_no);
