package org.redress.ui.queue;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.feather.Feather;
import org.redress.casework.QueueChoices;
import org.redress.casework.QueueLine;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.scheme.RuleCategory;
import org.redress.store.QueueOrder;
import org.redress.store.QueueSort;
import org.redress.ui.common.ChoiceBoxes;
import org.redress.ui.common.Icons;
import org.redress.ui.common.Messages;
import org.redress.ui.common.Titles;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The queue screen: filter bar, counts per status, and a virtualised table over the queue's pages.
 * Enter or a double click opens a case; the Deadline, Priority and Received headers sort.
 */
public final class QueueView {

    static final Duration SEARCH_DEBOUNCE = Duration.millis(300);

    private final QueueViewModel model;
    private final Messages messages;
    private final VBox root = new VBox(12);
    private final CustomTextField search = new CustomTextField();
    private final TableView<@Nullable QueueLine> table = new TableView<>();
    private final FlowPane statusCounts = new FlowPane(6, 6);
    private final List<ComboBox<?>> combos = new ArrayList<>();

    public QueueView(QueueViewModel model, Messages messages, String titleKey) {
        this.model = model;
        this.messages = messages;
        root.getStyleClass().add("queue-screen");
        root.setPadding(new Insets(16, 20, 12, 20));
        javafx.scene.control.ToggleButton reading = new javafx.scene.control.ToggleButton();
        root.getChildren().addAll(header(titleKey, reading), DrillChip.of(model, messages), filterBar(), statusCounts, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        ReadingPane.install(root, table, reading, model, messages);
        buildTable();
        model.countsProperty().addListener((obs, old, now) -> drawCounts());
        model.statusProperty().addListener((obs, old, now) -> drawCounts());
        messages.localeProperty().addListener((obs, old, now) -> {
            drawCounts();
            combos.forEach(QueueView::relabel);
            table.refresh();
        });
        drawCounts();
    }

    @SuppressWarnings("unchecked")
    private static void relabel(ComboBox<?> box) {
        ChoiceBoxes.relabel((ComboBox<Optional<Object>>) box);
    }

    private Node header(String titleKey, javafx.scene.control.ToggleButton reading) {
        Label title = Titles.screen(messages, titleKey);
        Label total = new Label();
        total.setId("queue-total");
        total.getStyleClass().add(Styles.TEXT_MUTED);
        total.textProperty().bind(Bindings.createStringBinding(() -> {
            long n = model.totalProperty().get();
            return n < 0 ? messages.get("queue.loading") : messages.get("queue.total", n);
        }, model.totalProperty(), messages.localeProperty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button refresh = Icons.iconButton(Feather.REFRESH_CW, messages.text("queue.refresh"));
        refresh.setId("queue-refresh");
        refresh.setOnAction(e -> model.reload());
        HBox header = new HBox(12, title, total, spacer, reading, refresh);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private Node filterBar() {
        search.setId("queue-search");
        search.setLeft(Icons.icon(Feather.SEARCH));
        search.promptTextProperty().bind(messages.text("queue.search.prompt"));
        search.accessibleTextProperty().bind(messages.text("queue.search.label"));
        search.setPrefColumnCount(22);
        // Typing waits for a pause before searching, so each keystroke does not query the store.
        PauseTransition debounce = new PauseTransition(SEARCH_DEBOUNCE);
        debounce.setOnFinished(e -> model.searchProperty().set(search.getText()));
        search.textProperty().addListener((obs, old, now) -> debounce.playFromStart());
        search.setOnAction(e -> {
            debounce.stop();
            model.searchProperty().set(search.getText());
        });
        // Down from the search box goes to the first row, so the keyboard reaches a case without a mouse.
        search.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.DOWN && !table.getItems().isEmpty()) {
                table.requestFocus();
                table.getSelectionModel().clearAndSelect(0);
                table.getFocusModel().focus(0);
                e.consume();
            }
        });
        model.searchProperty().addListener((obs, old, now) -> {
            if (!now.equals(search.getText())) {
                search.setText(now);
            }
        });

        ComboBox<Optional<StatusChoice>> status = ChoiceBoxes.of(model.statusProperty(), StatusChoice.all(),
                this::statusLabel, null);
        status.setId("filter-status");
        var priority = ChoiceBoxes.of(model.priorityProperty(),
                Arrays.asList(org.redress.domain.appeal.Priority.values()), p -> messages.of("priority", p),
                messages.text("filter.priority.any"));
        priority.setId("filter-priority");
        ToggleButton overdue = new ToggleButton();
        overdue.setId("filter-overdue");
        overdue.textProperty().bind(messages.text("filter.overdue"));
        overdue.selectedProperty().bindBidirectional(model.overdueProperty());
        var scheme = ChoiceBoxes.<String>of(model.schemeProperty(), List.of(), code -> choiceName(code,
                model.choicesProperty().get().schemes()), messages.text("filter.scheme.any"));
        scheme.setId("filter-scheme");
        var category = ChoiceBoxes.of(model.categoryProperty(), Arrays.asList(RuleCategory.values()),
                c -> messages.of("category", c), messages.text("filter.category.any"));
        category.setId("filter-category");
        var agency = ChoiceBoxes.<String>of(model.agencyProperty(), List.of(), code -> choiceName(code,
                model.choicesProperty().get().agencies()), messages.text("filter.agency.any"));
        agency.setId("filter-agency");
        var region = ChoiceBoxes.<String>of(model.regionProperty(), List.of(), this::regionName,
                messages.text("filter.region.any"));
        region.setId("filter-region");
        var assignee = ChoiceBoxes.of(model.assigneeProperty(), List.of(AssigneeChoice.ANYONE), this::assigneeLabel, null);
        assignee.setId("filter-assignee");
        model.choicesProperty().addListener((obs, old, now) -> {
            ChoiceBoxes.setValues(scheme, now.schemes().stream().map(QueueChoices.Choice::code).toList(), true);
            ChoiceBoxes.setValues(agency, now.agencies().stream().map(QueueChoices.Choice::code).toList(), true);
            ChoiceBoxes.setValues(region, now.regions(), true);
            ChoiceBoxes.setValues(assignee, assigneeChoices(now), false);
        });
        combos.addAll(List.of(status, priority, scheme, category, agency, region, assignee));
        for (ComboBox<?> box : combos) {
            box.setPrefWidth(150);
            box.setMaxWidth(210);
        }
        // The statuses are the longest labels ("Awaiting information", "Awaiting approval").
        status.setPrefWidth(200);
        status.accessibleTextProperty().bind(messages.text("filter.status.label"));
        priority.accessibleTextProperty().bind(messages.text("filter.priority.label"));
        scheme.accessibleTextProperty().bind(messages.text("filter.scheme.label"));
        category.accessibleTextProperty().bind(messages.text("filter.category.label"));
        agency.accessibleTextProperty().bind(messages.text("filter.agency.label"));
        region.accessibleTextProperty().bind(messages.text("filter.region.label"));
        assignee.accessibleTextProperty().bind(messages.text("filter.assignee.label"));

        Button clear = Icons.button(Feather.X, messages.text("filter.clear"));
        clear.setId("filter-clear");
        clear.getStyleClass().add(Styles.FLAT);
        clear.setOnAction(e -> model.clearFilters());

        FlowPane bar = new FlowPane(8, 8, search, status, priority, overdue, scheme, category, agency, region, assignee,
                clear);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private List<AssigneeChoice> assigneeChoices(QueueChoices choices) {
        List<AssigneeChoice> list = new ArrayList<>(List.of(AssigneeChoice.ANYONE));
        list.add(meChoice());
        list.add(AssigneeChoice.UNASSIGNED);
        choices.officers().forEach(o -> list.add(AssigneeChoice.officer(Long.parseLong(o.code()), o.name().zh())));
        return list;
    }

    /** A region in words, in the screen's language (朝阳区 / Chaoyang District); its code only when unknown. */
    String regionName(String code) {
        return org.redress.domain.identity.AdministrativeDivisions.byCode(code)
                .map(d -> messages.isChinese() ? d.nameZh() : d.nameEn()).orElse(code);
    }

    private AssigneeChoice meChoice() {
        return model.meChoice();
    }

    private String assigneeLabel(AssigneeChoice choice) {
        return switch (choice.kind()) {
            case ANYONE -> messages.get("filter.assignee.any");
            case ME -> messages.get("filter.assignee.me");
            case UNASSIGNED -> messages.get("filter.assignee.none");
            case OFFICER -> choice.name() == null ? "#" + choice.officerId() : choice.name();
        };
    }

    private String statusLabel(StatusChoice choice) {
        return switch (choice.kind()) {
            case OPEN -> messages.get("filter.status.open");
            case ALL -> messages.get("filter.status.all");
            case ONE -> messages.of("status", choice.status());
        };
    }

    private String choiceName(String code, List<QueueChoices.Choice> choices) {
        return choices.stream().filter(c -> c.code().equals(code)).findFirst().map(c -> messages.of(c.name()))
                .orElse(code);
    }

    private void drawCounts() {
        statusCounts.getChildren().clear();
        Map<CaseStatus, Long> counts = model.countsProperty().get();
        if (counts.isEmpty()) {
            return;
        }
        StatusChoice chosen = model.statusProperty().get();
        for (CaseStatus s : CaseStatus.values()) {
            ToggleButton chip = new ToggleButton(messages.of("status", s) + "  " + String.format(locale(), "%,d",
                    counts.getOrDefault(s, 0L)));
            chip.setId("count-" + s.name());
            chip.getStyleClass().addAll("status-chip", "status-" + s.name().toLowerCase(Locale.ROOT), Styles.SMALL);
            chip.setSelected(chosen.kind() == StatusChoice.Kind.ONE && chosen.status() == s);
            chip.setOnAction(e -> model.statusProperty().set(chip.isSelected() ? StatusChoice.of(s)
                    : model.initialStatus()));
            chip.setFocusTraversable(false);
            statusCounts.getChildren().add(chip);
        }
    }

    private Locale locale() {
        return messages.locale();
    }

    private void buildTable() {
        table.setId("queue-table");
        table.accessibleTextProperty().bind(messages.text("queue.table"));
        table.getStyleClass().addAll(Styles.STRIPED, Tweaks.EDGE_TO_EDGE, "queue-table");
        table.setFixedCellSize(46);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setItems(model.rows());
        var caseNo = QueueCells.column(messages, "column.caseNo", 135, QueueLine::caseNo, l -> List.of("case-no"));
        var subject = QueueCells.twoLines(messages, "column.subject", 175, QueueLine::subjectName,
                QueueLine::maskedIdentifier, l -> List.of());
        var rule = QueueCells.twoLines(messages, "column.rule", 270,
                l -> l.ruleCode() + "  " + messages.of(l.ruleTitle()), l -> messages.of(l.schemeName()), l -> List.of());
        var points = QueueCells.column(messages, "column.points", 72, l -> Integer.toString(l.points()),
                l -> List.of("numeric"));
        var received = QueueCells.column(messages, "column.received", 105, l -> messages.date(l.receivedOn()));
        var deadline = QueueCells.twoLines(messages, "column.deadline", 170, this::deadlineDate, this::deadlineLeft,
                QueueView::deadlineStyles);
        var priority = QueueCells.column(messages, "column.priority", 80, l -> messages.of("priority", l.priority()),
                l -> l.priority() == org.redress.domain.appeal.Priority.URGENT ? List.of("urgent") : List.of());
        var status = QueueCells.column(messages, "column.status", 170, l -> messages.of("status", l.status()),
                l -> List.of("status-" + l.status().name().toLowerCase(Locale.ROOT)));
        var assignee = QueueCells.column(messages, "column.assignee", 80,
                l -> l.assigneeName() == null ? messages.get("queue.unassigned") : l.assigneeName());
        deadline.setSortable(true);
        deadline.setUserData(QueueSort.DEADLINE);
        priority.setSortable(true);
        priority.setUserData(QueueSort.PRIORITY);
        received.setSortable(true);
        received.setUserData(QueueSort.RECEIVED);
        table.getColumns().addAll(List.of(caseNo, subject, rule, points, received, deadline, priority, status, assignee));
        table.getSortOrder().add(deadline);
        // The store sorts: a header click becomes the queue's order, never a sort of the visible rows.
        table.setSortPolicy(t -> {
            TableColumn<@Nullable QueueLine, ?> first = t.getSortOrder().isEmpty() ? null : t.getSortOrder().getFirst();
            QueueSort sort = first == null ? QueueSort.DEADLINE : (QueueSort) first.getUserData();
            boolean descending = first != null && first.getSortType() == TableColumn.SortType.DESCENDING;
            QueueOrder wanted = new QueueOrder(sort, descending);
            if (!wanted.equals(model.orderProperty().get())) {
                model.orderProperty().set(wanted);
            }
            return true;
        });
        table.setRowFactory(t -> {
            TableRow<@Nullable QueueLine> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    model.open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                model.open(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        table.setPlaceholder(emptyState());
        model.rows().addListener((ListChangeListener<@Nullable QueueLine>) c -> {
            if (table.getItems().isEmpty()) {
                table.getSelectionModel().clearSelection();
            }
        });
    }

    private Node emptyState() {
        Label title = new Label();
        title.getStyleClass().add(Styles.TITLE_4);
        Label hint = new Label();
        hint.setWrapText(true);
        hint.setMaxWidth(520);
        hint.getStyleClass().add(Styles.TEXT_MUTED);
        Button clear = Icons.button(Feather.X, messages.text("filter.clear"));
        clear.setOnAction(e -> model.clearFilters());
        Runnable draw = () -> {
            boolean loading = model.totalProperty().get() < 0;
            boolean failed = model.failedProperty().get();
            boolean narrowed = model.isNarrowed();
            String state = failed ? "failed" : loading ? "loading" : narrowed ? "filtered" : "none";
            title.setText(messages.get("queue.empty." + state + ".title"));
            hint.setText(messages.get("queue.empty." + state + ".hint"));
            clear.setVisible(narrowed && !loading);
            clear.setManaged(clear.isVisible());
        };
        model.totalProperty().addListener(o -> draw.run());
        model.failedProperty().addListener(o -> draw.run());
        messages.localeProperty().addListener(o -> draw.run());
        draw.run();
        VBox box = new VBox(10, Icons.icon(Feather.INBOX), title, hint, clear);
        box.setId("queue-empty");
        box.setAlignment(Pos.CENTER);
        box.getStyleClass().add("empty-state");
        return box;
    }

    private String deadlineDate(QueueLine line) {
        return line.deadlineOn() == null ? "—" : messages.date(line.deadlineOn());
    }

    private String deadlineLeft(QueueLine line) {
        if (line.deadlineOn() == null) {
            return line.status() == CaseStatus.AWAITING_INFORMATION ? messages.get("deadline.paused") : "";
        }
        Integer left = line.workingDaysLeft();
        return !line.status().isOpen() || left == null ? "" : daysLeft(messages, left);
    }

    /** "5 working days left", "due today", "3 working days overdue". */
    public static String daysLeft(Messages messages, int left) {
        if (left > 0) {
            return messages.get("deadline.left", left);
        }
        return left == 0 ? messages.get("deadline.today") : messages.get("deadline.overdue", -left);
    }

    private static List<String> deadlineStyles(QueueLine line) {
        if (line.overdue()) {
            return List.of("overdue");
        }
        return line.dueSoon() ? List.of("due-soon") : List.of();
    }

    public Parent root() {
        return root;
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /**
     * Widths follow the interface scale (the font grows with it): each column keeps its share, and
     * none shrinks below what its words need at that scale, so case numbers, dates and headers are
     * never cut; a window too narrow for them scrolls sideways instead.
     */
    public void followScale(javafx.beans.value.ObservableDoubleValue scale) {
        for (ComboBox<?> box : combos) {
            double pref = box.getPrefWidth();
            double max = box.getMaxWidth();
            box.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> pref * scale.get(), scale));
            box.maxWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> max * scale.get(), scale));
        }
        for (TableColumn<@Nullable QueueLine, ?> column : table.getColumns()) {
            double base = column.getPrefWidth();
            // Two-line columns (names, rules) may ellipsise a long name; the others never.
            boolean squeezable = "column-subject".equals(column.getId()) || "column-rule".equals(column.getId())
                    || "column-whyApproval".equals(column.getId());
            column.prefWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> base * scale.get(), scale));
            column.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                    () -> base * scale.get() * (squeezable ? 0.6 : 1.0), scale));
        }
    }

    public void focusTable() {
        table.requestFocus();
    }

    TableView<@Nullable QueueLine> table() {
        return table;
    }
}
