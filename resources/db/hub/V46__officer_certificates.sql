-- Issue 16, item 3: officers' letter-signing certificates, issued by the office CA from a PKCS#10
-- request made on the officer's workstation. The hub keeps what it issued (never the key) so that
-- it can revoke a certificate and list it in the authority's CRL, which letters carry (PAdES B-LT).
CREATE TABLE officer_certificate (
    serial       text PRIMARY KEY,            -- hex, as in the certificate
    officer_id   uuid NOT NULL REFERENCES officer (id),
    office_code  text NOT NULL REFERENCES office (code),
    role         text NOT NULL,
    device_id    uuid NOT NULL,
    not_before   timestamptz NOT NULL,
    not_after    timestamptz NOT NULL,
    issued_at    timestamptz NOT NULL DEFAULT now(),
    revoked_at   timestamptz
);
CREATE INDEX officer_certificate_officer ON officer_certificate (officer_id);
