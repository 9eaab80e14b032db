-- Pull order that survives pg_dump and restore (issue #14, G12). Pulls used to follow
-- (txid, seq) below the snapshot's xmin; a dump keeps txid values as data, a new cluster starts
-- its transaction ids low again, and every restored row sat "in the future" for years.
--
-- Now every transaction that writes change_log takes the next number of one counter as it
-- commits (a deferred constraint trigger, so it runs at commit, after all of the transaction's
-- work), and all its rows carry that position. The counter's row stays locked until the commit
-- is visible, so positions become visible in order: a puller that sees position n sees every
-- position below it, and a plain (pos, seq) > cursor never skips a slow writer's row. The
-- positions are data: a dump keeps them and the counter, and a restore continues after them.
CREATE TABLE change_counter (
    id   int PRIMARY KEY CHECK (id = 1),
    last bigint NOT NULL
);

ALTER TABLE change_log ADD COLUMN pos bigint;
UPDATE change_log c SET pos = o.n
FROM (SELECT seq, dense_rank() OVER (ORDER BY txid) AS n FROM change_log) o
WHERE o.seq = c.seq;
INSERT INTO change_counter (id, last) SELECT 1, coalesce(max(pos), 0) FROM change_log;
CREATE INDEX change_log_position ON change_log (office_code, pos, seq);
DROP INDEX change_log_pull;

CREATE FUNCTION change_log_position() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    p bigint;
BEGIN
    p := nullif(current_setting('redress.change_position', true), '')::bigint;
    IF p IS NULL THEN
        UPDATE change_counter SET last = last + 1 WHERE id = 1 RETURNING last INTO p;
        PERFORM set_config('redress.change_position', p::text, true);
    END IF;
    UPDATE change_log SET pos = p WHERE seq = NEW.seq;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER change_log_position AFTER INSERT ON change_log
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION change_log_position();

-- Which database this is: checked at every start (ServerEpoch.checkCluster). A restore into
-- another database or cluster shows another identity and starts a new epoch by itself.
ALTER TABLE server_epoch ADD COLUMN cluster text;

-- Cursors of the old (txid, seq) order mean nothing now: every workstation pulls afresh once.
UPDATE server_epoch SET epoch = gen_random_uuid()::text, started_at = now() WHERE id = 1;
