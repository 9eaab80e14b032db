-- Evidence is readable by the office that uploaded it and by offices whose attachments name it.
ALTER TABLE blob_upload ADD COLUMN office_code text NOT NULL DEFAULT '';
CREATE INDEX case_fact_attachment_sha ON case_fact ((payload ->> 'sha256')) WHERE kind = 'attachment';
