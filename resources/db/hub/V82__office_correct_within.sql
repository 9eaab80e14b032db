-- Working days an issuing agency has to correct its records after an outcome notice (issue #19,
-- item 5), the office's choice: `redress hub set-office --correct-within-working-days N`. Counted on
-- the official calendar from the day the hub recorded the decision. 10 was the fixed period before.
ALTER TABLE office ADD COLUMN correct_within_working_days integer NOT NULL DEFAULT 10
    CHECK (correct_within_working_days BETWEEN 1 AND 60);
