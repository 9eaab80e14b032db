-- The office's four-eyes sample rate (issue #13): the share of decisions that need a second officer
-- although no other rule asks for one. The hub judges decisions with the office's rate, as its
-- workstations do with the workspace setting four_eyes.sample_rate; set by
-- `redress hub set-office --four-eyes-sample-rate`. 0.10 is the workstation's default.
ALTER TABLE office ADD COLUMN four_eyes_sample_rate double precision NOT NULL DEFAULT 0.10
    CHECK (four_eyes_sample_rate >= 0 AND four_eyes_sample_rate <= 1);
