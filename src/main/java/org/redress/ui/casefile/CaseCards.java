package org.redress.ui.casefile;

import atlantafx.base.theme.Styles;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.redress.casework.CaseFile;
import org.redress.domain.appeal.Ground;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.scheme.Rule;
import org.redress.ui.common.Icons;
import org.redress.ui.common.Messages;

/** The subject, the disputed deductions and the appeal itself, drawn from a case file. */
final class CaseCards {

    private CaseCards() {
    }

    static Node subject(CaseFile file, CaseViewModel model, Messages messages) {
        CaseFile.Subject subject = file.subject();
        Label name = Cards.text(subject.name(), Styles.TEXT_BOLD, "subject-name");
        name.setId("subject-name");
        Label kind = Cards.muted(messages.of("subjectKind", subject.kind())
                + (subject.region() == null ? "" : " · " + subject.region()));
        String revealed = model.revealedProperty().get();
        Label identifier = Cards.text(revealed.isEmpty() ? subject.maskedIdentifier() : revealed, "identifier");
        identifier.setId("subject-identifier");
        Button toggle = Icons.button(revealed.isEmpty() ? Feather.EYE : Feather.EYE_OFF,
                messages.text(revealed.isEmpty() ? "case.identifier.reveal" : "case.identifier.hide"));
        toggle.setId("reveal-identifier");
        toggle.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
        toggle.disableProperty().bind(model.busyProperty());
        toggle.setOnAction(e -> {
            if (revealed.isEmpty()) {
                model.revealIdentifier();
            } else {
                model.hideIdentifier();
            }
        });
        Label idKind = Cards.muted(messages.getOr("idKind." + subject.idKind(), subject.idKind()));
        HBox idRow = new HBox(8, identifier, toggle, idKind);
        idRow.setAlignment(Pos.CENTER_LEFT);
        VBox body = new VBox(6, name, kind, idRow);
        if (!revealed.isEmpty()) {
            body.getChildren().add(Cards.muted(messages.get("case.identifier.recorded")));
        }
        if (subject.hasIdentifierWarning()) {
            Label warning = Cards.text(messages.get("case.identifier.warning." + subject.idVerdict(),
                    subject.idOverrideReason() == null ? "—" : subject.idOverrideReason()), "warning-text");
            warning.setGraphic(Icons.icon(Feather.ALERT_TRIANGLE));
            warning.setId("identifier-warning");
            body.getChildren().add(warning);
        }
        if (file.otherOpenCases().isEmpty()) {
            body.getChildren().add(Cards.muted(messages.get("case.otherCases.none")));
        } else {
            FlowPane others = new FlowPane(6, 4);
            others.getChildren().add(Cards.muted(messages.get("case.otherCases")));
            for (CaseFile.OtherCase other : file.otherOpenCases()) {
                Hyperlink link = new Hyperlink(other.caseNo() + " (" + messages.of("status", other.status()) + ")");
                link.setOnAction(e -> model.load(other.caseId()));
                others.getChildren().add(link);
            }
            body.getChildren().add(others);
        }
        return Cards.card(messages.get("case.subject"), body);
    }

    static Node deductions(CaseFile file, Messages messages) {
        VBox list = new VBox(12);
        for (CaseFile.Deduction d : file.disputed()) {
            list.getChildren().add(deduction(d, messages));
        }
        if (file.disputed().isEmpty()) {
            list.getChildren().add(Cards.muted(messages.get("case.deductions.none")));
        }
        return Cards.card(messages.get("case.deductions"), list);
    }

    private static Node deduction(CaseFile.Deduction d, Messages messages) {
        LedgerEvent e = d.entry();
        Rule rule = d.rule();
        String title = e.ruleCode() + (rule == null ? "" : "  " + messages.of(rule.title()));
        Label heading = Cards.text(title, Styles.TEXT_BOLD);
        Label points = Cards.badge(messages.get("case.deduction.points", e.points()), "points");
        HBox top = new HBox(10, heading, points);
        top.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, top);
        if (rule != null) {
            box.getChildren().add(Cards.muted(messages.get("case.deduction.basis", messages.of(rule.legalBasis().citation()))));
            FlowPane tags = new FlowPane(6, 4, Cards.badge(messages.of("category", rule.category()), "category"));
            if (d.nonFinancialInFinancialScheme()) {
                Label flag = Cards.badge(messages.get("case.deduction.nonFinancial"), "flag");
                flag.setGraphic(Icons.icon(Feather.FLAG));
                flag.setId("non-financial-flag");
                tags.getChildren().add(flag);
            }
            box.getChildren().add(tags);
        } else {
            box.getChildren().add(Cards.muted(messages.get("case.deduction.ruleUnknown")));
        }
        box.getChildren().add(Cards.text(messages.get("case.deduction.imposed", messages.of(d.agencyName()),
                messages.date(e.imposedOn()), e.reference())));
        box.getStyleClass().add("deduction");
        return box;
    }

    /** The agency's reported scores the ledger does not give, each with both numbers and the entries behind it. */
    static Node reportedScores(java.util.List<org.redress.casework.ReportedScoreMark> marks, Messages messages) {
        VBox list = new VBox(8);
        list.setId("reported-scores");
        for (org.redress.casework.ReportedScoreMark m : marks) {
            Label line = Cards.text(messages.get("case.reportedScore.differs", m.agencyCode(), m.reference(),
                    messages.date(m.at()), m.reported(), m.recomputed(), m.reported() - m.recomputed()), "warning-text");
            line.setGraphic(Icons.icon(Feather.ALERT_TRIANGLE));
            line.setWrapText(true);
            VBox box = new VBox(4, line);
            if (m.explanations().isEmpty()) {
                box.getChildren().add(Cards.muted(messages.get("case.reportedScore.unexplained")));
            }
            for (org.redress.domain.ledger.ReportedScores.Explanation x : m.explanations()) {
                LedgerEvent e = x.entry();
                box.getChildren().add(Cards.muted(messages.get("case.reportedScore.why." + x.why().name(),
                        e.reference(), e.ruleCode(), e.points(), messages.date(e.imposedOn()))));
            }
            list.getChildren().add(box);
        }
        return Cards.card(messages.get("case.reportedScore"), list);
    }

    static Node appeal(CaseFile file, Messages messages) {
        FlowPane grounds = new FlowPane(6, 4);
        for (Ground ground : file.appeal().grounds()) {
            grounds.getChildren().add(Cards.badge(messages.of("ground", ground), "ground"));
        }
        VBox body = new VBox(6, grounds);
        if (!file.appeal().groundText().isBlank()) {
            body.getChildren().add(Cards.text(file.appeal().groundText()));
        }
        body.getChildren().add(Cards.text(messages.get("case.statement"), Styles.TEXT_BOLD));
        body.getChildren().add(Cards.text(file.appeal().statement().isBlank() ? "—" : file.appeal().statement(),
                "statement"));
        body.getChildren().add(Cards.muted(messages.get("case.received", messages.date(file.appeal().receivedOn()),
                messages.of("channel", file.appeal().channel()))));
        return Cards.card(messages.get("case.appeal"), body);
    }
}
