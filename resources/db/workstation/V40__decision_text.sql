-- A decision's written text per language: the reasons, the legal basis and the remedies ordered,
-- in Simplified Chinese ('zh') and/or English ('en'). A letter prints the text of its own
-- language and is refused when that text is missing; it is never printed in the other language.
-- Append-only like the decision itself: a translation added later is a new row, and a language's
-- text, once written, is never changed (a changed text is a new decision).
--
-- decision.reasons, decision.legal_basis and decision.remedies keep the text first written (the
-- Chinese one when both are written at once), for readers that know only one text.

CREATE TABLE decision_text (
    decision_id INTEGER NOT NULL REFERENCES decision (id),
    language    TEXT NOT NULL CHECK (language IN ('zh', 'en')),
    reasons     TEXT NOT NULL CHECK (length(trim(reasons)) > 0),
    legal_basis TEXT NOT NULL,
    remedies    TEXT NOT NULL DEFAULT '',
    written_at  TEXT NOT NULL,
    written_by  INTEGER REFERENCES officer (id),
    PRIMARY KEY (decision_id, language)
) STRICT, WITHOUT ROWID;

CREATE TRIGGER decision_text_append_only_update BEFORE UPDATE ON decision_text
BEGIN SELECT RAISE(ABORT, 'decision_text is append-only'); END;
CREATE TRIGGER decision_text_append_only_delete BEFORE DELETE ON decision_text
BEGIN SELECT RAISE(ABORT, 'decision_text is append-only'); END;

-- Decisions written before this migration have one text, in the language the officer typed: Chinese
-- when the reasons hold a CJK ideograph (U+4E00..U+9FFF), else English. They can be issued in that
-- language only, until an officer adds the translation.
INSERT INTO decision_text (decision_id, language, reasons, legal_basis, remedies, written_at, written_by)
SELECT id, CASE WHEN reasons GLOB '*[一-鿿]*' THEN 'zh' ELSE 'en' END, reasons, legal_basis, remedies, drafted_at,
       drafter_id
FROM decision;
