package org.redress.ui;

import org.redress.casework.AttachmentService;
import org.redress.casework.CaseActionService;
import org.redress.casework.CaseFileService;
import org.redress.casework.DeadlineService;
import org.redress.casework.DecisionService;
import org.redress.casework.ReminderService;
import org.redress.casework.EvidencePreviews;
import org.redress.casework.IdentifierReveal;
import org.redress.casework.LetterDesk;
import org.redress.casework.NoteService;
import org.redress.casework.QueueService;
import org.redress.casework.SignInService;
import org.redress.casework.WorkstationSettings;
import org.redress.catalog.CalendarCatalog;
import org.redress.catalog.SchemeCatalog;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.redress.domain.scheme.Catalog;
import org.redress.evidence.EvidenceStore;
import org.redress.letters.LetterIssuer;
import org.redress.security.PasswordHasher;
import org.redress.store.Database;
import org.redress.store.Workspace;
import org.redress.ui.common.Appearance;
import org.redress.ui.common.FxTasks;
import org.redress.ui.common.Messages;
import org.redress.ui.settings.SettingsViewModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;

/**
 * The composition root: opens the workspace and builds every service and shared UI object once,
 * handing them to screens through their constructors. No static singletons. Opening blocks on the
 * database and the catalogs: never call {@link #open} on the FX thread.
 */
public final class AppContext implements AutoCloseable {

    public static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");
    private static final Logger LOG = LoggerFactory.getLogger(AppContext.class);
    private static final String LANGUAGE = SettingsViewModel.LANGUAGE;
    private static final String THEME = SettingsViewModel.THEME;
    private static final String SCALE = SettingsViewModel.SCALE;

    private final Database database;
    private final Catalog catalog;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final FxTasks tasks;
    private final Messages messages;
    private final Appearance appearance = new Appearance();
    private final Map<String, String> settingsAtStart;
    private final QueueService queue;
    private final CaseFileService caseFiles;
    private final org.redress.reports.ReportService reports;
    private final CaseActionService caseActions;
    private final IdentifierReveal identifierReveal;
    private final NoteService notes;
    private final EvidencePreviews evidence;
    private final WorkstationSettings settings;
    private final SignInService signIn;
    private final DecisionService decisions;
    private final AttachmentService attachments;
    private final DeadlineService deadlines;
    private final ReminderService reminders;
    private final LetterDesk letters;
    private final org.redress.casework.UnsavedDecisions unsavedDecisions;

    private AppContext(Database database, Catalog catalog, WorkingDayCalendar calendar, Clock clock, FxTasks tasks) {
        this.database = database;
        this.catalog = catalog;
        this.calendar = calendar;
        this.clock = clock;
        this.tasks = tasks;
        this.settings = new WorkstationSettings(database, clock);
        this.settingsAtStart = settings.all();
        this.queue = new QueueService(database, catalog, calendar, clock);
        this.caseFiles = new CaseFileService(database, catalog, calendar, clock);
        this.reports = new org.redress.reports.ReportService(database, catalog, calendar, clock);
        this.caseActions = new CaseActionService(database, catalog, calendar, clock);
        this.identifierReveal = new IdentifierReveal(database, clock);
        this.notes = new NoteService(database, clock);
        this.evidence = new EvidencePreviews(database.workspace());
        this.signIn = new SignInService(database, new PasswordHasher());
        this.decisions = new DecisionService(database, catalog, clock);
        this.attachments = new AttachmentService(database, new EvidenceStore(org.redress.vault.SealedFiles.of(database)), clock);
        this.deadlines = new DeadlineService(database, catalog, calendar, clock);
        this.reminders = new ReminderService(database, catalog, calendar, clock);
        this.unsavedDecisions = new org.redress.casework.UnsavedDecisions(database, clock);
        this.letters = new LetterDesk(database, new LetterIssuer(database, catalog, calendar, clock));
        this.messages = new Messages(Messages.fromTag(settingsAtStart.getOrDefault(LANGUAGE, "en")));
        appearance.themeProperty().set(Appearance.Theme.named(settingsAtStart.get(THEME)));
        appearance.scaleProperty().set(scale(settingsAtStart.get(SCALE)));
    }

