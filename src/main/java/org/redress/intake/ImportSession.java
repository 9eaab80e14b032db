package org.redress.intake;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** One file's pass: validate each record as it streams by, write the good ones, report the rest. */
final class ImportSession implements FeedRecordSink {
    private final ImportReport report;
    private final LedgerRecordValidator ledgerValidator;
    private final AppealRecordValidator appealValidator;
    private final LedgerFeedWriter ledger;
    private final AppealFeedWriter appeals;
    private final @Nullable QuarantineFile quarantine;

    ImportSession(ImportReport report, IntakeRules rules, LedgerFeedWriter ledger, AppealFeedWriter appeals,
                  @Nullable QuarantineFile quarantine) {
        this.report = report;
        this.ledgerValidator = new LedgerRecordValidator(rules);
        this.appealValidator = new AppealRecordValidator(rules);
        this.ledger = ledger;
        this.appeals = appeals;
        this.quarantine = quarantine;
    }

    @Override
    public void record(RawRecord record) {
        report.recordsRead++;
        List<FeedProblem> problems = new ArrayList<>(2);
        try {
            LedgerFeedWriter.Outcome outcome = switch (record.kind()) {
                case LEDGER -> {
                    IncomingLedgerEntry entry = ledgerValidator.validate(record, problems);
                    yield entry == null ? LedgerFeedWriter.Outcome.REFUSED : ledger.write(entry, sink(record, problems));
                }
                case APPEALS -> {
                    IncomingAppeal appeal = appealValidator.validate(record, problems);
                    yield appeal == null ? LedgerFeedWriter.Outcome.REFUSED : appeals.write(appeal, sink(record, problems));
                }
            };
            count(record.kind(), outcome);
            problems.forEach(report::add);
            if (outcome == LedgerFeedWriter.Outcome.REFUSED && quarantine != null) {
                quarantine.write(record, problems);
                report.quarantined++;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the workspace refused " + record.where() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void problem(FeedProblem problem) {
        report.add(problem);
        if (problem.isError() && quarantine != null) {
            try {
                quarantine.write(problem);
                report.quarantined++;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void count(FeedKind kind, LedgerFeedWriter.Outcome outcome) {
        switch (outcome) {
            case IMPORTED -> {
                if (kind == FeedKind.LEDGER) {
                    report.ledgerImported++;
                } else {
                    report.appealsImported++;
                }
            }
            case UNCHANGED -> {
                if (kind == FeedKind.LEDGER) {
                    report.ledgerUnchanged++;
                } else {
                    report.appealsUnchanged++;
                }
            }
            case REFUSED -> { }
        }
    }

    private static FieldCheckSink sink(RawRecord record, List<FeedProblem> problems) {
        return new FieldCheckSink() {
            @Override
            public void error(@Nullable String field, String message) {
                problems.add(FeedProblem.error(record.where(), field, message));
            }

            @Override
            public void warning(@Nullable String field, String message) {
                problems.add(FeedProblem.warning(record.where(), field, message));
            }
        };
    }
}
