-- The hub's certificate as this workstation trusted it when it enrolled (docs/sync.md): the
-- SHA-256 of its public key, in hex. A hub showing another key is refused until an officer
-- trusts the new one on purpose (redress sync --trust-hub-key).
ALTER TABLE sync_meta ADD COLUMN hub_pin TEXT CHECK (hub_pin IS NULL OR length(hub_pin) = 64);
