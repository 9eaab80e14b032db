-- The head of each workstation's audit chain as the hub last saw it, and the alarms raised when a
-- workstation's history no longer leads to that head (rewritten after a sync).
CREATE TABLE audit_head (
    client_id   uuid PRIMARY KEY,
    seq         bigint NOT NULL CHECK (seq >= 0),
    hash        text NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE audit_alert (
    id          bigserial PRIMARY KEY,
    client_id   uuid NOT NULL,
    raised_at   timestamptz NOT NULL DEFAULT now(),
    held_seq    bigint NOT NULL,
    held_hash   text NOT NULL,
    detail      text NOT NULL
);
