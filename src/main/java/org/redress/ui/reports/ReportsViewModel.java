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
import java.util.function.LongConsumer;

/**
 * The Reports screen's state: which report, period, scheme and agency; the report as computed off
 * the UI thread; and the cases behind the cell last drilled into, each of which opens.
 */
public final class ReportsViewModel {

    /** The cases listed for one drill (the first {@link #SHOWN}), out of {@code total}. */
    public record Drilled(String cell, long total, List<ReportService.CaseRef> cases) {
    }

    static final int SHOWN = 200;

    private final ReportService service;
    private final FxTasks tasks;
    private final Officer officer;
    private final LongConsumer openCase;

    private final ObjectProperty<ReportName> name = new SimpleObjectProperty<>(this, "name", ReportName.CASELOAD);
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>(this, "to");
    private final ObjectProperty<@Nullable String> scheme = new SimpleObjectProperty<>(this, "scheme");
    private final ObjectProperty<@Nullable String> agency = new SimpleObjectProperty<>(this, "agency");
    private final ReadOnlyObjectWrapper<@Nullable Report> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyObjectWrapper<@Nullable Drilled> drilled = new ReadOnlyObjectWrapper<>(this, "drilled");
    private final ReadOnlyObjectWrapper<List<LocalReportChoices.Choice>> schemes =
            new ReadOnlyObjectWrapper<>(this, "schemes", List.of());
    private final ReadOnlyObjectWrapper<List<LocalReportChoices.Choice>> agencies =
            new ReadOnlyObjectWrapper<>(this, "agencies", List.of());
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper(this, "failure", "");
    private long loads;

    public ReportsViewModel(ReportService service, FxTasks tasks, Officer officer, LongConsumer openCase) {
        this.service = service;
        this.tasks = tasks;
        this.officer = officer;
        this.openCase = openCase;
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
        drilled.set(null);
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

    /** Lists the cases behind {@code row}'s {@code measure}, as the report's request and the officer's scope give them. */
    public void drill(String cell, Row row, Measure measure) {
        Report shown = report.get();
        Drill drill = row.drill(measure);
        if (shown == null || drill == null) {
            return;
        }
        tasks.supply(() -> {
                    long[] ids = service.cases(officer, shown, drill);
                    return new Drilled(cell, ids.length, service.caseNumbers(officer, ids, SHOWN));
                })
                .onSuccess(drilled::set)
                .start();
    }

    public void open(ReportService.CaseRef ref) {
        openCase.accept(ref.id());
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

    public ReadOnlyObjectProperty<@Nullable Drilled> drilledProperty() {
        return drilled.getReadOnlyProperty();
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
