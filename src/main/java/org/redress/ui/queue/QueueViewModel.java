package org.redress.ui.queue;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.jspecify.annotations.Nullable;
import org.redress.casework.QueueChoices;
import org.redress.casework.QueueLine;
import org.redress.casework.Officers;
import org.redress.casework.QueueService;
import org.redress.domain.access.Officer;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Priority;
import org.redress.domain.scheme.RuleCategory;
import org.redress.store.QueueFilter;
import org.redress.store.QueueOrder;
import org.redress.ui.common.FxTasks;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * The case queue: the filter bar's criteria as properties, the queue they select as a virtual list
 * of pages ({@link QueueRows}), its total and the count of each status. Any change of criteria or
 * order reloads the count and the first page in one background task; later pages load as the table
 * scrolls to them. Results of an outdated load are dropped.
 */
public final class QueueViewModel {

    private final QueueService service;
    private final FxTasks tasks;
    private final LongConsumer onOpenCase;
    private final QueueRows rows;

    private final ObjectProperty<StatusChoice> status;
    private final ObjectProperty<@Nullable Priority> priority = new SimpleObjectProperty<>(this, "priority");
    private final BooleanProperty overdue = new SimpleBooleanProperty(this, "overdue");
    private final ObjectProperty<@Nullable String> scheme = new SimpleObjectProperty<>(this, "scheme");
    private final ObjectProperty<@Nullable RuleCategory> category = new SimpleObjectProperty<>(this, "category");
    private final ObjectProperty<@Nullable String> agency = new SimpleObjectProperty<>(this, "agency");
    private final ObjectProperty<@Nullable String> region = new SimpleObjectProperty<>(this, "region");
    private final ObjectProperty<AssigneeChoice> assignee = new SimpleObjectProperty<>(this, "assignee",
            AssigneeChoice.ANYONE);
    /** Whose cases the screen opens on (and clearing the filters returns to): anyone's unless told otherwise. */
    private AssigneeChoice initialAssignee = AssigneeChoice.ANYONE;
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final ObjectProperty<QueueOrder> order = new SimpleObjectProperty<>(this, "order", QueueOrder.BY_DEADLINE);
    private final ObjectProperty<@Nullable DrillDown> drillDown = new SimpleObjectProperty<>(this, "drillDown");

    private final ReadOnlyLongWrapper total = new ReadOnlyLongWrapper(this, "total", -1);
    private final ReadOnlyObjectWrapper<Map<CaseStatus, Long>> counts = new ReadOnlyObjectWrapper<>(this, "counts",
            Map.of());
    private final ReadOnlyObjectWrapper<QueueChoices> choices = new ReadOnlyObjectWrapper<>(this, "choices",
            QueueChoices.NONE);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(this, "failed");

    private final StatusChoice initialStatus;
    private final Officer officer;
    private final long officerId;
    private QueueFilter appliedFilter = QueueFilter.open();
    private QueueOrder appliedOrder = QueueOrder.BY_DEADLINE;
    private long reloads;
    private boolean reloadQueued;
    private Runnable onLoaded = () -> { };

    public QueueViewModel(QueueService service, FxTasks tasks, Officer officer, StatusChoice initialStatus,
                          LongConsumer onOpenCase) {
        this.service = service;
        this.officer = officer;
        this.officerId = Officers.storeId(officer);
        this.tasks = tasks;
        this.onOpenCase = onOpenCase;
        this.initialStatus = initialStatus;
        this.status = new SimpleObjectProperty<>(this, "status", initialStatus);
        this.rows = new QueueRows(this::requestPage);
        for (Observable criterion : List.<Observable>of(status, priority, overdue, scheme, category, agency, region,
                assignee, search, order, drillDown)) {
            criterion.addListener(o -> queueReload());
        }
    }

    /**
     * The screen opens on the officer's own cases when they are an officer (a supervisor hands
     * cases out and sees anyone's); call before {@link #start()}. "Clear filters" comes back here.
     */
    public QueueViewModel openingOnOwnCasesForOfficers() {
        if (officer.role() == org.redress.domain.access.Role.OFFICER) {
            initialAssignee = AssigneeChoice.me(officerId);
            assignee.set(initialAssignee);
        }
        return this;
    }

    /** Loads the filter bar's choices and the queue. */
    public void start() {
        tasks.supply(() -> service.choices(officer)).onSuccess(choices::set).start();
        reload();
    }

    /** Reloads once after the current burst of changes (clearing filters changes several at once). */
    private void queueReload() {
        if (!reloadQueued) {
            reloadQueued = true;
            tasks.onFx(() -> {
                reloadQueued = false;
                reload();
            });
        }
    }

    /** Loads count, per-status counts and first page again for the current criteria. */
    public void reload() {
        QueueFilter filter = filter();
        QueueOrder sortedBy = order.get();
        long reload = ++reloads;
        loading.set(true);
        tasks.supply(() -> new Loaded(service.count(officer, filter), service.countsByStatus(officer, filter),
                        service.rows(officer, filter, sortedBy, 0, QueueRows.PAGE_SIZE)))
                .onSuccess(loaded -> {
                    if (reload != reloads) {
                        return;
                    }
                    appliedFilter = filter;
                    appliedOrder = sortedBy;
                    failed.set(false);
                    counts.set(loaded.counts());
                    total.set(loaded.total());
                    rows.reset((int) Math.min(Integer.MAX_VALUE, loaded.total()), loaded.firstPage());
                    onLoaded.run();
                })
                .onError(e -> {
                    if (reload == reloads) {
                        failed.set(true);
                    }
                    tasks.report(e);
                })
                .andFinally(() -> {
                    if (reload == reloads) {
                        loading.set(false);
                    }
                })
                .start();
    }

