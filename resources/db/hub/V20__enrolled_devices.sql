-- Enrolled devices (TRUST.md, docs/hub.md): a workstation is named by its Ed25519 public key (the
-- device id is derived from it, never chosen by the client) and signs in only once a supervisor or
-- administrator approved it. Devices registered before keys existed are LEGACY: they never sign
-- in again; their workstations enrol anew.
ALTER TABLE device ADD COLUMN public_key bytea;
CREATE UNIQUE INDEX device_public_key ON device (public_key) WHERE public_key IS NOT NULL;
ALTER TABLE device ADD COLUMN status text NOT NULL DEFAULT 'LEGACY'
    CHECK (status IN ('LEGACY', 'PENDING', 'APPROVED', 'REVOKED'));
ALTER TABLE device ADD COLUMN enrolled_by uuid REFERENCES officer (id);
-- Who approved or revoked it last: an officer's username, or the hub's operator at the command line.
ALTER TABLE device ADD COLUMN decided_by text;
ALTER TABLE device ADD COLUMN decided_at timestamptz;

-- Tokens issued before devices proved their keys are void.
DELETE FROM access_token;
CREATE INDEX access_token_device ON access_token (device_id);

-- Sign-in back-off: failures per account and per address (both kept only as SHA-256), forgotten a
-- while after the last one.
CREATE TABLE sign_in_failure (
    subject         text PRIMARY KEY,
    failures        integer NOT NULL CHECK (failures > 0),
    last_failure_at timestamptz NOT NULL
);

-- Challenges are stateless (an HMAC under hub_secret); the ones used are kept until they expire,
-- so that each signs in once.
CREATE TABLE sign_in_nonce (
    nonce_sha256 bytea PRIMARY KEY,
    expires_at   timestamptz NOT NULL
);
CREATE INDEX sign_in_nonce_expiry ON sign_in_nonce (expires_at);

-- Keys every hub instance of this database shares (made by the first instance that needs one).
CREATE TABLE hub_secret (
    name   text PRIMARY KEY,
    secret bytea NOT NULL
);
