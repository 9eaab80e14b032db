package org.redress.ui.casefile;

import atlantafx.base.theme.Styles;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.redress.casework.ApprovalNeed;
import org.redress.casework.CaseFile;
import org.redress.domain.appeal.Rejection;
import org.redress.ui.common.Icons;
import org.redress.ui.common.Messages;
import org.redress.ui.decision.ApprovalText;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The lines above a case's body: why the officer must stand aside, the approval it needs, the last outcome. */
final class CaseBanners {

    private CaseBanners() {
    }

    /** Whether the draft goes to a supervisor or may be decided alone, and why. */
    static Node approvalLine(ApprovalNeed need, Messages messages) {
        List<String> reasons = ApprovalText.reasons(need, messages);
        Label line = Cards.text(ApprovalText.headline(need, messages) + (reasons.isEmpty() ? "" : " " + String.join("; ", reasons)));
        line.setId("case-approval");
        line.setGraphic(Icons.icon(need.needed() ? Feather.USERS : Feather.USER_CHECK));
        return line;
    }

    static Node recusalBanner(CaseFile file, Messages messages, ZoneId zone) {
        VBox banner = new VBox(4);
        banner.setId("recusal-banner");
        banner.getStyleClass().add("recusal-banner");
        Label title = Cards.text(messages.get("case.recusal.title"), Styles.TEXT_BOLD);
        title.setGraphic(Icons.icon(Feather.ALERT_OCTAGON));
        banner.getChildren().add(title);
        for (String reason : recusalReasons(file.recusal().reasons(), file.disputed(), messages, zone)) {
            banner.getChildren().add(Cards.text("• " + reason));
        }
        return banner;
    }

    /**
     * Why the officer must stand aside, in their words: the agency by its name, the disputed entries by
     * their rule and date, a declaration by its day; never an agency code or a ledger entry's id.
     */
    static List<String> recusalReasons(List<Rejection> reasons, List<CaseFile.Deduction> disputed, Messages messages,
                                       ZoneId zone) {
        List<String> lines = new ArrayList<>();
        for (Rejection reason : reasons) {
            List<String> args = reason.arguments();
            switch (reason.code()) {
                case WORKS_FOR_ISSUING_AGENCY -> {
                    String code = args.isEmpty() ? "" : args.getFirst();
                    List<CaseFile.Deduction> theirs = disputed.stream()
                            .filter(d -> d.entry().agencyCode().equals(code)).toList();
                    String agency = theirs.isEmpty() ? messages.get("case.recusal.ownAgency")
                            : messages.of(theirs.getFirst().agencyName());
                    lines.add(messages.get("case.recusal.agency", agency, entries(theirs, messages)));
                }
                case IMPOSED_THE_DEDUCTION -> {
                    List<CaseFile.Deduction> theirs = disputed.stream()
                            .filter(d -> args.contains(Long.toString(d.entry().id()))).toList();
                    lines.add(messages.get("case.recusal.imposed", entries(theirs, messages)));
                }
                case DECLARED_RELATION -> lines.add(messages.get("case.recusal.declared",
                        args.isEmpty() ? "" : args.getFirst(), args.size() < 2 ? "" : day(args.get(1), messages, zone)));
                default -> lines.add(messages.of(reason));
            }
        }
        return lines;
    }

    /** "“Making up or spreading rumours online” of 28 Apr 2026", each entry once. */
    private static String entries(List<CaseFile.Deduction> deductions, Messages messages) {
        Set<String> named = new LinkedHashSet<>();
        for (CaseFile.Deduction d : deductions) {
            String rule = d.rule() == null ? d.entry().ruleCode() : messages.of(d.rule().title());
            named.add(messages.get("case.recusal.entry", rule, messages.date(d.entry().imposedOn())));
        }
        return named.isEmpty() ? messages.get("case.recusal.entries") : String.join(messages.isChinese() ? "；" : "; ", named);
    }

    private static String day(String instant, Messages messages, ZoneId zone) {
        try {
            return messages.date(Instant.parse(instant).atZone(zone).toLocalDate());
        } catch (DateTimeParseException e) {
            return instant;
        }
    }

    static Node messageBar(String message, boolean refused) {
        Label text = Cards.text(message);
        text.setId("case-message");
        text.setGraphic(Icons.icon(refused ? Feather.ALERT_TRIANGLE : Feather.CHECK_CIRCLE));
        HBox bar = new HBox(text);
        bar.getStyleClass().add(refused ? "message-warning" : "message-success");
        return bar;
    }
}
