package org.redress.letters;

import org.redress.domain.ledger.LedgerEventKind;
import org.redress.domain.scheme.LocalizedText;
import org.redress.letters.pdf.PageFlow;
import org.redress.letters.pdf.QrMark;
import org.redress.letters.pdf.TableFlow;
import org.redress.letters.pdf.TableFlow.Para;
import org.redress.letters.pdf.TextStyle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Lays a letter's content out on the page flow, section by section in the order of LETTERS.md.
 * In a bilingual letter every fixed text is given in Chinese with the English beneath (or beside,
 * for labels); the officer's own text (reasons, remedies) is printed once, as written.
 */
final class LetterLayout {


    private final PageFlow flow;
    private final LetterContent c;
    private final LetterLanguage lang;
    private final LetterBlocks blocks;

    LetterLayout(PageFlow flow, LetterContent content) {
        this.flow = flow;
        this.c = content;
        this.lang = content.language();
        this.blocks = new LetterBlocks(flow, lang);
    }

    void write(LetterVerification verification) {
        letterhead();
        disputed();
        outcome();
        effect();
        evidence();
        decidedBy();
        nextStep();
        verification(verification);
    }

    // 1. Letterhead, reference, date; 2. addressee.
    private void letterhead() {
        Letterhead head = c.letterhead();
        if (lang.showsChinese()) {
            blocks.centred(head.name().zh(), TextStyle.bold(17f), "office.name.zh");
        }
        if (lang.showsEnglish()) {
            blocks.centred(head.name().en(), lang == LetterLanguage.EN ? TextStyle.bold(15f) : TextStyle.regular(11f),
                    "office.name.en");
        }
        LocalizedText address = head.address();
        if (address != null) {
            if (lang.showsChinese()) {
                blocks.centred(address.zh(), TextStyle.regular(8.5f).muted(), "office.address.zh");
            }
            if (lang.showsEnglish()) {
                blocks.centred(address.en(), TextStyle.regular(8f).muted(), "office.address.en");
            }
        }
        flow.space(4f);
        flow.rule(flow.y(), 1.2f, 0.15f);
        flow.space(14f);
        if (lang.showsChinese()) {
            blocks.centred(LetterWords.TITLE.zh(), TextStyle.bold(14f), "title");
        }
        if (lang.showsEnglish()) {
            blocks.centred(LetterWords.TITLE.en(), lang == LetterLanguage.EN ? TextStyle.bold(14f) : TextStyle.bold(11f),
                    "title");
        }
        flow.space(10f);
        blocks.keyValue(LetterWords.REFERENCE, c.referenceNo(), "referenceNo");
        blocks.keyValue(LetterWords.DATE_OF_ISSUE, blocks.date(c.issuedOn()), "issuedOn");
        blocks.keyValue(LetterWords.CASE_NO, c.caseNo(), "caseNo");
        blocks.keyValue(LetterWords.RECEIVED, blocks.date(c.receivedOn()), "receivedOn");
        blocks.keyValue(LetterWords.TO, c.addressee().name(), "addressee.name");
        blocks.keyValue(LetterWords.IDENTIFIER, c.addressee().maskedIdentifier(), "addressee.identifier");
        String postal = c.addressee().address();
        if (postal != null) {
            blocks.keyValue(LetterWords.ADDRESS, postal, "addressee.address");
        }
        String supersedes = c.supersedesReference();
        if (supersedes != null) {
            flow.space(4f);
            blocks.text(new LocalizedText(LetterWords.SUPERSEDES.zh() + " " + supersedes + "。",
                    LetterWords.SUPERSEDES.en() + " " + supersedes + "."), "supersedes");
        }
    }

