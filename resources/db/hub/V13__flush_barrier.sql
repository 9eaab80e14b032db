-- A real flush barrier (issue #14): mutations commit with synchronous_commit = off, and an answer
-- leaves only after a synchronous commit that wrote WAL of its own. A transaction that only takes
-- an xid writes a commit record but PostgreSQL commits it asynchronously (nothing else was
-- logged), so it flushed nothing. A row update is logged, and its synchronous commit waits for the
-- WAL flush up to its record, past every earlier commit. Slots by backend keep barriers of
-- different connections from queueing on one row.
CREATE TABLE flush_barrier (
    slot int PRIMARY KEY,
    n    bigint NOT NULL
);
