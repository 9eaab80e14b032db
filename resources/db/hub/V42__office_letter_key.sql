-- Each office's letter key (issue #16, item 2): an Ed25519 key pair the hub makes on first need and
-- keeps for good. With it the hub endorses the keys of the office's approved workstations, which
-- sign the payload of each letter's QR code offline; anyone holding the office's public key (the
-- hub publishes them at /v/keys.pem) checks a letter without Redress. Kept in the database beside
-- hub_secret, so every hub instance of the office endorses with the same key.
CREATE TABLE office_letter_key (
    office_code  text PRIMARY KEY REFERENCES office (code),
    public_key   bytea NOT NULL,   -- X.509 SubjectPublicKeyInfo
    private_key  bytea NOT NULL,   -- PKCS#8
    created_at   timestamptz NOT NULL DEFAULT now()
);