    // 3. What was disputed.
    private void disputed() {
        blocks.heading(LetterWords.S_DISPUTED);
        TableFlow table = new TableFlow(flow, new float[] {0.62f, 2.6f, 2.3f, 0.95f, 1.6f, 1.05f},
                List.of(blocks.head(LetterWords.H_NO), blocks.head(LetterWords.H_RULE), blocks.head(LetterWords.H_BASIS),
                        blocks.head(LetterWords.H_POINTS), blocks.head(LetterWords.H_AGENCY), blocks.head(LetterWords.H_DATE)),
                "disputed");
        table.begin();
        int n = 1;
        for (LetterContent.Disputed d : c.disputed()) {
            List<Para> rule = new ArrayList<>(blocks.cell(new LocalizedText(d.ruleCode() + " " + d.ruleTitle().zh(),
                    d.ruleCode() + " " + d.ruleTitle().en())));
            rule.add(new Para(d.reference(), LetterBlocks.CELL_EN));
            List<Para> points = d.kind() == LedgerEventKind.LIST_ENTRY
                    ? blocks.cell(new LocalizedText("列入名单" + blocks.until(d.publicationUntil(), true),
                    "Listed" + blocks.until(d.publicationUntil(), false)))
                    : blocks.cell(LetterWords.points(d.points()));
            table.row(List.of(blocks.plain(Integer.toString(n++)), rule, blocks.cell(d.legalBasis()), points, blocks.cell(d.agency()),
                    blocks.plain(d.imposedOn().toString())));
        }
        flow.space(6f);
        String grounds = c.grounds().stream().sorted().map(g -> LetterWords.ground(g).zh())
                .collect(Collectors.joining("；"));
        String groundsEn = c.grounds().stream().sorted().map(g -> LetterWords.ground(g).en())
                .collect(Collectors.joining("; "));
        blocks.labelled(LetterWords.GROUNDS, new LocalizedText(blocks.orNone(grounds, true), blocks.orNone(groundsEn, false)), "grounds");
        if (!c.groundText().isBlank()) {
            flow.paragraph(c.groundText(), LetterBlocks.BODY, LetterBlocks.LABEL_WIDTH, "groundText");
        }
    }

    // 4. Outcome per deduction, reasons in full.
    private void outcome() {
        blocks.heading(LetterWords.S_OUTCOME);
        TableFlow table = new TableFlow(flow, new float[] {0.62f, 1.3f, 1.6f, 5.6f},
                List.of(blocks.head(LetterWords.H_NO), blocks.head(LetterWords.H_RULE), blocks.head(LetterWords.H_OUTCOME),
                        blocks.head(LetterWords.H_DETAIL)), "outcome");
        table.begin();
        int n = 1;
        for (LetterContent.Disputed d : c.disputed()) {
            List<Para> outcome = new ArrayList<>();
            LocalizedText word = LetterWords.outcome(d.outcome());
            if (lang.showsChinese()) {
                outcome.add(new Para(word.zh(), LetterBlocks.CELL_HEAD));
            }
            if (lang.showsEnglish()) {
                outcome.add(new Para(word.en(), lang == LetterLanguage.EN ? LetterBlocks.CELL_HEAD : LetterBlocks.CELL_EN));
            }
            table.row(List.of(blocks.plain(Integer.toString(n++)), blocks.plain(d.ruleCode()), outcome, blocks.cell(detail(d))));
        }
        flow.space(6f);
        blocks.subheading(LetterWords.REASONS);
        flow.paragraph(c.reasons(), LetterBlocks.BODY, 0f, "reasons");
        if (!c.legalBasis().isBlank()) {
            flow.space(4f);
            blocks.subheading(LetterWords.DECISION_BASIS);
            flow.paragraph(c.legalBasis(), LetterBlocks.BODY, 0f, "legalBasis");
        }
        if (!c.remedies().isEmpty()) {
            flow.space(4f);
            blocks.subheading(LetterWords.REMEDIES);
            int i = 1;
            for (String remedy : c.remedies()) {
                flow.paragraph(i++ + ". " + remedy, LetterBlocks.BODY, 0f, "remedies");
            }
        }
    }

    private LocalizedText detail(LetterContent.Disputed d) {
        boolean listed = d.kind() == LedgerEventKind.LIST_ENTRY;
        return switch (d.outcome()) {
            case UPHELD -> new LocalizedText("原记录维持不变。", "The entry stands as recorded.");
            case REVERSED -> listed
                    ? new LocalizedText("撤销列入名单，停止公示。", "The listing is reversed and its publication ends.")
                    : new LocalizedText("撤销扣分，恢复 " + Math.abs(d.points()) + " 分。",
                    "The deduction is reversed; " + Math.abs(d.points()) + " points are restored.");
            case AMENDED -> amended(d);
            case REFERRED_BACK -> new LocalizedText("发回作出机关重新认定。",
                    "Sent back to the issuing agency to decide again.");
            case NOT_ADMISSIBLE -> new LocalizedText("申请不予受理。", "The appeal cannot be admitted.");
            case WITHDRAWN -> new LocalizedText("申请人已撤回申请。", "You withdrew the appeal.");
        };
    }

