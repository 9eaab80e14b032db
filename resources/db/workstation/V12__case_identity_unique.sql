-- Every case has its id now (V11): the id names one case, on this workstation as everywhere.
CREATE UNIQUE INDEX appeal_case_by_identity ON appeal_case (case_uuid);
-- The cases whose creation the hub has still to hear of (few, and none once sent).
CREATE INDEX appeal_case_to_announce ON appeal_case (id) WHERE announce = 1;
