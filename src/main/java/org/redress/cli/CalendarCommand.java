package org.redress.cli;

import org.redress.catalog.CalendarCatalog;
import org.redress.catalog.CalendarCatalogException;
import org.redress.domain.calendar.CoverageWarning;
import org.redress.domain.calendar.Deadline;
import org.redress.domain.calendar.DeadlineClock;
import org.redress.domain.calendar.HolidayYear;
import org.redress.domain.calendar.Pause;
import org.redress.domain.calendar.PublicHoliday;
import org.redress.domain.calendar.WorkingDayCalendar;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code redress calendar}: deadlines and holidays on the official working-day calendar. */
@Command(name = "calendar",
        mixinStandardHelpOptions = true,
        description = "Working-day deadlines and the official holiday calendar.",
        subcommands = {CalendarCommand.DeadlineCommand.class, CalendarCommand.ShowCommand.class, CalendarLoadCommand.class})
public final class CalendarCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "deadline", mixinStandardHelpOptions = true,
            description = {"Prints the deadline: the Nth working day after the day of receipt (which never counts).",
                    "First line: the date (YYYY-MM-DD), or 'suspended' while a pause is open.",
                    "Warnings about years without an official calendar go to standard error; exit code 0."})
    static final class DeadlineCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--workspace", paramLabel = "DIR",
                description = "Also count the holiday notices loaded into this workspace (calendar load).")
        java.nio.file.@org.jspecify.annotations.Nullable Path workspace;

        @Option(names = "--from", required = true, paramLabel = "YYYY-MM-DD", converter = DateConverter.class,
                description = "Day of receipt.")
        LocalDate from;

        @Option(names = "--working-days", required = true, paramLabel = "N",
                description = "Working days allowed (0 = due on the day of receipt).")
        int workingDays;

        @Option(names = "--pause", paramLabel = "FROM..RESUMED", converter = PauseConverter.class,
                description = {"A stretch awaiting the applicant's information, repeatable. Working days from FROM",
                        "to the day before RESUMED do not count; leave RESUMED empty (FROM..) while still awaited."})
        List<Pause> pauses = new ArrayList<>();

        @Override
        public Integer call() {
            if (workingDays < 0 || workingDays > WorkingDayCalendar.MAX_WORKING_DAYS) {
                throw new ParameterException(spec.commandLine(), "--working-days must be 0 to "
                        + WorkingDayCalendar.MAX_WORKING_DAYS + ", not " + workingDays);
            }
            WorkingDayCalendar calendar;
            try {
                calendar = calendarOf(spec, workspace);
            } catch (CalendarCatalogException e) {
                spec.commandLine().getErr().println("error: official calendar cannot be loaded: " + e.getMessage());
                return 1;
            }
            Deadline deadline;
            try {
                deadline = new DeadlineClock(calendar).deadline(from, workingDays, pauses);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage(), e);
            }
            PrintWriter out = spec.commandLine().getOut();
            switch (deadline) {
                case Deadline.Due due -> out.println(due.date());
                case Deadline.Suspended suspended -> {
                    out.println("suspended");
                    out.println("awaiting information since " + suspended.since() + ": "
                            + suspended.workingDaysUsed() + " working days used, "
                            + suspended.workingDaysRemaining() + " remaining once the material arrives");
                }
            }
            out.flush();
            printWarnings(spec, deadline.warnings());
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Lists a year's public holidays and make-up working days, with the notice they come from.")
    static final class ShowCommand implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--year", required = true, paramLabel = "YYYY", description = "The year to list.")
        int year;

        @Option(names = "--workspace", paramLabel = "DIR",
                description = "Also list the holiday notices loaded into this workspace (calendar load).")
        java.nio.file.@org.jspecify.annotations.Nullable Path workspace;

        @Override
        public Integer call() {
            WorkingDayCalendar calendar;
            try {
                calendar = calendarOf(spec, workspace);
            } catch (CalendarCatalogException e) {
                spec.commandLine().getErr().println("error: official calendar cannot be loaded: " + e.getMessage());
                return 1;
            }
            var found = calendar.year(year);
            if (found.isEmpty()) {
                spec.commandLine().getErr().println("no official calendar for " + year
                        + "; calendars available for " + calendar.coveredYears());
                return 1;
            }
            print(spec.commandLine().getOut(), found.get());
            return 0;
        }

        private static void print(PrintWriter out, HolidayYear year) {
            var source = year.source();
            out.println("Official working-day calendar " + year.year());
            out.println("Source: " + source.titleZh() + " (" + source.documentNumber() + "), issued " + source.issuedOn());
            out.println("        " + source.titleEn());
            out.println();
            out.println("Public holidays (every day off, weekends included):");
            for (PublicHoliday h : year.holidays()) {
                out.printf("  %s to %s  %d day%s  %s / %s%n", h.from(), h.to(), h.days(), h.days() == 1 ? "" : "s",
                        h.nameZh(), h.nameEn());
            }
            out.println();
            out.println("Make-up working days (weekend days that are worked):");
            for (LocalDate day : year.makeUpWorkingDays()) {
                out.println("  " + day + " " + day.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH));
            }
            out.flush();
        }
    }

    /** The shipped calendar, joined by a workspace's loaded notices when one is named. */
    static WorkingDayCalendar calendarOf(CommandSpec spec, java.nio.file.@org.jspecify.annotations.Nullable Path workspace) {
        if (workspace == null) {
            return CalendarCatalog.fromClasspath();
        }
        if (!WorkspaceOption.isWorkspace(workspace)) {
            throw new ParameterException(spec.commandLine(), WorkspaceOption.missing("calendar", workspace));
        }
        try (var db = org.redress.store.Database.open(new org.redress.store.Workspace(workspace))) {
            return org.redress.casework.CalendarNotices.calendar(db);
        }
    }

    private static void printWarnings(CommandSpec spec, List<CoverageWarning> warnings) {
        PrintWriter err = spec.commandLine().getErr();
        for (CoverageWarning warning : warnings) {
            err.println("warning: " + warning.message());
        }
        err.flush();
    }

    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("'" + value + "' is not a date (expected YYYY-MM-DD)");
            }
        }
    }

    static final class PauseConverter implements ITypeConverter<Pause> {
        @Override
        public Pause convert(String value) {
            int dots = value.indexOf("..");
            if (dots < 0) {
                throw new TypeConversionException("'" + value + "' is not a pause (expected FROM..RESUMED or FROM..)");
            }
            var dates = new DateConverter();
            LocalDate start = dates.convert(value.substring(0, dots));
            String end = value.substring(dots + 2);
            try {
                return new Pause(start, end.isEmpty() ? null : dates.convert(end));
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