    private static LocalizedText amended(LetterContent.Disputed d) {
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        Integer points = d.newPoints();
        if (points != null) {
            zh.append("分值由 ").append(d.points()).append(" 分变更为 ").append(points).append(" 分。");
            en.append("Points changed from ").append(d.points()).append(" to ").append(points).append(". ");
        }
        LocalDate until = d.newPublicationUntil();
        if (until != null) {
            zh.append("公示期限缩短至 ").append(LetterWords.dateZh(until)).append("。");
            en.append("Publication now ends on ").append(LetterWords.dateEn(until)).append('.');
        }
        return new LocalizedText(zh.isEmpty() ? "变更。" : zh.toString(), en.isEmpty() ? "Amended." : en.toString().strip());
    }

    // 5. Effect.
    private void effect() {
        blocks.heading(LetterWords.S_EFFECT);
        for (LetterContent.Effect e : c.effects()) {
            blocks.labelled(LetterWords.SCHEME, e.scheme(), "effect.scheme");
            if (e.scoreBefore() != null && e.scoreAfter() != null) {
                blocks.keyValue(LetterWords.SCORE, e.scoreBefore() + " → " + e.scoreAfter(), "effect.score");
            }
            LocalizedText before = e.gradeBefore();
            LocalizedText after = e.gradeAfter();
            if (before != null && after != null) {
                blocks.labelled(LetterWords.GRADE, new LocalizedText(before.zh() + " → " + after.zh(),
                        before.en() + " → " + after.en()), "effect.grade");
            }
            if (!e.listingsRemoved().isEmpty()) {
                blocks.subheading(LetterWords.LISTINGS_REMOVED);
                e.listingsRemoved().forEach(l -> blocks.bullet(l, "effect.listings"));
            }
            if (!e.sanctionsLifted().isEmpty()) {
                blocks.subheading(LetterWords.SANCTIONS_LIFTED);
                e.sanctionsLifted().forEach(s -> blocks.bullet(s, "effect.sanctions"));
            }
            if (!e.changesAnything()) {
                blocks.text(LetterWords.NO_CHANGE, "effect");
            }
            LocalDate actBy = e.agencyMustActBy();
            if (actBy != null) {
                LocalizedText days = LetterWords.workingDays(e.agencyWorkingDays());
                flow.space(3f);
                blocks.text(new LocalizedText("作出机关应于 " + LetterWords.dateZh(actBy) + " 前（" + days.zh()
                        + "内）执行本决定，更正信用记录。",
                        "The issuing agency must carry out this decision and correct the record by "
                                + LetterWords.dateEn(actBy) + " (" + days.en() + ")."), "effect.actBy");
            }
            flow.space(4f);
        }
    }

    // 6. Evidence considered.
    private void evidence() {
        blocks.heading(LetterWords.S_EVIDENCE);
        if (c.evidence().isEmpty()) {
            blocks.text(LetterWords.NO_EVIDENCE, "evidence");
            return;
        }
        TableFlow table = new TableFlow(flow, new float[] {0.62f, 3.2f, 1.7f, 1.05f, 1.5f},
                List.of(blocks.head(LetterWords.H_NO), blocks.head(LetterWords.H_TITLE), blocks.head(LetterWords.H_SOURCE),
                        blocks.head(LetterWords.H_DATE), blocks.head(LetterWords.H_HASH)), "evidence");
        table.begin();
        int n = 1;
        for (LetterContent.Evidence e : c.evidence()) {
            table.row(List.of(blocks.plain(Integer.toString(n++)), blocks.plain(e.title()), blocks.cell(EvidenceSources.describe(e.source())),
                    blocks.plain(e.addedOn().toString()), blocks.plain(e.shortHash())));
        }
    }

