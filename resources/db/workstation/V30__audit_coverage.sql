-- Data at rest (issue 15): the audit chain vouches for, or reconciles, every table that carries a
-- ledger entry, a case's history, an account, a role, a password hash or a setting.
--
-- Append-only tables with growing ids (ledger_event, case_event, appeal_case's fixed columns,
-- subject, attachment) are vouched for by range: each audit event names the rows written since the
-- previous one ("ranges": table, first and last id, count, digest). audit_watermark remembers how
-- far the chain has vouched, so the next event knows where to start; it is bookkeeping, never
-- trusted by `redress verify`, which rebuilds the ranges from the chain itself.
CREATE TABLE audit_watermark (
    tbl  TEXT NOT NULL PRIMARY KEY,
    upto INTEGER NOT NULL CHECK (upto >= 0)
) STRICT;

-- Tables whose rows change in place (officer: role, password hash; settings) are vouched for by
-- state: every event carries the digest of each such row its transaction changed, and verify
-- compares each row with the latest digest the chain holds for it. These triggers note what a
-- transaction changed; the next audit event (or the seal at commit) vouches for it and empties
-- the table. A row noted here when a transaction begins was changed outside the workstation and is
-- dropped unvouched, so verify names it. (No INSERT OR IGNORE: an outer UPSERT's conflict handling
-- would override it inside the trigger.)
CREATE TABLE audit_pending (
    tbl TEXT NOT NULL,
    key TEXT NOT NULL,
    PRIMARY KEY (tbl, key)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER officer_audit_pending_insert AFTER INSERT ON officer
BEGIN INSERT INTO audit_pending (tbl, key) SELECT 'officer', CAST(NEW.id AS TEXT) WHERE NOT EXISTS
        (SELECT 1 FROM audit_pending WHERE tbl = 'officer' AND key = CAST(NEW.id AS TEXT)); END;
CREATE TRIGGER officer_audit_pending_update AFTER UPDATE ON officer
BEGIN
    INSERT INTO audit_pending (tbl, key) SELECT 'officer', CAST(OLD.id AS TEXT) WHERE NOT EXISTS
        (SELECT 1 FROM audit_pending WHERE tbl = 'officer' AND key = CAST(OLD.id AS TEXT));
    INSERT INTO audit_pending (tbl, key) SELECT 'officer', CAST(NEW.id AS TEXT) WHERE NOT EXISTS
        (SELECT 1 FROM audit_pending WHERE tbl = 'officer' AND key = CAST(NEW.id AS TEXT));
END;
CREATE TRIGGER officer_audit_pending_delete AFTER DELETE ON officer
BEGIN INSERT INTO audit_pending (tbl, key) SELECT 'officer', CAST(OLD.id AS TEXT) WHERE NOT EXISTS
        (SELECT 1 FROM audit_pending WHERE tbl = 'officer' AND key = CAST(OLD.id AS TEXT)); END;

CREATE TRIGGER settings_audit_pending_insert AFTER INSERT ON settings
BEGIN INSERT INTO audit_pending (tbl, key) SELECT 'settings', NEW.key WHERE NOT EXISTS
        (SELECT 1 FROM audit_pending WHERE tbl = 'settings' AND key = NEW.key); END;
CREATE TRIGGER settings_audit_pending_update AFTER UPDATE ON settings
BEGIN
    INSERT INTO audit_pending (tbl, key) SELECT 'settings', OLD.key WHERE NOT EXISTS
        (SELECT 1 FROM audit_pending WHERE tbl = 'settings' AND key = OLD.key);
    INSERT INTO audit_pending (tbl, key) SELECT 'settings', NEW.key WHERE NOT EXISTS
        (SELECT 1 FROM audit_pending WHERE tbl = 'settings' AND key = NEW.key);
END;
CREATE TRIGGER settings_audit_pending_delete AFTER DELETE ON settings
BEGIN INSERT INTO audit_pending (tbl, key) SELECT 'settings', OLD.key WHERE NOT EXISTS
        (SELECT 1 FROM audit_pending WHERE tbl = 'settings' AND key = OLD.key); END;

-- Subjects and cases' fixed columns are never changed in place, and accounts never deleted.
CREATE TRIGGER subject_append_only_delete BEFORE DELETE ON subject
BEGIN SELECT RAISE(ABORT, 'subject rows are kept'); END;
CREATE TRIGGER officer_never_deleted BEFORE DELETE ON officer
BEGIN SELECT RAISE(ABORT, 'officer accounts are kept'); END;
