package org.redress.ui.reports;

import atlantafx.base.theme.Styles;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.jspecify.annotations.Nullable;
import org.redress.domain.scheme.LocalizedText;
import org.redress.reports.Figure;
import org.redress.reports.FigureId;
import org.redress.reports.LocalReportChoices;
import org.redress.reports.Measure;
import org.redress.reports.Report;
import org.redress.reports.ReportFormat;
import org.redress.reports.ReportHeader;
import org.redress.reports.ReportName;
import org.redress.reports.ReportWords;
import org.redress.reports.Row;
import org.redress.ui.common.Messages;

import java.util.List;
import java.util.Locale;

/**
 * The Reports screen: the choice bar (report, period, scheme, agency), then each figure as a chart
 * with its numbers in a table beside it. Every bar, row name, non-zero count and "for policy review"
 * flag drills down (click, or Enter on it focused): the queue opens narrowed to exactly its cases
 * ({@link Drillable}).
 */
public final class ReportsView {

    /** Rows a chart draws at most (the table beside it has them all). */
    static final int CHART_ROWS = 60;
    /** Rows a table shows before it scrolls on its own. */
    static final int TABLE_ROWS = 10;
    static final double TABLE_HEIGHT = 240;

    private final ReportsViewModel model;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final VBox figures = new VBox(14);

    public ReportsView(ReportsViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        root.getStyleClass().add("reports-screen");
        root.setPadding(new Insets(12, 20, 12, 20));
        root.setTop(choices());
        figures.setId("report-figures");
        figures.setPadding(new Insets(8, 8, 8, 0));
        ScrollPane scroll = new ScrollPane(figures);
        scroll.setFitToWidth(true);
        root.setCenter(scroll);
        model.reportProperty().addListener((obs, old, now) -> draw());
        model.failureProperty().addListener((obs, old, now) -> draw());
        model.loadingProperty().addListener((obs, old, now) -> draw());
        messages.localeProperty().addListener((obs, old, now) -> draw());
        draw();
    }

    public Node root() {
        return root;
    }

    private Locale language() {
        return messages.isChinese() ? ReportWords.CHINESE : ReportWords.ENGLISH;
    }

    private Node choices() {
        Label title = new Label();
        title.textProperty().bind(messages.text("reports.title"));
        title.getStyleClass().add(Styles.TITLE_3);
        ComboBox<ReportName> name = new ComboBox<>();
        name.setId("report-name");
        name.getItems().setAll(ReportName.values());
        name.valueProperty().bindBidirectional(model.nameProperty());
        name.setConverter(converter(r -> r == null ? "" : ReportWords.in(language(), r.titleKey())));
        DatePicker from = new DatePicker();
        from.setId("report-from");
        from.valueProperty().bindBidirectional(model.fromProperty());
        from.setPrefWidth(130);
        DatePicker to = new DatePicker();
        to.setId("report-to");
        to.valueProperty().bindBidirectional(model.toProperty());
        to.setPrefWidth(130);
        ComboBox<@Nullable String> scheme = choice("report-scheme", model.schemesProperty().get());
        model.schemesProperty().addListener((obs, old, now) -> fill(scheme, now));
        scheme.valueProperty().bindBidirectional(model.schemeProperty());
        ComboBox<@Nullable String> agency = choice("report-agency", model.agenciesProperty().get());
        model.agenciesProperty().addListener((obs, old, now) -> fill(agency, now));
        agency.valueProperty().bindBidirectional(model.agencyProperty());
        Button show = new Button();
        show.setId("report-show");
        show.textProperty().bind(messages.text("reports.show"));
        show.getStyleClass().add(Styles.ACCENT);
        show.disableProperty().bind(model.loadingProperty());
        show.setOnAction(e -> model.reload());
        FlowPane bar = new FlowPane(8, 6, label("reports.report"), name, label("reports.from"), from,
                label("reports.to"), to, label("reports.scheme"), scheme, label("reports.agency"), agency, show);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label hint = label("reports.drill.hint");
        hint.setId("report-drill-hint");
        hint.setWrapText(true);
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox top = new VBox(8, title, bar, hint);
        top.setPadding(new Insets(0, 0, 8, 0));
        return top;
    }

    private Label label(String key) {
        Label l = new Label();
        l.textProperty().bind(messages.text(key));
        return l;
    }