    // 7. Decided and approved by.
    private void decidedBy() {
        blocks.heading(LetterWords.S_DECIDED);
        LetterContent.Signatories s = c.signatories();
        blocks.keyValue(LetterWords.DECIDED_BY, s.decidedBy() + blocks.bracketed(blocks.date(s.decidedOn())), "decidedBy");
        String approver = s.approvedBy();
        LocalDate approvedOn = s.approvedOn();
        if (approver != null && approvedOn != null) {
            blocks.keyValue(LetterWords.APPROVED_BY, approver + blocks.bracketed(blocks.date(approvedOn)), "approvedBy");
        } else {
            blocks.text(LetterWords.NO_APPROVAL, "approvedBy");
        }
    }

    // 8. Next step.
    private void nextStep() {
        blocks.heading(LetterWords.S_NEXT);
        LetterContent.NextStep next = c.nextStep();
        blocks.text(next.where(), "nextStep");
        LocalizedText days = LetterWords.workingDays(next.workingDays());
        flow.space(2f);
        blocks.labelled(LetterWords.DEADLINE, new LocalizedText(
                LetterWords.dateZh(next.deadline()) + "前（自本决定书发出之日起 " + days.zh() + "）",
                LetterWords.dateEn(next.deadline()) + " (" + days.en() + " from the date of this letter)"),
                "nextStep.deadline");
        Integer year = next.unpublishedYear();
        if (year != null) {
            // Issue 19, item 7: a date counted over a year without its notice says so.
            flow.space(2f);
            blocks.text(new LocalizedText(
                    "注：" + year + " 年部分节假日安排通知尚未公布，上述日期已计入法定节假日，但未计入调休上班日，以通知公布后为准。",
                    "Note: the State Council has not yet published its notice of the " + year + " public holidays; the date"
                            + " above skips the statutory holidays but cannot count the weekends worked in exchange,"
                            + " and follows the notice once published."), "nextStep.caveat");
        }
    }

    // 9. Verification: the QR code and the short code, kept together on the last page.
    private void verification(LetterVerification v) {
        QrMark qr = QrMark.of(v.qrPayload());
        float module = 1.9f;
        float side = (qr.modules() + 2 * QrMark.QUIET_ZONE) * module;
        // Heading and code together (about 45 pt of heading above the code), never split.
        flow.ensure(side + 45f);
        blocks.heading(LetterWords.S_VERIFY);
        float top = flow.y();
        qr.draw(flow.content(), PageFlow.LEFT + QrMark.QUIET_ZONE * module, top - QrMark.QUIET_ZONE * module, module);
        float x = PageFlow.LEFT + side + 10f;
        float textWidth = PageFlow.RIGHT - x;
        float y = top - 4f;
        TextStyle code = TextStyle.bold(13f);
        flow.drawText(blocks.label(LetterWords.SHORT_CODE) + "  " + v.shortCode(), x, PageFlow.baseline(y, code), code,
                "verification");
        y -= code.lineHeight();
        TextStyle small = TextStyle.regular(7.5f).muted();
        flow.drawText(blocks.label(LetterWords.RECORD_HASH) + ":", x, PageFlow.baseline(y, small), small, "verification");
        y -= small.lineHeight();
        for (String part : List.of(v.recordSha256().substring(0, 32), v.recordSha256().substring(32))) {
            flow.drawText(part, x, PageFlow.baseline(y, small), small, "verification");
            y -= small.lineHeight();
        }
        y -= 3f;
        List<String> how = new ArrayList<>();
        if (lang.showsChinese()) {
            how.addAll(flow.breaker().wrap(LetterWords.VERIFY_HOW.zh(), TextStyle.regular(8f), textWidth));
        }
        if (lang.showsEnglish()) {
            how.addAll(flow.breaker().wrap(LetterWords.VERIFY_HOW.en(), TextStyle.regular(8f), textWidth));
        }
        TextStyle howStyle = TextStyle.regular(8f);
        for (String line : how) {
            flow.drawText(line, x, PageFlow.baseline(y, howStyle), howStyle, "verification");
            y -= howStyle.lineHeight();
        }
        flow.space(Math.max(side, top - y));
    }

    // Helpers.

}
