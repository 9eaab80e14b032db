package org.redress.casework;

import org.redress.catalog.CalendarCatalog;
import org.redress.catalog.SchemeCatalog;
import org.redress.demo.DemoBuilder;
import org.redress.demo.DemoOfficer;
import org.redress.demo.DemoRequest;
import org.redress.demo.DemoResult;
import org.redress.domain.access.Officer;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.domain.scheme.Catalog;
import org.redress.store.Database;
import org.redress.store.QueueFilter;
import org.redress.store.QueueOrder;
import org.redress.store.Workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * A small real demo workspace (200 cases) for the casework services, made in a temporary folder
 * per test class, with the services over it on a clock fixed at the demo's day.
 */
public final class CaseworkFixture implements AutoCloseable {

    public static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    public static final Catalog CATALOG = SchemeCatalog.loadDefault();
    public static final WorkingDayCalendar CALENDAR = CalendarCatalog.fromClasspath();

    public final Path folder;
    public final DemoResult demo;
    public final Database database;

    private CaseworkFixture(Path folder, DemoResult demo) {
        this.folder = folder;
        this.demo = demo;
        this.database = Database.open(new Workspace(folder.resolve("workspace")));
    }

    public static CaseworkFixture create() {
        try {
            Path folder = Files.createTempDirectory("redress-casework-test");
            DemoResult demo = new DemoBuilder(new DemoRequest(200, 20261127L, TODAY)).build(folder.resolve("workspace"));
            return new CaseworkFixture(folder, demo);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Clock clockOn(LocalDate day) {
        return Clock.fixed(day.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    }

    public QueueService queue() {
        return new QueueService(database, CATALOG, CALENDAR, clockOn(TODAY));
    }

    public CaseFileService caseFiles() {
        return new CaseFileService(database, CATALOG, CALENDAR, clockOn(TODAY));
    }

    public CaseActionService actions(LocalDate on) {
        return new CaseActionService(database, CATALOG, CALENDAR, clockOn(on));
    }

    public DemoOfficer account(String username) {
        return demo.accounts().stream().filter(o -> o.username().equals(username)).findFirst().orElseThrow();
    }

    public Officer officer(String username) {
        return account(username).asOfficer();
    }

    /** An officer who reads every case and changes none (the auditor), for lookups in tests. */
    public Officer reader() {
        return officer("sun.li");
    }

    /** The workspace's cases in one status, by deadline. */
    public List<QueueLine> cases(CaseStatus status) {
        return queue().rows(reader(), QueueFilter.ALL.withStatuses(Set.of(status)), QueueOrder.BY_DEADLINE, 0, 500);
    }

    @Override
    public void close() {
        database.close();
        DemoBuilderAccess.delete(folder);
    }

    /** Deletes a folder tree (the demo package keeps its helper package-private). */
    static final class DemoBuilderAccess {
        static void delete(Path root) {
            try (var paths = Files.walk(root)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
