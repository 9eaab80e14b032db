-- Conflict rule 4 (docs/hub.md): a case field that moved on after the version a mutation saw is a
-- conflict unless the device that moved it is the one now proposing again. A workstation that takes
-- a case and starts its review offline sends both changes with the version it last pulled; the
-- second is not a conflict with the first. Which device last wrote each field is kept here (NULL:
-- intake, seeding, or a write from before this migration, which stays a conflict as before).
ALTER TABLE hub_case ADD COLUMN status_by uuid;
ALTER TABLE hub_case ADD COLUMN assignee_by uuid;
ALTER TABLE hub_case ADD COLUMN priority_by uuid;
