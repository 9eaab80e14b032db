package org.redress.ui.casefile;

import javafx.scene.Node;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;
import org.jspecify.annotations.Nullable;
import org.redress.casework.CaseFile;
import org.redress.domain.ledger.ScorePoint;
import org.redress.domain.ledger.Standing;
import org.redress.domain.scheme.SchemeKind;
import org.redress.ui.common.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The subject's standing over time ({@code LedgerDerivation.timeline}): one point per ledger entry,
 * the disputed entries drawn larger in the warning colour, and the standing today in words.
 */
final class ScoreChart {

    private ScoreChart() {
    }

    /** Above this many points only the disputed entries get a marker (each marker is a node to style and lay out). */
    static final int MARKED_POINTS = 200;

    /** The chart card; {@code timeline} null while it is being worked out (the standing today shows meanwhile). */
    static Node build(CaseFile file, @Nullable List<ScorePoint> timeline, Messages messages) {
        Standing standing = file.standing();
        String now = standing == null ? messages.get("chart.noLedger") : standingText(standing, file.scheme(), messages);
        Label summary = Cards.text(now, "standing");
        summary.setId("case-standing");
        if (timeline == null) {
            Label drawing = Cards.muted(messages.get("chart.drawing", file.ledger().size()));
            drawing.setId("case-chart-drawing");
            return Cards.card(messages.get("case.chart"), summary, drawing);
        }
        List<ScorePoint> points = timeline.stream().filter(p -> p.value() != null).toList();
        if (points.size() < 2) {
            return Cards.card(messages.get("case.chart"), summary,
                    Cards.muted(messages.get(points.isEmpty() && standing != null ? "chart.rating" : "chart.short")));
        }
        LocalDate today = standing != null && standing.at().isAfter(points.getLast().date())
                ? standing.at() : points.getLast().date();
        long first = points.getFirst().date().toEpochDay();
        long last = Math.max(today.toEpochDay(), first + 1);
        // The axis ends today, not at the next round number past it; five or so labels between.
        NumberAxis x = new NumberAxis(first, last, Math.max(1, Math.ceil((last - first) / 5.0)));
        x.setForceZeroInRange(false);
        x.setAutoRanging(false);
        x.setMinorTickVisible(false);
        x.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number day) {
                return messages.date(LocalDate.ofEpochDay(day.longValue()));
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        NumberAxis y = new NumberAxis();
        y.setForceZeroInRange(false);
        y.setMinorTickVisible(false);
        // Scores are whole numbers: a tick between two of them gets no label rather than "997.5".
        y.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                double v = value.doubleValue();
                return v == Math.rint(v) ? Long.toString((long) v) : "";
            }

            @Override
            public Number fromString(String text) {
                return Double.parseDouble(text);
            }
        });
        y.setLabel(messages.get(file.scheme() != null && file.scheme().kind() == SchemeKind.LIST
                ? "chart.axis.listings" : "chart.axis.score"));
        LineChart<Number, Number> chart = new LineChart<>(x, y);
        chart.setId("case-chart");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        boolean markEvery = points.size() <= MARKED_POINTS;
        // A chart creates a marker only where none is given; without markEvery it creates none.
        chart.setCreateSymbols(markEvery);
        chart.setPrefHeight(260);
        chart.setMinHeight(220);
        // Room for half of the last date label, which is centred on the axis's right end.
        chart.setPadding(new javafx.geometry.Insets(4, 44, 4, 4));
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        List<Runnable> decorate = new ArrayList<>();
        for (Vertex vertex : steps(points, today)) {
            XYChart.Data<Number, Number> data = new XYChart.Data<>(vertex.day(), vertex.value());
            series.getData().add(data);
            ScorePoint point = vertex.entry();
            if (point == null) {
                // A corner of the step (the score held until the next entry) or today: no marker.
                if (markEvery) {
                    javafx.scene.layout.Region none = new javafx.scene.layout.Region();
                    none.setVisible(false);
                    data.setNode(none);
                }
                continue;
            }
            boolean disputed = point.eventId() != null && file.isDisputed(point.eventId());
            if (!markEvery && !disputed) {
                continue;
            }
            StackPane symbol = new StackPane();
            symbol.setUserData(disputed ? "disputed-point" : "ledger-point");
            String tip = messages.date(point.date()) + " · " + point.value()
                    + (point.grade() == null ? "" : " · " + org.redress.ui.common.Grades.word(file.scheme(), point.grade(), messages))
                    + (disputed ? " · " + messages.get("chart.disputed") : "");
            decorate.add(() -> Tooltip.install(symbol, new Tooltip(tip)));
            data.setNode(symbol);
        }
        decorate.forEach(Runnable::run);
        chart.getData().add(series);
        // The chart gives each symbol its own style classes when the series is added; ours come after.
        for (XYChart.Data<Number, Number> data : series.getData()) {
            if (data.getNode() != null && data.getNode().getUserData() instanceof String style) {
                data.getNode().getStyleClass().add(style);
            }
        }
        chart.setAccessibleText(messages.get("case.chart") + ": " + now);
        Label legend = Cards.muted(messages.get(markEvery ? "chart.legend" : "chart.legend.long", points.size()));
        return Cards.card(messages.get("case.chart"), summary, chart, legend);
    }

    /** A vertex of the drawn line: an entry's point, or a corner where the previous score held (entry null). */
    record Vertex(long day, double value, @Nullable ScorePoint entry) {
    }

    /**
     * The step line: a score holds its value until the next entry, so before each entry's point
     * the line runs flat at the previous value to that day, then drops or rises; after the last
     * entry it runs flat to today.
     */
    static List<Vertex> steps(List<ScorePoint> points, LocalDate today) {
        List<Vertex> vertices = new ArrayList<>(points.size() * 2 + 1);
        ScorePoint previous = null;
        for (ScorePoint point : points) {
            long day = point.date().toEpochDay();
            double value = point.value().doubleValue();
            if (previous != null && previous.value().doubleValue() != value) {
                vertices.add(new Vertex(day, previous.value().doubleValue(), null));
            }
            vertices.add(new Vertex(day, value, point));
            previous = point;
        }
        if (previous != null && today.isAfter(previous.date())) {
            vertices.add(new Vertex(today.toEpochDay(), previous.value().doubleValue(), null));
        }
        return vertices;
    }

    static String standingText(Standing standing, org.redress.domain.scheme.@org.jspecify.annotations.Nullable Scheme scheme,
                               Messages messages) {
        String date = messages.date(standing.at());
        String grade = standing.grade() == null ? "" : org.redress.ui.common.Grades.word(scheme, standing.grade(), messages);
        return switch (standing.kind()) {
            case POINTS, RANGE -> messages.get("chart.standing.score", standing.score(), grade, date);
            case RATING -> messages.get("chart.standing.rating", grade, date);
            case LIST -> messages.get("chart.standing.list", standing.listings().size(), date);
        };
    }
}
