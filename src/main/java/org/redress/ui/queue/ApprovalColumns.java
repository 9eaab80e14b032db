package org.redress.ui.queue;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.jspecify.annotations.Nullable;
import org.redress.casework.DecisionService;
import org.redress.casework.QueueLine;
import org.redress.domain.access.Officer;
import org.redress.ui.common.FxTasks;
import org.redress.ui.common.Messages;
import org.redress.ui.decision.ApprovalText;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The approvals list's own columns: who drafted each draft, and why it needs a supervisor's
 * approval, in words. Read in the background for the rows loaded, a page at a time, and kept.
 */
public final class ApprovalColumns {

    private final Map<Long, DecisionService.AwaitingApproval> known = new HashMap<>();
    private final Set<Long> asked = new java.util.HashSet<>();
    private final Set<Long> pending = new LinkedHashSet<>();
    private final TableView<@Nullable QueueLine> table;
    private final DecisionService decisions;
    private final Officer officer;
    private final FxTasks tasks;

    private ApprovalColumns(TableView<@Nullable QueueLine> table, DecisionService decisions, Officer officer,
                            FxTasks tasks) {
        this.table = table;
        this.decisions = decisions;
        this.officer = officer;
        this.tasks = tasks;
    }

    /** Adds the drafter and why-approval columns to the approvals list {@code view}. */
    public static ApprovalColumns install(QueueView view, DecisionService decisions, Officer officer, FxTasks tasks,
                               Messages messages) {
        TableView<@Nullable QueueLine> table = view.table();
        ApprovalColumns columns = new ApprovalColumns(table, decisions, officer, tasks);
        TableColumn<@Nullable QueueLine, @Nullable QueueLine> drafter = QueueCells.column(messages, "column.drafter", 110,
                line -> columns.fact(line, a -> a.drafterName()));
        drafter.setId("column-drafter");
        // Every row awaits approval and its assignee drafted it: status and assignee make room for these.
        table.getColumns().removeIf(c -> "column-status".equals(c.getId()) || "column-assignee".equals(c.getId()));
        TableColumn<@Nullable QueueLine, @Nullable QueueLine> why = QueueCells.column(messages, "column.whyApproval", 300,
                line -> columns.fact(line, a -> a.need().needed()
                        ? String.join("; ", ApprovalText.reasons(a.need(), messages))
                        : messages.get("column.whyApproval.none")));
        why.setId("column-whyApproval");
        // Beside the case number and subject: what a supervisor picks a draft by.
        table.getColumns().add(Math.min(2, table.getColumns().size()), drafter);
        table.getColumns().add(Math.min(3, table.getColumns().size()), why);
        return columns;
    }

    private String fact(QueueLine line, java.util.function.Function<DecisionService.AwaitingApproval, String> what) {
        DecisionService.AwaitingApproval facts = known.get(line.caseId());
        if (facts == null && asked.add(line.caseId())) {
            // The rows drawn in this pulse are read together, once.
            if (pending.isEmpty()) {
                tasks.onFx(this::readPending);
            }
            pending.add(line.caseId());
        }
        return facts == null ? "…" : what.apply(facts);
    }

    private void readPending() {
        if (pending.isEmpty()) {
            return;
        }
        List<Long> ids = List.copyOf(pending);
        pending.clear();
        tasks.supply(() -> decisions.awaitingApproval(officer, ids))
                .onSuccess(found -> {
                    known.putAll(found);
                    table.refresh();
                })
                .start();
    }

    /** A case changed (approved, returned, redrafted): read its facts again when next shown. */
    public void forget() {
        asked.clear();
        known.clear();
    }
}
