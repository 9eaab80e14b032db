-- Which letter of a case is in force. Letters travel between the workstations of an office
-- (letter.issue, docs/sync.md): the hub says which letter replaced which, in the order letters
-- reached it, and a pull writes its word here. issued_letter.supersedes_id stays what each letter
-- itself says it replaces (as printed). A letter issued on another workstation is recorded with
-- an empty file_path: its file is on the workstation that issued it.
CREATE TABLE letter_superseded (
    letter_id     INTEGER PRIMARY KEY REFERENCES issued_letter (id),
    superseded_by INTEGER NOT NULL REFERENCES issued_letter (id),
    CHECK (letter_id <> superseded_by)
) STRICT;

INSERT INTO letter_superseded (letter_id, superseded_by)
SELECT supersedes_id, id FROM issued_letter WHERE supersedes_id IS NOT NULL;