    private ComboBox<@Nullable String> choice(String id, List<LocalReportChoices.Choice> choices) {
        ComboBox<@Nullable String> box = new ComboBox<>();
        box.setId(id);
        fill(box, choices);
        return box;
    }

    private void fill(ComboBox<@Nullable String> box, List<LocalReportChoices.Choice> choices) {
        @Nullable String chosen = box.getValue();
        box.getItems().setAll((String) null);
        choices.forEach(c -> box.getItems().add(c.code()));
        box.setConverter(converter(code -> {
            if (code == null) {
                return messages.get("reports.all");
            }
            return choices.stream().filter(c -> c.code().equals(code)).findFirst()
                    .map(c -> messages.of(c.name())).orElse(code);
        }));
        box.setValue(chosen);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<@Nullable T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(@Nullable T value) {
                return text.apply(value);
            }

            @Override
            public @Nullable T fromString(String string) {
                return null;
            }
        };
    }

    private void draw() {
        Report report = model.reportProperty().get();
        String failure = model.failureProperty().get();
        figures.getChildren().clear();
        if (!failure.isEmpty()) {
            Label l = new Label(failure.equals("period") ? messages.get("reports.period.wrong")
                    : messages.get("reports.failed", failure));
            l.setId("report-failure");
            l.getStyleClass().add(Styles.DANGER);
            figures.getChildren().add(l);
            return;
        }
        if (report == null) {
            figures.getChildren().add(new Label(messages.get("reports.loading")));
            return;
        }
        Locale lang = language();
        VBox head = new VBox(2);
        for (LocalizedText line : ReportHeader.of(report)) {
            Label l = new Label(line.in(lang));
            l.getStyleClass().add(Styles.TEXT_MUTED);
            head.getChildren().add(l);
        }
        figures.getChildren().add(head);
        for (Figure figure : report.figures()) {
            figures.getChildren().add(figure(figure, lang));
        }
    }

    private Node figure(Figure figure, Locale lang) {
        FigureId id = figure.id();
        Label title = new Label(ReportWords.in(lang, id.titleKey()));
        title.getStyleClass().addAll(Styles.TEXT_BOLD);
        Label definition = new Label(ReportWords.in(lang, id.definitionKey()));
        definition.setWrapText(true);
        definition.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        VBox box = new VBox(6, title, definition);
        box.setId("figure-" + id.key());
        box.getStyleClass().add("report-figure");
        if (!figure.available() || figure.rows().isEmpty()) {
            box.getChildren().add(new Label(figure.available() ? ReportWords.in(lang, "report.empty") : ""));
        } else {
            Node chart = chart(figure, lang);
            Node table = table(figure, lang);
            if (figure.rows().size() > TABLE_ROWS) {
                ScrollPane rows = new ScrollPane(table);
                rows.setMaxHeight(TABLE_HEIGHT);
                rows.setPrefHeight(TABLE_HEIGHT);
                rows.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                // The viewport as wide as the rows, so the vertical bar adds to the width, not clips the last column.
                Node content = table;
                rows.prefViewportWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                        () -> content.getLayoutBounds().getWidth(), content.layoutBoundsProperty()));
                rows.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
                table = rows;
            }
            HBox both = chart == null ? new HBox(table) : new HBox(16, chart, table);
            both.setAlignment(Pos.TOP_LEFT);
            if (chart != null) {
                HBox.setHgrow(chart, Priority.ALWAYS);
            }
            box.getChildren().add(both);
        }
        LocalizedText summary = ReportHeader.summary(figure);
        if (!summary.in(lang).isBlank()) {
            box.getChildren().add(new Label(summary.in(lang)));
        }
        for (LocalizedText note : figure.notes()) {
            Label n = new Label(note.in(lang));
            n.setWrapText(true);
            n.getStyleClass().add(Styles.WARNING);
            box.getChildren().add(n);
        }
        return box;
    }

    /** The measure a chart draws: the rate for rates and heat tables, else the figure's first column. */
    static Measure charted(FigureId id) {
        return id.denominator() != null ? Measure.RATE : id.columns().getFirst();
    }

    private @Nullable Node chart(Figure figure, Locale lang) {
        FigureId.Chart kind = figure.id().chart();
        if (kind == FigureId.Chart.TABLE || kind == FigureId.Chart.HEAT) {
            return null;
        }
        Measure measure = charted(figure.id());
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        StringBuilder spoken = new StringBuilder(ReportWords.in(lang, figure.id().titleKey())).append(": ");
        List<Row> rows = figure.rows().stream().filter(r -> r.value(measure) != null).limit(CHART_ROWS).toList();
        for (Row row : rows) {
            double v = row.value(measure);
            series.getData().add(new XYChart.Data<>(row.label().in(lang), measure == Measure.RATE ? v * 100 : v));
            spoken.append(row.label().in(lang)).append(' ').append(ReportFormat.value(row, measure, lang)).append("; ");
        }
        if (rows.isEmpty()) {
            return null;
        }
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setLabel(ReportWords.in(lang, measure.key()) + (measure == Measure.RATE ? " %" : ""));
        XYChart<String, Number> chart = kind == FigureId.Chart.LINE ? new LineChart<>(x, y) : new BarChart<>(x, y);
        chart.getData().add(series);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(TABLE_HEIGHT);
        chart.setMaxHeight(TABLE_HEIGHT);
        chart.setMinWidth(280);
        chart.setAccessibleText(spoken.toString());
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Measure drilled = Drillable.measure(figure.id(), row);
            Node bar = series.getData().get(i).getNode();
            if (drilled != null && bar != null) {
                Drillable.install(bar, "bar-" + figure.id().key() + "-" + i,
                        row.label().in(lang) + " " + ReportFormat.value(row, measure, lang),
                        () -> model.drill(figure.id(), row, drilled));
            }
        }
        return chart;
    }

    private Node table(Figure figure, Locale lang) {
        GridPane grid = new GridPane(12, 2);
        grid.getStyleClass().add("report-table");
        List<Measure> columns = figure.id().columns();
        boolean rates = figure.id().denominator() != null;
        for (int c = 0; c < columns.size(); c++) {
            Label h = new Label(ReportWords.in(lang, columns.get(c).key()));
            h.getStyleClass().add(Styles.TEXT_BOLD);
            grid.add(h, c + 1, 0);
        }
        if (rates) {
            grid.add(new Label(ReportWords.in(lang, "report.column.interval")), columns.size() + 1, 0);
        }
        int r = 1;
        for (Row row : figure.rows()) {
            Measure rowDrill = Drillable.measure(figure.id(), row);
            Labeled name;
            if (rowDrill == null) {
                name = new Label(row.label().in(lang));
            } else {
                name = Drillable.link(row.label().in(lang), "row-" + figure.id().key() + "-" + (r - 1),
                        () -> model.drill(figure.id(), row, rowDrill));
            }
            if (row.rag() != null) {
                name.getStyleClass().add("rag-" + row.rag().name().toLowerCase(Locale.ROOT));
            }
            grid.add(name, 0, r);
            for (int c = 0; c < columns.size(); c++) {
                Measure m = columns.get(c);
                String text = ReportFormat.value(row, m, lang);
                Node cell;
                if (row.drill(m) != null && row.count(m) > 0) {
                    Hyperlink link = Drillable.link(text, "drill-" + figure.id().key() + "-" + (r - 1) + "-" + m.name(),
                            () -> model.drill(figure.id(), row, m));
                    link.setAccessibleText(row.label().in(lang) + " · " + ReportWords.in(lang, m.key()) + " " + text);
                    cell = link;
                } else {
                    cell = new Label(text);
                }
                if (m == Measure.RATE && figure.id().chart() == FigureId.Chart.HEAT && row.value(m) != null) {
                    cell.setStyle(String.format(Locale.ROOT, "-fx-background-color: rgba(214, 69, 65, %.2f);",
                            Math.min(0.85, row.value(m))));
                }
                grid.add(cell, c + 1, r);
            }
            if (rates) {
                grid.add(new Label(ReportFormat.interval(row.interval(), false)), columns.size() + 1, r);
                if (row.review()) {
                    Measure overturned = figure.id().numerator();
                    String flagText = ReportWords.in(lang, "report.flag.review");
                    Labeled flag = overturned == null || row.drill(overturned) == null ? new Label(flagText)
                            : Drillable.link(flagText, "review-" + figure.id().key() + "-" + (r - 1),
                                    () -> model.drill(figure.id(), row, overturned));
                    flag.getStyleClass().add(Styles.DANGER);
                    grid.add(flag, columns.size() + 2, r);
                }
            }
            r++;
        }
        return grid;
    }
}
