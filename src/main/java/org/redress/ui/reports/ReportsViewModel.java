package org.redress.ui.reports;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import org.jspecify.annotations.Nullable;
import org.redress.domain.access.Officer;
import org.redress.reports.Drill;
import org.redress.reports.FigureId;
import org.redress.domain.scheme.LocalizedText;
import org.redress.store.CaseSet;
import org.redress.ui.queue.DrillDown;
import org.redress.reports.LocalReportChoices;
import org.redress.reports.Measure;
import org.redress.reports.Report;
import org.redress.reports.ReportName;
import org.redress.reports.ReportRequest;
import org.redress.reports.ReportService;
import org.redress.reports.Row;
import org.redress.ui.common.FxTasks;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

/**
 * The Reports screen's state: which report, period, scheme and agency; the report as computed off
 * the UI thread. A drill computes the cases behind a figure off the UI thread and hands them, with
 * what they are in both languages, to the queue.
 */
public final class ReportsViewModel {

    private final ReportService service;
    private final FxTasks tasks;
    private final Officer officer;
    private final Consumer<DrillDown> toQueue;

    private final ObjectProperty<ReportName> name = new SimpleObjectProperty<>(this, "name", ReportName.CASELOAD);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<@Nullable String> scheme = new SimpleObjectProperty<>(this, "scheme");
    private final ObjectProperty<@Nullable String> agency = new SimpleObjectProperty<>(this, "agency");
    private final ReadOnlyObjectWrapper<@Nullable Report> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<List<LocalReportChoices.Choice>> schemes =
            new ReadOnlyObjectWrapper<>(this, "schemes", List.of());
    private final ReadOnlyObjectWrapper<List<LocalReportChoices.Choice>> agencies =
            new ReadOnlyObjectWrapper<>(this, "agencies", List.of());
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private long loads;

    /** @param toQueue shows the queue narrowed to a drill's cases */
    public ReportsViewModel(ReportService service, FxTasks tasks, Officer officer, Consumer<DrillDown> toQueue) {
        this.service = service;
        this.tasks = tasks;
        this.officer = officer;
        this.toQueue = toQueue;
        LocalDate today = service.today();
        to.set(today);
        from.set(today.minusYears(1).plusDays(1));
    }

    /** Reads the choices and the first report. */
    public void start() {
        tasks.supply(() -> List.of(service.schemes(officer), service.agencies(officer)))
                .onSuccess(both -> {
                    schemes.set(both.get(0));
                    agencies.set(both.get(1));
                })
                .start();
        reload();
    }

    /** Computes the chosen report for the chosen period, scheme and agency. */
    public void reload() {
        LocalDate first = from.get();
        LocalDate last = to.get();
        if (first == null || last == null || first.isAfter(last)) {
            failure.set("period");
            return;
        }
        ReportRequest request = new ReportRequest(first, last, scheme.get(), agency.get());
        ReportName chosen = name.get();
        long load = ++loads;
        loading.set(true);
        failure.set("");
        tasks.supply(() -> service.report(officer, chosen, request))
                .onSuccess(made -> {
                    if (load == loads) {
                        report.set(made);
                    }
                })
                .onError(e -> failure.set(String.valueOf(e.getMessage())))
                .andFinally(() -> {
                    if (load == loads) {
                        loading.set(false);
                    }
                })
                .start();
    }

    /**
     * Shows the queue narrowed to exactly the cases behind {@code row}'s {@code measure} of
     * {@code figure}, under the shown report's period, scheme and agency and the officer's scope.
     */
    public void drill(FigureId figure, Row row, Measure measure) {
        Report shown = report.get();
        Drill drill = row.drill(measure);
        if (shown == null || drill == null) {
            return;
        }
        LocalizedText label = DrillLabel.of(shown, figure, row, measure);
        tasks.supply(() -> new DrillDown(label, CaseSet.of(service.cases(officer, shown, drill))))
                .onSuccess(toQueue)
                .start();
    }

    public ObjectProperty<ReportName> nameProperty() {
        return name;
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public ObjectProperty<@Nullable String> schemeProperty() {
        return scheme;
    }

    public ObjectProperty<@Nullable String> agencyProperty() {
        return agency;
    }

    public ReadOnlyObjectProperty<@Nullable Report> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<LocalReportChoices.Choice>> schemesProperty() {
        return schemes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<List<LocalReportChoices.Choice>> agenciesProperty() {
        return agencies.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Empty, "period" when the period is backwards or missing, or the reason the report failed. */
    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }
}
