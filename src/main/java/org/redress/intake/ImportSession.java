package org.redress.intake;

import org.jspecify.annotations.Nullable;

import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

/**
 * The writer-thread half of an import: takes checked records in file order, runs the checks that
 * need the workspace, writes what passes, counts, and quarantines what does not. Only this thread
 * touches the report, so its problems stay in file order: ledger rows are settled when their batch
 * is written, and anything else first has the writer write its batch.
 */
final class ImportSession {
    private final ImportReport report;
    private final LedgerFeedWriter ledger;
    private final AppealFeedWriter appeals;
    private final @Nullable QuarantineFile quarantine;
    /** Where each entry of this file that carries a reported score was read, by agency and reference. */
    final java.util.Map<String, SourceLocation> reportedScores = new java.util.HashMap<>();

    ImportSession(ImportReport report, LedgerFeedWriter ledger, AppealFeedWriter appeals,
                  @Nullable QuarantineFile quarantine) {
        this.report = report;
        this.ledger = ledger;
        this.appeals = appeals;
        this.quarantine = quarantine;
    }

    void drain(RecordPipe pipe) throws InterruptedException, SQLException, IOException {
        for (List<CheckedRecord> batch = pipe.take(); !batch.isEmpty(); batch = pipe.take()) {
            for (CheckedRecord item : batch) {
                accept(item);
            }
        }
        ledger.flush();
    }

    private void accept(CheckedRecord item) throws SQLException, IOException {
        RawRecord record = item.record();
        if (record == null) {
            ledger.flush();
            FeedProblem problem = item.problems().getFirst();
            report.add(problem);
            if (problem.isError() && quarantine != null) {
                quarantine.write(problem);
                report.quarantined++;
            }
            return;
        }
        report.recordsRead++;
        List<FeedProblem> problems = item.problems();
        FieldCheckSink sink = sink(record, problems);
        if (item.valid() instanceof IncomingLedgerEntry entry) {
            ledger.write(entry, sink, outcome -> {
                if (outcome == LedgerFeedWriter.Outcome.IMPORTED && entry.reportedScore() != null) {
                    reportedScores.put(ReportedScoreWarnings.key(entry.agency(), entry.reference()), entry.where());
                }
                settle(record, problems, outcome);
            });
            return;
        }
        ledger.flush();
        LedgerFeedWriter.Outcome outcome = item.valid() instanceof IncomingAppeal appeal
                ? appeals.write(appeal, sink)
                : LedgerFeedWriter.Outcome.REFUSED;
        settle(record, problems, outcome);
    }

    private void settle(RawRecord record, List<FeedProblem> problems, LedgerFeedWriter.Outcome outcome)
            throws IOException {
        count(record.kind(), outcome);
        problems.forEach(report::add);
        if (outcome == LedgerFeedWriter.Outcome.REFUSED && quarantine != null) {
            quarantine.write(record, problems);
            report.quarantined++;
        }
    }

    private void count(FeedKind kind, LedgerFeedWriter.Outcome outcome) {
        boolean ledgerKind = kind == FeedKind.LEDGER;
        switch (outcome) {
            case IMPORTED -> {
                if (ledgerKind) {
                    report.ledgerImported++;
                } else {
                    report.appealsImported++;
                }
            }
            case UNCHANGED -> {
                if (ledgerKind) {
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

    /** The reading-thread half: validates each record on its own and puts it in the pipe. */
    static FeedRecordSink checker(IntakeRules rules, RecordPipe pipe, java.util.function.BooleanSupplier writerGone) {
        LedgerRecordValidator ledgerValidator = new LedgerRecordValidator(rules);
        AppealRecordValidator appealValidator = new AppealRecordValidator(rules);
        return new FeedRecordSink() {
            @Override
            public void record(RawRecord record) {
                List<FeedProblem> problems = new java.util.ArrayList<>(2);
                Object valid = switch (record.kind()) {
                    case LEDGER -> ledgerValidator.validate(record, problems);
                    case APPEALS -> appealValidator.validate(record, problems);
                };
                put(new CheckedRecord(record, valid, problems));
            }

            @Override
            public void problem(FeedProblem problem) {
                put(CheckedRecord.readingProblem(problem));
            }

            private void put(CheckedRecord item) {
                try {
                    pipe.put(item, writerGone);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("import interrupted", e);
                }
            }
        };
    }
}
