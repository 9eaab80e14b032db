package org.redress.intake;

import org.redress.audit.AuditChain;
import org.redress.audit.AuditEntry;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.domain.scheme.Catalog;
import org.redress.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;

/**
 * Imports an agency feed (CSV or JSON) into a workspace in one transaction on the store's writer:
 * all or nothing by default, nothing at all on a dry run, good records only with quarantine.
 * Importing the same file twice changes nothing the second time.
 */
public final class FeedImporter {

    /** The office's days (China Standard Time, as the working-day calendar): a guard refusal's day. */
    private static final java.time.ZoneId OFFICE_ZONE = java.time.ZoneId.of("Asia/Shanghai");
    private static final Logger LOG = LoggerFactory.getLogger(FeedImporter.class);

    /** Thrown inside the write to roll it back; never escapes this class. */
    private static final class RollBack extends RuntimeException {
        RollBack() {
            super(null, null, false, false);
        }
    }

    private final Database database;
    private final Catalog catalog;
    private final WorkingDayCalendar calendar;
    private final Clock clock;

    public FeedImporter(Database database, Catalog catalog, WorkingDayCalendar calendar, Clock clock) {
        this.database = database;
        this.catalog = catalog;
        this.calendar = calendar;
        this.clock = clock;
    }

    /**
     * Imports {@code file} as {@code importer}, who must be allowed to import feeds; the committed
     * file's audit event names them. The command line and the screens import this way.
     *
     * @throws org.redress.security.AccessDenied for a role that may not import
     */
    public ImportReport importFile(Path file, ImportMode mode, org.redress.domain.access.Officer importer) {
        org.redress.security.Authorization.require(importer, org.redress.domain.access.Permission.IMPORT_FEED);
        return importFile(file, mode, Long.parseLong(importer.id()));
    }

    /** Imports with no officer named (benchmarks and tests on workspaces of their own). */
    public ImportReport importFile(Path file, ImportMode mode) {
        return importFile(file, mode, (Long) null);
    }

    private ImportReport importFile(Path file, ImportMode mode, @org.jspecify.annotations.Nullable Long actorId) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        String name = file.getFileName().toString();
        ImportReport report = new ImportReport(name, mode);
        long started = System.nanoTime();
        IntakeRules rules = new IntakeRules(catalog, database.read(FeedImporter::agencies), LocalDate.now(clock));
        RecordPipe pipe = new RecordPipe();
        List<GuardRefusals.Refusal> refused = new java.util.ArrayList<>();
        CompletableFuture<Void> writing = database.write(connection -> {
            writeInTransaction(connection, file, mode, report, pipe, refused);
            boolean keep = mode == ImportMode.QUARANTINE || (mode == ImportMode.ALL_OR_NOTHING && !report.hasErrors());
            if (!keep) {
                throw new RollBack();
            }
            report.committed = true;
            auditImport(connection, name, mode, report, actorId);
            return null;
        });
        BooleanSupplier writerGone = writing::isDone;
        try {
            read(file, ImportSession.checker(rules, pipe, writerGone));
            pipe.close(writerGone);
        } catch (RecordPipe.WriterStopped e) {
            // the writer's own failure is what join() reports below
        } catch (IOException | RuntimeException e) {
            failQuietly(pipe, e, writerGone);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            writing.join();
        } catch (CompletionException e) {
            if (!(e.getCause() instanceof RollBack)) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
            report.committed = false;
        }
        if (mode != ImportMode.DRY_RUN && !refused.isEmpty()) {
            LocalDate day = LocalDate.ofInstant(clock.instant(), OFFICE_ZONE);
            database.writeAndWait(connection -> {
                GuardRefusals.record(connection, day, refused);
                return null;
            });
        }
        LOG.info("import of {} ({}): {} records in {} ms, {} errors, committed={}", name, mode, report.recordsRead,
                (System.nanoTime() - started) / 1_000_000, report.errorCount(), report.committed);
        return report;
    }

    /**
     * One audit event per committed file: counts and mode; the file is named by a digest of its
     * name only, since agencies' file names may carry a person's name.
     */
    private void auditImport(Connection connection, String name, ImportMode mode, ImportReport report,
                             @org.jspecify.annotations.Nullable Long actorId) throws SQLException {
        var payload = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                .put("mode", mode.name())
                .put("fileNameSha256", fileNameDigest(name))
                .put("records", report.recordsRead)
                .put("ledgerImported", report.ledgerImported)
                .put("appealsImported", report.appealsImported)
                .put("subjectsCreated", report.subjectsCreated)
                .put("quarantined", report.quarantined)
                .put("errors", report.errorCount());
        AuditChain.append(connection, new AuditEntry(clock.instant(), actorId, "import.file", "feed", "file", payload));
    }

    private static String fileNameDigest(String name) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(name.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK provides SHA-256", e);
        }
    }

    private static void read(Path file, FeedRecordSink sink) throws IOException {
        if (isJson(file)) {
            new JsonFeedReader().read(file, sink);
        } else {
            new CsvFeedReader().read(file, sink);
        }
    }

    private static void failQuietly(RecordPipe pipe, Exception failure, BooleanSupplier writerGone) {
        try {
            pipe.fail(failure instanceof IOException io ? new UncheckedIOException(io) : failure, writerGone);
        } catch (RecordPipe.WriterStopped e) {
            failure.addSuppressed(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeInTransaction(Connection connection, Path file, ImportMode mode, ImportReport report,
                                    RecordPipe pipe, List<GuardRefusals.Refusal> refused) throws SQLException {
        String now = clock.instant().toString();
        String source = "import:" + file.getFileName();
        QuarantineFile quarantine = null;
        try {
            if (mode == ImportMode.QUARANTINE) {
                quarantine = new QuarantineFile(file);
            }
            try (SubjectResolver subjects = new SubjectResolver(connection);
                 LedgerFeedWriter ledger = new LedgerFeedWriter(connection, subjects, catalog, source, now);
                 AppealFeedWriter appeals = new AppealFeedWriter(connection, catalog, calendar, subjects, source, now,
                         database.journal())) {
                ImportSession session = new ImportSession(report, ledger, appeals, quarantine);
                try {
                    session.drain(pipe);
                } finally {
                    refused.clear();
                    refused.addAll(ledger.refusals());
                }
                report.subjectsCreated = subjects.created;
                ReportedScoreWarnings.check(connection, catalog, file.getFileName().toString(),
                        session.reportedScores, report);
            }
            if (quarantine != null) {
                quarantine.close();
                if (report.quarantined == 0) {
                    quarantine.delete();
                } else {
                    report.quarantineFile = quarantine.path();
                }
            }
        } catch (IOException e) {
            deleteQuietly(quarantine);
            throw new UncheckedIOException("cannot write beside " + file.getFileName() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            deleteQuietly(quarantine);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("import interrupted", e);
        } catch (RuntimeException | SQLException e) {
            deleteQuietly(quarantine);
            throw e;
        }
    }

    private static void deleteQuietly(QuarantineFile quarantine) {
        if (quarantine == null) {
            return;
        }
        try {
            quarantine.close();
            quarantine.delete();
        } catch (IOException e) {
            LOG.warn("could not remove the quarantine file: {}", e.getMessage());
        }
    }

    static boolean isJson(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    private static Set<String> agencies(Connection connection) throws SQLException {
        Set<String> codes = new HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement("SELECT code FROM agency");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                codes.add(rs.getString(1));
            }
        }
        return codes;
    }
}