    /**
     * Opens the workspace at {@code root} (migrating its database) and builds the services.
     *
     * @param clock the office's clock: its zone is the office's, "today" and deadlines follow it
     */
    public static AppContext open(Path root, Clock clock, FxTasks tasks) {
        return open(root, settings -> clock, tasks);
    }

    /** Opens the workspace with the clock its settings call for (see {@link #demoDayClock}). */
    public static AppContext open(Path root, Function<Map<String, String>, Clock> clockFor, FxTasks tasks) {
        long started = System.nanoTime();
        // The catalogs are read while the database opens (and migrates): neither needs the other.
        CompletableFuture<Catalog> catalogs = CompletableFuture.supplyAsync(SchemeCatalog::loadDefault);
        CompletableFuture<WorkingDayCalendar> calendars = CompletableFuture.supplyAsync(CalendarCatalog::fromClasspath);
        Database database = Database.open(new Workspace(root));
        try {
            Catalog catalog = joined(catalogs);
            WorkingDayCalendar calendar = org.redress.casework.CalendarNotices.calendar(database, joined(calendars));
            Clock clock = clockFor.apply(new WorkstationSettings(database, Clock.systemUTC()).all());
            AppContext context = new AppContext(database, catalog, calendar, clock, tasks);
            LOG.info("workspace opened and services built in {} ms", (System.nanoTime() - started) / 1_000_000);
            return context;
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    private static <T> T joined(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw e;
        }
    }

    /** The office's clock: China Standard Time, where the working-day calendar applies. */
    public static Clock officeClock() {
        return Clock.system(OFFICE_ZONE);
    }

    /**
     * For pictures and tests that must not change with the date: a demo workspace's own day (the
     * day it was generated as of, so its deadlines read as designed), else the office's clock.
     */
    public static Clock demoDayClock(Map<String, String> settings) {
        String day = settings.get("demo.today");
        if (day == null) {
            return officeClock();
        }
        return Clock.fixed(LocalDate.parse(day).atTime(10, 0).atZone(OFFICE_ZONE).toInstant(), OFFICE_ZONE);
    }

    private static double scale(String stored) {
        try {
            return stored == null ? 1.0 : Appearance.clamp(Double.parseDouble(stored));
        } catch (NumberFormatException e) {
            return 1.0;
        }
    }

    public Workspace workspace() {
        return database.workspace();
    }

    public Database database() {
        return database;
    }

    public Catalog catalog() {
        return catalog;
    }

    public WorkingDayCalendar calendar() {
        return calendar;
    }

    public Clock clock() {
        return clock;
    }

    public FxTasks tasks() {
        return tasks;
    }

    public Messages messages() {
        return messages;
    }

    public Appearance appearance() {
        return appearance;
    }

    /** The workspace's settings as they were when it was opened (office name, demo day, preferences). */
    public Map<String, String> settingsAtStart() {
        return settingsAtStart;
    }

    public SignInService signIn() {
        return signIn;
    }

    public QueueService queue() {
        return queue;
    }

    public org.redress.reports.ReportService reports() {
        return reports;
    }

    public CaseFileService caseFiles() {
        return caseFiles;
    }

    public CaseActionService caseActions() {
        return caseActions;
    }

    public DecisionService decisions() {
        return decisions;
    }

    /** Decision work not yet saved as a draft, kept as the officer types. */
    public org.redress.casework.UnsavedDecisions unsavedDecisions() {
        return unsavedDecisions;
    }

    public LetterDesk letters() {
        return letters;
    }

    public DeadlineService deadlines() {
        return deadlines;
    }

    public ReminderService reminders() {
        return reminders;
    }

    public AttachmentService attachments() {
        return attachments;
    }

    public IdentifierReveal identifierReveal() {
        return identifierReveal;
    }

    public NoteService notes() {
        return notes;
    }

    public EvidencePreviews evidence() {
        return evidence;
    }

    public WorkstationSettings settings() {
        return settings;
    }

    /** Stops background work, then closes the database (queued writes finish first). */
    @Override
    public void close() {
        tasks.close();
        letters.close();
        database.close();
        LOG.info("workspace closed");
    }
}
