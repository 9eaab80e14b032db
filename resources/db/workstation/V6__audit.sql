-- Integrity and access (issue 6). Numbered 6 while sync holds 5: Flyway applies a lower version
-- added later to a workspace already at 6 only with outOfOrder, so a workspace migrated before V5
-- lands must be recreated (fresh workspaces are unaffected). docs/integrity.md says why.

-- The audit log: every change and every reveal of personal data, chained by SHA-256. hash covers
-- the row's canonical encoding including prev_hash (AuditCanonical); seq runs 1, 2, 3 … without gaps.
-- The payload names ids and digests of the rows the change wrote, never a name or a full identifier.
-- No foreign keys: an audit row outlives whatever it names.
CREATE TABLE audit_event (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor_id    INTEGER,
    kind        TEXT NOT NULL,
    entity_type TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    payload     TEXT NOT NULL,
    prev_hash   TEXT NOT NULL CHECK (length(prev_hash) = 64),
    hash        TEXT NOT NULL CHECK (length(hash) = 64)
) STRICT;

CREATE TRIGGER audit_event_append_only_update BEFORE UPDATE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END;
CREATE TRIGGER audit_event_append_only_delete BEFORE DELETE ON audit_event
BEGIN SELECT RAISE(ABORT, 'audit_event is append-only'); END;

-- Failed sign-ins per account, for the lockout's back-off; cleared by a successful sign-in.
CREATE TABLE sign_in_guard (
    officer_id      INTEGER NOT NULL PRIMARY KEY REFERENCES officer (id),
    failures        INTEGER NOT NULL CHECK (failures >= 0),
    last_failure_at TEXT,
    locked_until    TEXT
) STRICT;
