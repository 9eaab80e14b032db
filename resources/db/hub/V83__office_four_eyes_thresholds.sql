-- An office's own four-eyes thresholds (issue #13): a workspace may lower or raise a scheme's
-- threshold (`four_eyes.threshold.<SCHEME>`); the hub judges the office's decisions with the same
-- numbers, set by `redress hub set-office --four-eyes-threshold SCHEME=POINTS`. A scheme with no
-- row here keeps the catalogue's threshold.
CREATE TABLE office_four_eyes_threshold (
    office_code text NOT NULL REFERENCES office (code),
    scheme_code text NOT NULL,
    points      integer NOT NULL CHECK (points >= 0),
    PRIMARY KEY (office_code, scheme_code)
);
