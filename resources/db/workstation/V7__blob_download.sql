-- Evidence files other workstations attached, known from a pull, whose bytes this workstation has
-- still to fetch from the hub. Until DONE the attachment shows as "file pending".
CREATE TABLE blob_download (
    sha256     TEXT NOT NULL PRIMARY KEY CHECK (length(sha256) = 64),
    size       INTEGER NOT NULL CHECK (size >= 0),
    state      TEXT NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'DONE')),
    last_error TEXT,
    updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX blob_download_by_state ON blob_download (state);
