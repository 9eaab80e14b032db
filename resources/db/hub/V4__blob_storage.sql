-- Evidence (JPEG, PDF) is compressed already: storing chunks uncompressed saves PostgreSQL a
-- futile pglz pass on every chunk and lets ranged reads slice without decompressing.
ALTER TABLE blob_chunk ALTER COLUMN bytes SET STORAGE EXTERNAL;
