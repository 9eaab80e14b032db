package org.redress.ui.casefile;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.redress.casework.CaseFile;
import org.redress.ui.common.Icons;
import org.redress.ui.common.Messages;

import java.time.ZoneId;

/** The notes (with a box to add one) and the history of a case. */
final class CaseTabs {

    private CaseTabs() {
    }

    static Node notes(CaseFile file, CaseViewModel model, Messages messages, ZoneId zone) {
        VBox list = new VBox(10);
        list.setId("case-notes");
        for (CaseFile.NoteLine note : file.notes()) {
            Label head = Cards.text(note.authorName() + " · " + messages.dateTime(note.at(), zone)
                    + (note.correction() ? " · " + messages.get("notes.correction") : ""), Styles.TEXT_MUTED,
                    Styles.TEXT_SMALL);
            list.getChildren().add(new VBox(2, head, Cards.text(note.body())));
        }
        if (file.notes().isEmpty()) {
            list.getChildren().add(Cards.muted(messages.get("notes.none")));
        }
        TextArea draft = new TextArea();
        draft.setId("note-draft");
        draft.setPrefRowCount(3);
        draft.setWrapText(true);
        draft.promptTextProperty().bind(messages.text("notes.prompt"));
        draft.accessibleTextProperty().bind(messages.text("notes.prompt"));
        Button add = Icons.button(Feather.PLUS, messages.text("notes.add"));
        add.setId("note-add");
        add.disableProperty().bind(draft.textProperty().isEmpty().or(model.busyProperty()));
        add.setOnAction(e -> {
            model.addNote(draft.getText());
            draft.clear();
        });
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        return new VBox(10, scroll, draft, add);
    }

    static Node history(CaseFile file, Messages messages, ZoneId zone) {
        VBox list = new VBox(8);
        list.setId("case-history");
        HistoryWording wording = new HistoryWording(messages, zone);
        for (CaseFile.HistoryLine line : file.history().reversed()) {
            HistoryWording.Entry shown = wording.entry(line);
            Label head = Cards.text(shown.when() + " · " + shown.who(), Styles.TEXT_MUTED, Styles.TEXT_SMALL);
            Label what = Cards.text(shown.what(), Styles.TEXT_BOLD);
            what.getStyleClass().add("history-" + line.action().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            VBox entry = new VBox(2, head, what);
            if (shown.note() != null) {
                entry.getChildren().add(Cards.text(shown.note()));
            }
            list.getChildren().add(entry);
        }
        ScrollPane scroll = new ScrollPane(list);
        scroll.setFitToWidth(true);
        return scroll;
    }
}
