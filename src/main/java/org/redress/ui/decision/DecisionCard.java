package org.redress.ui.decision;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.redress.casework.CaseFile;
import org.redress.casework.DecisionOnFile;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.DeductionOutcome;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.domain.ledger.Standing;
import org.redress.domain.ledger.StandingChange;
import org.redress.domain.scheme.Rule;
import org.redress.domain.scheme.Sanction;
import org.redress.ui.common.Grades;
import org.redress.ui.common.Icons;
import org.redress.ui.common.Messages;

import java.time.ZoneId;

/**
 * The draft or decision on file, read beside the case: who drafted it and when, the outcome for
 * each disputed deduction, the written reasons and legal basis, the effect on the subject's standing
 * (before → after), and once decided, what the issuing agency must do and by when. What a
 * supervisor reads before approving, and what anyone opening a decided case sees first.
 */
public final class DecisionCard {

    private DecisionCard() {
    }

    public static Node build(DecisionOnFile decision, CaseFile file, Messages messages, ZoneId zone) {
        CaseStatus status = file.appeal().status();
        boolean decided = decision.decidedAt() != null;
        String titleKey = decided ? "decisionCard.title.decided"
                : status == CaseStatus.AWAITING_APPROVAL ? "decisionCard.title.awaiting" : "decisionCard.title.draft";
        Label title = text(messages.get(titleKey), Styles.TITLE_4, "card-title");
        title.setGraphic(Icons.icon(decided ? Feather.CHECK_CIRCLE : Feather.FILE_TEXT));
        VBox card = new VBox(8, title);
        card.setId("decision-on-file");
        card.getStyleClass().addAll("case-card", decided ? "decision-decided" : "decision-draft");
        Label who = text(messages.get("decisionCard.drafted", decision.drafterName(),
                messages.dateTime(decision.draftedAt(), zone)), Styles.TEXT_MUTED);
        who.setId("decision-on-file-drafter");
        card.getChildren().add(who);
        if (decision.approverName() != null) {
            card.getChildren().add(text(messages.get("decisionCard.approved", decision.approverName()), Styles.TEXT_MUTED));
        }
        if (decided) {
            card.getChildren().add(text(messages.get("decisionCard.decidedOn",
                    messages.dateTime(decision.decidedAt(), zone)), Styles.TEXT_MUTED));
        }
        VBox outcomes = new VBox(4);
        outcomes.setId("decision-on-file-outcomes");
        for (CaseFile.Deduction d : file.disputed()) {
            DeductionOutcome o = decision.outcomeOf(d.entry().id()).orElse(null);
            Rule rule = d.rule();
            String what = d.entry().ruleCode() + (rule == null ? "" : " " + messages.of(rule.title()))
                    + " (" + messages.get("case.deduction.points", d.entry().points()) + ")";
            String verdict = o == null ? "—" : outcome(o, messages);
            Label line = text("• " + what + ": " + verdict, o != null && o.kind() != OutcomeKind.UPHELD
                    ? Styles.TEXT_BOLD : "outcome-line");
            outcomes.getChildren().add(line);
        }
        card.getChildren().addAll(heading(messages.get("decisionCard.outcomes")), outcomes);
        String language = messages.isChinese() ? "zh" : "en";
        Label reasons = text(decision.reasonsIn(language), "decision-reasons-text");
        reasons.setId("decision-on-file-reasons");
        card.getChildren().addAll(heading(messages.get("decision.reasons")), reasons);
        String cited = decision.legalBasisIn(language);
        Label basis = text(cited.isBlank() ? "—" : cited);
        basis.setId("decision-on-file-basis");
        card.getChildren().addAll(heading(messages.get("decision.basis")), basis);
        card.getChildren().add(heading(messages.get(decided ? "decisionCard.effect.decided" : "decision.effect")));
        card.getChildren().add(effect(decision.effect(), file, messages));
        if (decided) {
            Label agency = text(decision.agencyMustActBy() == null ? messages.get("decisionCard.agency.nothing")
                    : messages.get("decisionCard.agency.by", messages.date(decision.agencyMustActBy()),
                    decision.agencyWorkingDays()), Styles.TEXT_BOLD);
            agency.setId("decision-on-file-agency");
            agency.setGraphic(Icons.icon(Feather.CALENDAR));
            card.getChildren().add(agency);
        }
        return card;
    }

    private static String outcome(DeductionOutcome o, Messages messages) {
        String kind = messages.of("outcome", o.kind());
        if (o.kind() == OutcomeKind.AMENDED && o.newPoints() != null) {
            return kind + " " + messages.get("decisionCard.newPoints", o.newPoints());
        }
        if (o.kind() == OutcomeKind.AMENDED && o.newPublicationUntil() != null) {
            return kind + " " + messages.get("decisionCard.newUntil", messages.date(o.newPublicationUntil()));
        }
        return kind;
    }

    private static Node effect(StandingChange change, CaseFile file, Messages messages) {
        VBox box = new VBox(4);
        box.setId("decision-on-file-effect");
        if (change == null) {
            box.getChildren().add(text(messages.get("decision.effect.none"), Styles.TEXT_MUTED));
            return box;
        }
        box.getChildren().add(text(standing(change.before(), file, messages) + "  →  "
                + standing(change.after(), file, messages), Styles.TEXT_BOLD));
        if (change.scoreDelta() != null && change.scoreDelta() != 0) {
            box.getChildren().add(text(messages.get("decision.effect.delta", change.scoreDelta())));
        }
        if (!change.changesAnything()) {
            box.getChildren().add(text(messages.get("decision.effect.unchanged"), Styles.TEXT_MUTED));
        }
        for (Sanction s : change.sanctionsLifted()) {
            box.getChildren().add(text(messages.get("decision.effect.lifted", messages.of(s.title()))));
        }
        for (Sanction s : change.sanctionsAdded()) {
            box.getChildren().add(text(messages.get("decision.effect.added", messages.of(s.title()))));
        }
        if (!change.listingsRemoved().isEmpty()) {
            box.getChildren().add(text(messages.get("decision.effect.delisted", change.listingsRemoved().size())));
        }
        return box;
    }

    static String standing(Standing s, CaseFile file, Messages messages) {
        String grade = Grades.word(file.scheme(), s.grade(), messages);
        return switch (s.kind()) {
            case POINTS, RANGE -> messages.get("decision.effect.score", s.score(), grade);
            case RATING -> messages.get("decision.effect.rating", grade);
            case LIST -> messages.get("decision.effect.listings", s.listings().size());
        };
    }

    private static Label heading(String text) {
        return text(text, Styles.TEXT_BOLD, Styles.TEXT_SMALL);
    }

    private static Label text(String text, String... styles) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().addAll(styles);
        return label;
    }
}
