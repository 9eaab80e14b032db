-- Reports (issue 18): the outcomes report counts entries imposed under non-financial rules that feed
-- a financial score (LocalReportSql.nonFinancialEntries). Without this index it read the whole
-- ledger (7.8 s of the outcomes report's 8 s on 100,000 cases, 660,000 entries); with it, only the
-- entries of those rules, covered. Readable by the sqlite3 3.40 shell.
CREATE INDEX report_ledger_by_rule ON ledger_event (scheme_code, rule_code, imposed_on, kind, points, subject_id);
