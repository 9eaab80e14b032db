-- Evidence uploads per uploader (issue #14, G13): one device's upload of a file never changes
-- another's (a wrong Upload-Length once wedged the owner's file for everyone), and a blob is read
-- only by offices that proved they hold its bytes, or that hold an attachment naming it made by
-- someone of such an office; naming a hash is not enough.

-- Complete, hash-checked files, stored once; their bytes are the chunks of the upload that completed first.
CREATE TABLE blob (
    sha256       text PRIMARY KEY,
    length       bigint NOT NULL,
    upload_id    uuid NOT NULL UNIQUE,
    completed_at timestamptz NOT NULL DEFAULT now()
);

-- Offices that uploaded every byte of a blob (its SHA-256 checked at the hub).
CREATE TABLE blob_holder (
    sha256      text NOT NULL REFERENCES blob (sha256),
    office_code text NOT NULL,
    device_id   uuid,
    since       timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (sha256, office_code)
);

-- Uploads under way, one per file and device.
CREATE TABLE blob_transfer (
    id          uuid PRIMARY KEY,
    sha256      text NOT NULL,
    device_id   uuid NOT NULL,
    office_code text NOT NULL,
    length      bigint NOT NULL,
    received    bigint NOT NULL DEFAULT 0,
    started_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (sha256, device_id)
);

INSERT INTO blob (sha256, length, upload_id, completed_at)
SELECT sha256, length, gen_random_uuid(), updated_at FROM blob_upload WHERE complete;
INSERT INTO blob_holder (sha256, office_code)
SELECT sha256, office_code FROM blob_upload WHERE complete AND office_code <> '';

-- Chunks belong to an upload now; those of unfinished uploads go (their uploaders start again).
ALTER TABLE blob_chunk DROP CONSTRAINT blob_chunk_sha256_fkey;
ALTER TABLE blob_chunk ADD COLUMN upload_id uuid;
UPDATE blob_chunk k SET upload_id = b.upload_id FROM blob b WHERE b.sha256 = k.sha256;
DELETE FROM blob_chunk WHERE upload_id IS NULL;
ALTER TABLE blob_chunk DROP CONSTRAINT blob_chunk_pkey;
ALTER TABLE blob_chunk DROP COLUMN sha256;
ALTER TABLE blob_chunk ALTER COLUMN upload_id SET NOT NULL;
ALTER TABLE blob_chunk ADD PRIMARY KEY (upload_id, start);
DROP TABLE blob_upload;
