package org.redress.intake;

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
import java.util.Locale;
import java.util.Set;

/**
 * Imports an agency feed (CSV or JSON) into a workspace in one transaction on the store's writer:
 * all or nothing by default, nothing at all on a dry run, good records only with quarantine.
 * Importing the same file twice changes nothing the second time.
 */
public final class FeedImporter {
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

    public ImportReport importFile(Path file, ImportMode mode) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no such file: " + file);
        }
        String name = file.getFileName().toString();
        ImportReport report = new ImportReport(name, mode);
        long started = System.nanoTime();
        try {
            database.writeAndWait(connection -> {
                runInTransaction(connection, file, mode, report);
                boolean keep = mode == ImportMode.QUARANTINE
                        || (mode == ImportMode.ALL_OR_NOTHING && !report.hasErrors());
                if (!keep) {
                    throw new RollBack();
                }
                report.committed = true;
                return null;
            });
        } catch (RollBack expected) {
            report.committed = false;
        }
        LOG.info("import of {} ({}): {} records in {} ms, {} errors, committed={}", name, mode, report.recordsRead,
                (System.nanoTime() - started) / 1_000_000, report.errorCount(), report.committed);
        return report;
    }

    private void runInTransaction(Connection connection, Path file, ImportMode mode, ImportReport report)
            throws SQLException {
        LocalDate today = LocalDate.now(clock);
        IntakeRules rules = new IntakeRules(catalog, agencies(connection), today);
        String now = clock.instant().toString();
        String source = "import:" + file.getFileName();
        QuarantineFile quarantine = null;
        try {
            if (mode == ImportMode.QUARANTINE) {
                quarantine = new QuarantineFile(file);
            }
            try (SubjectResolver subjects = new SubjectResolver(connection);
                 LedgerFeedWriter ledger = new LedgerFeedWriter(connection, subjects, source, now);
                 AppealFeedWriter appeals = new AppealFeedWriter(connection, catalog, calendar, subjects, source, now)) {
                ImportSession session = new ImportSession(report, rules, ledger, appeals, quarantine);
                if (isJson(file)) {
                    new JsonFeedReader().read(file, session);
                } else {
                    new CsvFeedReader().read(file, session);
                }
                report.subjectsCreated = subjects.created;
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
            throw new UncheckedIOException("cannot read " + file.getFileName() + ": " + e.getMessage(), e);
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
