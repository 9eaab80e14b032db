-- Agencies whose feeds the hub takes (the intake validators check a record's agency against them).
CREATE TABLE agency (
    code text PRIMARY KEY,
    name text NOT NULL
);
