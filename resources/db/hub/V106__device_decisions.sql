-- Every approval and revocation of a device, kept (issue 13, item 4): device.decided_by holds only the
-- last one. Who decided (an officer's username, or 'operator' at the hub's command line), in which
-- role and by which route; no personal data beyond the officer's username, no device name.
CREATE TABLE device_decision (
    id          bigserial PRIMARY KEY,
    device_id   uuid NOT NULL REFERENCES device (id),
    office_code text NOT NULL,
    status      text NOT NULL CHECK (status IN ('APPROVED', 'REVOKED')),
    decided_by  text NOT NULL,
    role        text,
    via         text NOT NULL CHECK (via IN ('HTTP', 'OPERATOR')),
    decided_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX device_decision_by_device ON device_decision (device_id, id);
