-- Encryption at rest (#15, item 3). The workspace key that seals evidence files and letters is kept
-- here only wrapped: once per officer (a key derived from their password with Argon2id), once by the
-- administrator's recovery key, and (demo workspaces, or an office workspace before its first
-- officer has a slot) in an OPEN slot that anyone holding the file can use.
CREATE TABLE workspace_vault (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    key_id      TEXT    NOT NULL,
    created_at  TEXT    NOT NULL,
    -- when every evidence file and letter the database names was found sealed; null while some are not
    sealed_at   TEXT
);

CREATE TABLE key_slot (
    id          INTEGER PRIMARY KEY,
    kind        TEXT    NOT NULL CHECK (kind IN ('OFFICER', 'RECOVERY', 'OPEN')),
    officer_id  INTEGER,
    kdf         TEXT    NOT NULL,
    wrapped     BLOB    NOT NULL,
    created_at  TEXT    NOT NULL,
    CHECK ((kind = 'OFFICER') = (officer_id IS NOT NULL))
);

CREATE UNIQUE INDEX key_slot_officer ON key_slot (officer_id) WHERE kind = 'OFFICER';
CREATE UNIQUE INDEX key_slot_single ON key_slot (kind) WHERE kind <> 'OFFICER';
