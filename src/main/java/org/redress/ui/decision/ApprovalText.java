package org.redress.ui.decision;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.jspecify.annotations.Nullable;
import org.kordamp.ikonli.feather.Feather;
import org.redress.casework.ApprovalNeed;
import org.redress.domain.appeal.ApprovalReason;
import org.redress.ui.common.Icons;
import org.redress.ui.common.Messages;

import java.util.List;

/**
 * Four eyes in words: whether the draft goes to a supervisor or its drafter may decide alone, and
 * each reason the office's rule gives, with its numbers (the scheme's threshold, the sample's share).
 */
public final class ApprovalText {

    private ApprovalText() {
    }

    /** The headline: "A supervisor must approve…" or "You may decide this alone…". */
    public static String headline(ApprovalNeed need, Messages messages) {
        return messages.get(need.needed() ? "approval.needed" : "approval.alone");
    }

    /** One sentence per reason, in the enum's order. */
    public static List<String> reasons(ApprovalNeed need, Messages messages) {
        return need.reasons().stream().sorted().map(r -> reason(r, need, messages)).toList();
    }

    private static String reason(ApprovalReason reason, ApprovalNeed need, Messages messages) {
        return switch (reason) {
            case RESTORES_POINTS_ABOVE_THRESHOLD -> messages.get("approval.reason." + reason.name(), need.threshold());
            case RANDOM_SAMPLE -> messages.get("approval.reason." + reason.name(), Math.round(need.sampleRate() * 100));
            default -> messages.get("approval.reason." + reason.name());
        };
    }

    static Node card(@Nullable ApprovalNeed need, Messages messages) {
        VBox card = new VBox(6);
        card.getStyleClass().add("case-card");
        card.setId("decision-approval");
        Label title = new Label(messages.get("approval.title"));
        title.getStyleClass().addAll(Styles.TITLE_4, "card-title");
        card.getChildren().add(title);
        if (need == null) {
            card.getChildren().add(new Label(messages.get("approval.checking")));
            return card;
        }
        Label headline = new Label(headline(need, messages));
        headline.setId("decision-approval-headline");
        headline.setWrapText(true);
        headline.setGraphic(Icons.icon(need.needed() ? Feather.USERS : Feather.USER_CHECK));
        headline.getStyleClass().add(need.needed() ? "warning-text" : Styles.SUCCESS);
        card.getChildren().add(headline);
        for (String line : reasons(need, messages)) {
            Label label = new Label("• " + line);
            label.setWrapText(true);
            card.getChildren().add(label);
        }
        return card;
    }
}
