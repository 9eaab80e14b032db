-- Decision work not yet saved as a draft (issue 17): kept as the officer types, so a crash, a closed
-- window or the idle lock loses nothing, and offered back when the officer opens the decision again.
-- One row per case and officer, replaced as they type and deleted when the draft is saved or the
-- officer discards it. Working state of one workstation: never synced, not vouched for by the audit
-- chain (the saved draft is).
CREATE TABLE unsaved_decision (
    case_id     INTEGER NOT NULL REFERENCES appeal_case (id),
    officer_id  INTEGER NOT NULL REFERENCES officer (id),
    saved_at    TEXT NOT NULL,
    -- One line per disputed entry: ledger_event_id, outcome and, when amended, the new points (tab-separated).
    outcomes    TEXT NOT NULL,
    -- The reasons and legal basis as typed so far, per language ('' for none yet).
    reasons_zh     TEXT NOT NULL DEFAULT '',
    legal_basis_zh TEXT NOT NULL DEFAULT '',
    reasons_en     TEXT NOT NULL DEFAULT '',
    legal_basis_en TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, officer_id)
) STRICT, WITHOUT ROWID;