    private record Loaded(long total, Map<CaseStatus, Long> counts, List<QueueLine> firstPage) {
    }

    private void requestPage(long generation, int page) {
        QueueFilter filter = appliedFilter;
        QueueOrder sortedBy = appliedOrder;
        tasks.supply(() -> service.rows(officer, filter, sortedBy, (long) page * QueueRows.PAGE_SIZE, QueueRows.PAGE_SIZE))
                .onSuccess(lines -> rows.pageArrived(generation, page, lines))
                .onError(e -> rows.pageFailed(generation, page))
                .start();
    }

    /** The store's filter for the current criteria. */
    public QueueFilter filter() {
        String text = search.get() == null ? "" : search.get().strip();
        return QueueFilter.ALL.withStatuses(status.get().statuses())
                .withPriority(priority.get())
                .withOverdueOn(overdue.get() ? service.today() : null)
                .withScheme(scheme.get())
                .withRuleCategory(category.get())
                .withAgency(agency.get())
                .withRegion(region.get())
                .withAssignee(assignee.get().filter())
                .withText(text.isEmpty() ? null : text)
                .withCases(drillDown.get() == null ? null : drillDown.get().cases());
    }

    /** Whether anything beyond the screen's own status narrows the queue. */
    public boolean isNarrowed() {
        return !status.get().equals(initialStatus) || priority.get() != null || overdue.get() || scheme.get() != null
                || category.get() != null || agency.get() != null || region.get() != null
                || !assignee.get().equals(initialAssignee) || !search.get().isBlank() || drillDown.get() != null;
    }

    /**
     * Exactly the cases behind a report's figure: every other criterion is let go (any status,
     * anyone's), so the queue shows the drill's cases and no others until it is cleared.
     */
    public void showCases(DrillDown drill) {
        clearFilters();
        status.set(StatusChoice.ALL);
        assignee.set(AssigneeChoice.ANYONE);
        drillDown.set(drill);
    }

    /** Back to the screen's own status and assignee (an officer's own cases) with no other criterion. */
    public void clearFilters() {
        status.set(initialStatus);
        priority.set(null);
        overdue.set(false);
        scheme.set(null);
        category.set(null);
        agency.set(null);
        region.set(null);
        assignee.set(initialAssignee);
        search.set("");
        drillDown.set(null);
    }

    /** Opens a case of the queue (a line not loaded yet opens nothing). */
    /** Loads the grounds and statement of {@code line}'s case for the reading pane; {@code shown} runs on the FX thread. */
    public void preview(QueueLine line, java.util.function.Consumer<java.util.Optional<org.redress.casework.CasePreview>> shown) {
        tasks.supply(() -> service.preview(officer, line.caseId())).onSuccess(shown).start();
    }

    public void open(@Nullable QueueLine line) {
        if (line != null) {
            onOpenCase.accept(line.caseId());
        }
    }

    /** Called after each completed load (the launcher logs the first as "queue interactive"). */
    public void setOnLoaded(Runnable onLoaded) {
        this.onLoaded = onLoaded;
    }

    /** The count of one status under the other criteria (0 before the first load). */
    public long count(CaseStatus s) {
        return counts.get().getOrDefault(s, 0L);
    }

    /** Per-status counts under the other criteria, all statuses present. */
    public static Map<CaseStatus, Long> complete(Map<CaseStatus, Long> partial) {
        Map<CaseStatus, Long> all = new EnumMap<>(CaseStatus.class);
        for (CaseStatus s : CaseStatus.values()) {
            all.put(s, partial.getOrDefault(s, 0L));
        }
        return all;
    }

    public QueueRows rows() {
        return rows;
    }

    public ObjectProperty<StatusChoice> statusProperty() {
        return status;
    }

    public ObjectProperty<@Nullable Priority> priorityProperty() {
        return priority;
    }

    public BooleanProperty overdueProperty() {
        return overdue;
    }

    public ObjectProperty<@Nullable String> schemeProperty() {
        return scheme;
    }

    public ObjectProperty<@Nullable RuleCategory> categoryProperty() {
        return category;
    }

    public ObjectProperty<@Nullable String> agencyProperty() {
        return agency;
    }

    public ObjectProperty<@Nullable String> regionProperty() {
        return region;
    }

    public ObjectProperty<AssigneeChoice> assigneeProperty() {
        return assignee;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The report figure the queue is narrowed to, if any. */
    public ObjectProperty<@Nullable DrillDown> drillDownProperty() {
        return drillDown;
    }

    public ObjectProperty<QueueOrder> orderProperty() {
        return order;
    }

    /** Matching cases; -1 until the first load. */
    public ReadOnlyLongProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Map<CaseStatus, Long>> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<QueueChoices> choicesProperty() {
        return choices.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    /** "My cases": the signed-in officer's. */
    public AssigneeChoice meChoice() {
        return AssigneeChoice.me(officerId);
    }

    public StatusChoice initialStatus() {
        return initialStatus;
    }
}
