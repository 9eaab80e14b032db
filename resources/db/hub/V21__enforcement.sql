-- Server-side enforcement (issue #13): the hub runs the domain's rules on every mutation, so it
-- needs what recusal reads.

-- The agency an officer works for (recusal: an officer of the agency that issued a disputed entry
-- stands aside). Null: the review office itself, which issues no entries.
ALTER TABLE officer ADD COLUMN agency_code text;

-- Officers' declarations of a relation (kin, employer …), synced by recusal.declare. A declaration
-- names a case (and so its subject, kept as the subject's identifier) or an agency; it bars the
-- declarant from reviewing, deciding and approving the cases it touches. Append-only.
CREATE TABLE recusal_declaration (
    id          uuid PRIMARY KEY,
    officer_id  uuid NOT NULL REFERENCES officer (id),
    office_code text NOT NULL,
    case_id     uuid,
    subject_key text,
    agency_code text,
    relation    text NOT NULL,
    declared_at timestamptz NOT NULL,
    recorded_at timestamptz NOT NULL DEFAULT now(),
    CHECK (case_id IS NOT NULL OR agency_code IS NOT NULL)
);
CREATE INDEX recusal_declaration_officer ON recusal_declaration (officer_id);
