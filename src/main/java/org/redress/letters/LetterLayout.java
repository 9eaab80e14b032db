package org.redress.letters;

import org.jspecify.annotations.Nullable;
import org.redress.domain.scheme.LocalizedText;
import org.redress.domain.scheme.SchemeKind;
import org.redress.letters.pdf.PageFlow;
import org.redress.letters.pdf.QrMark;
import org.redress.letters.pdf.TableFlow;
import org.redress.letters.pdf.TableFlow.Para;
import org.redress.letters.pdf.TextStyle;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Lays a letter's content out on the page flow, section by section in the order of LETTERS.md.
 * In a bilingual letter every fixed text is given in Chinese with the English beneath (or beside,
 * for labels), and the officer's text in each language it was written in. The last section, how
 * to check the letter, never stands alone on the last page: the end of the section before it goes
 * over with it.
 */
final class LetterLayout {

    /** Lines of the section before the verification block that go over to its page with it. */
    private static final float CARRY = 3 * LetterBlocks.BODY.lineHeight();

    private final PageFlow flow;
    private final LetterContent c;
    private final LetterLanguage lang;
    private final LetterBlocks blocks;
    private @Nullable SignatureSlot slot;

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
        closing(verification);
    }

    // 1. Letterhead, reference, date; 2. addressee.
    private void letterhead() {
        Letterhead head = c.letterhead();
        if (lang.showsChinese()) {
            blocks.centred(head.name().zh(), TextStyle.bold(17f), "office.name.zh", "P", null);
        }
        if (lang.showsEnglish()) {
            blocks.centred(head.name().en(), lang == LetterLanguage.EN ? TextStyle.bold(15f) : TextStyle.regular(11f),
                    "office.name.en", "P", blocks.en());
        }
        LocalizedText address = head.address();
        String telephone = head.telephone();
        if (lang.showsChinese() && (address != null || telephone != null)) {
            blocks.centred(contact(address == null ? null : address.zh(), "电话 ", telephone),
                    TextStyle.regular(8.5f).muted(), "office.address.zh", "P", null);
        }
        if (lang.showsEnglish() && (address != null || telephone != null)) {
            blocks.centred(contact(address == null ? null : address.en(), "Telephone ", telephone),
                    TextStyle.regular(8f).muted(), "office.address.en", "P", blocks.en());
        }
        flow.space(4f);
        flow.rule(flow.y(), 1.2f, 0.15f);
        flow.space(14f);
        LocalizedText title = c.kind().title();
        if (lang.showsChinese()) {
            blocks.centred(title.zh(), TextStyle.bold(14f), "title", "H1", null);
        }
        if (lang.showsEnglish()) {
            blocks.centred(title.en(), lang == LetterLanguage.EN ? TextStyle.bold(14f) : TextStyle.bold(11f), "title",
                    "H1", blocks.en());
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

    private static String contact(@Nullable String address, String telephoneWord, @Nullable String telephone) {
        String phone = telephone == null ? "" : telephoneWord + telephone;
        return address == null ? phone : phone.isEmpty() ? address : address + "    " + phone;
    }

    // 3. What was disputed.
    private void disputed() {
        TableFlow table = new TableFlow(flow, new float[] {0.55f, 2.5f, 2.3f, 1.45f, 1.55f, 1.05f},
                List.of(blocks.head(LetterWords.H_NO), blocks.head(LetterWords.H_RULE), blocks.head(LetterWords.H_BASIS),
                        blocks.head(EntryWords.header(c.kind())), blocks.head(LetterWords.H_AGENCY),
                        blocks.head(LetterWords.H_DATE)),
                "disputed");
        blocks.heading(LetterWords.S_DISPUTED, table.minimumStart());
        table.begin();
        int n = 1;
        for (LetterContent.Disputed d : c.disputed()) {
            List<Para> rule = new ArrayList<>(blocks.cell(new LocalizedText(d.ruleCode() + " " + d.ruleTitle().zh(),
                    d.ruleCode() + " " + d.ruleTitle().en())));
            rule.add(new Para(d.reference(), LetterBlocks.CELL_EN));
            table.row(List.of(LetterBlocks.plain(Integer.toString(n++)), rule, blocks.cell(d.legalBasis()),
                    blocks.cell(EntryWords.imposed(d)), blocks.cell(d.agency()),
                    LetterBlocks.plain(d.imposedOn().toString())));
        }
        table.end();
        flow.space(6f);
        String grounds = c.grounds().stream().sorted().map(g -> LetterWords.ground(g).zh())
                .collect(Collectors.joining("；"));
        String groundsEn = c.grounds().stream().sorted().map(g -> LetterWords.ground(g).en())
                .collect(Collectors.joining("; "));
        blocks.labelled(LetterWords.GROUNDS, new LocalizedText(blocks.orNone(grounds, true),
                blocks.orNone(groundsEn, false)), "grounds");
        // The applicant's own words, unless they only repeat the grounds chosen.
        String own = c.groundText().strip();
        if (!own.isEmpty() && !own.equalsIgnoreCase(grounds) && !own.equalsIgnoreCase(groundsEn)) {
            flow.paragraph(own, LetterBlocks.BODY, LetterBlocks.LABEL_WIDTH, "groundText");
        }
    }

    // 4. Outcome per deduction, reasons in full.
    private void outcome() {
        TableFlow table = new TableFlow(flow, new float[] {0.62f, 1.3f, 1.6f, 5.6f},
                List.of(blocks.head(LetterWords.H_NO), blocks.head(LetterWords.H_RULE), blocks.head(LetterWords.H_OUTCOME),
                        blocks.head(LetterWords.H_DETAIL)), "outcome");
        blocks.heading(LetterWords.S_OUTCOME, table.minimumStart());
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
            table.row(List.of(LetterBlocks.plain(Integer.toString(n++)), LetterBlocks.plain(d.ruleCode()), outcome,
                    blocks.cell(EntryWords.detail(d))));
        }
        table.end();
        flow.space(6f);
        blocks.subheading(LetterWords.REASONS);
        officerText(DecisionText::reasons, "reasons");
        if (written(DecisionText::legalBasis)) {
            flow.space(4f);
            blocks.subheading(LetterWords.DECISION_BASIS);
            officerText(DecisionText::legalBasis, "legalBasis");
        }
        if (written(t -> String.join("", t.remedies()))) {
            flow.space(4f);
            blocks.subheading(LetterWords.REMEDIES);
            for (DecisionText.Language language : DecisionText.Language.values()) {
                DecisionText text = c.texts().in(language);
                if (text == null) {
                    continue;
                }
                int i = 1;
                for (String remedy : text.remedies()) {
                    flow.paragraph(i++ + ". " + remedy, style(language), 0f, "remedies", textLang(language));
                }
            }
        }
    }

    /** The officer's text of each language the letter prints, Chinese first. */
    private void officerText(Function<DecisionText, String> part, String field) {
        boolean first = true;
        for (DecisionText.Language language : DecisionText.Language.values()) {
            DecisionText text = c.texts().in(language);
            if (text == null || part.apply(text).isBlank()) {
                continue;
            }
            if (!first) {
                flow.space(3f);
            }
            flow.paragraph(part.apply(text), style(language), 0f, field, textLang(language));
            first = false;
        }
    }

    private boolean written(Function<DecisionText, String> part) {
        for (DecisionText.Language language : DecisionText.Language.values()) {
            DecisionText text = c.texts().in(language);
            if (text != null && !part.apply(text).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private TextStyle style(DecisionText.Language language) {
        return language == DecisionText.Language.EN && lang == LetterLanguage.BILINGUAL ? LetterBlocks.BODY_EN
                : LetterBlocks.BODY;
    }

    private @Nullable String textLang(DecisionText.Language language) {
        return language == DecisionText.Language.EN ? blocks.en() : null;
    }

    // 5. Effect, in the words of each scheme's kind.
    private void effect() {
        blocks.heading(LetterWords.S_EFFECT);
        for (LetterContent.Effect e : c.effects()) {
            blocks.labelled(LetterWords.SCHEME, e.scheme(), "effect.scheme");
            if (!e.derived()) {
                blocks.text(LetterWords.EFFECT_UNKNOWN, "effect");
            } else {
                standing(e);
                e.listingChanges().forEach(l -> blocks.bullet(EntryWords.listingChange(l), "effect.listings"));
                if (!e.listingsRemaining().isEmpty()) {
                    blocks.subheading(EntryWords.REMAINING);
                    e.listingsRemaining().forEach(l -> blocks.bullet(EntryWords.listing(l), "effect.listings"));
                    blocks.text(EntryWords.remainingMeans(c.kind()), "effect.listings");
                }
                measures(LetterWords.RESTRICTIONS_LIFTED, e.restrictionsLifted(), "effect.restrictionsLifted");
                measures(LetterWords.RESTRICTIONS_ADDED, e.restrictionsAdded(), "effect.restrictionsAdded");
                measures(LetterWords.INCENTIVES_GAINED, e.incentivesGained(), "effect.incentivesGained");
                measures(LetterWords.INCENTIVES_LOST, e.incentivesLost(), "effect.incentivesLost");
                if (!e.changesAnything()) {
                    blocks.text(LetterWords.noChange(e.schemeKind()), "effect");
                }
            }
            LocalDate actBy = e.agencyMustActBy();
            if (actBy != null) {
                LocalizedText days = LetterWords.workingDays(e.agencyWorkingDays());
                flow.space(3f);
                blocks.text(new LocalizedText("作出机关应于 " + LetterWords.dateZh(actBy) + "前（" + days.zh()
                        + "内）执行本决定，更正信用记录。",
                        "The issuing agency must carry out this decision and correct the record by "
                                + LetterWords.dateEn(actBy) + " (" + days.en() + ")."), "effect.actBy");
            }
            flow.space(4f);
        }
    }

    /** Score and grade, or the rating: "970 → 980", "B级（信用警示）→ A级（信用良好）", "A级（信用良好），不变". */
    private void standing(LetterContent.Effect e) {
        if (e.schemeKind() == SchemeKind.LIST) {
            return;
        }
        Integer scoreBefore = e.scoreBefore();
        Integer scoreAfter = e.scoreAfter();
        if (scoreBefore != null && scoreAfter != null) {
            blocks.labelled(LetterWords.SCORE, change(new LocalizedText(scoreBefore.toString(), scoreBefore.toString()),
                    new LocalizedText(scoreAfter.toString(), scoreAfter.toString())), "effect.score");
        }
        LocalizedText before = e.gradeBefore();
        LocalizedText after = e.gradeAfter();
        if (before != null && after != null) {
            blocks.labelled(e.schemeKind() == SchemeKind.RATING ? LetterWords.RATING : LetterWords.GRADE,
                    change(before, after), "effect.grade");
        }
    }

    private static LocalizedText change(LocalizedText before, LocalizedText after) {
        if (before.equals(after)) {
            return new LocalizedText(before.zh() + "，" + LetterWords.UNCHANGED.zh(),
                    before.en() + ", " + LetterWords.UNCHANGED.en());
        }
        return new LocalizedText(before.zh() + " → " + after.zh(), before.en() + " → " + after.en());
    }

    private void measures(LocalizedText title, List<LocalizedText> measures, String field) {
        if (!measures.isEmpty()) {
            blocks.subheading(title);
            measures.forEach(m -> blocks.bullet(m, field));
        }
    }

    // 6. Evidence considered.
    private void evidence() {
        if (c.evidence().isEmpty()) {
            blocks.heading(LetterWords.S_EVIDENCE);
            blocks.text(LetterWords.NO_EVIDENCE, "evidence");
            return;
        }
        TableFlow table = new TableFlow(flow, new float[] {0.62f, 3.2f, 1.7f, 1.05f, 1.5f},
                List.of(blocks.head(LetterWords.H_NO), blocks.head(LetterWords.H_TITLE), blocks.head(LetterWords.H_SOURCE),
                        blocks.head(LetterWords.H_DATE), blocks.head(LetterWords.H_HASH)), "evidence");
        blocks.heading(LetterWords.S_EVIDENCE, table.minimumStart());
        table.begin();
        int n = 1;
        for (LetterContent.Evidence e : c.evidence()) {
            table.row(List.of(LetterBlocks.plain(Integer.toString(n++)), LetterBlocks.plain(e.title()),
                    blocks.cell(EvidenceSources.describe(e.source())), LetterBlocks.plain(e.addedOn().toString()),
                    LetterBlocks.plain(e.shortHash())));
        }
        table.end();
    }

    // 7. Decided and approved by.
    private void decidedBy() {
        signatories();
        signatureSlot();
    }

    private void signatories() {
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

    /** Blank space under the signatories for the officer's visible signature (issue 16, item 3). */
    private void signatureSlot() {
        flow.space(6f);
        flow.ensure(SignatureSlot.HEIGHT);
        float top = flow.y();
        slot = new SignatureSlot(flow.pageCount() - 1, PageFlow.RIGHT - SignatureSlot.WIDTH, top - SignatureSlot.HEIGHT,
                SignatureSlot.WIDTH, SignatureSlot.HEIGHT);
        flow.space(SignatureSlot.HEIGHT);
    }

    /** Where the visible signature goes, once {@link #write} has run. */
    SignatureSlot slot() {
        if (slot == null) {
            throw new IllegalStateException("the letter is not laid out yet");
        }
        return slot;
    }

    /**
     * 8 and 9: the next step, then the verification block. When the block does not fit under the
     * next step, the next step stops early so that its last lines go over with the block: the last
     * page never holds the QR code alone.
     */
    private void closing(LetterVerification verification) {
        QrMark qr = QrMark.of(verification.qrPayload());
        float next = flow.measure(this::nextStep);
        float check = flow.measure(() -> verification(verification, qr));
        float room = flow.remaining();
        if (next + check > room && next <= room) {
            flow.holdBack(room - Math.max(0f, next - CARRY));
        }
        nextStep();
        flow.holdBack(0f);
        verification(verification, qr);
    }

    private void nextStep() {
        blocks.heading(LetterWords.S_NEXT);
        LetterContent.NextStep next = c.nextStep();
        LocalizedText days = LetterWords.workingDays(next.workingDays());
        LocalizedText address = next.address();
        String months = Integer.toString(next.lawsuitMonths());
        blocks.text(new LocalizedText(
                "如对本决定不服，可以自本决定书发出之日起 " + days.zh() + "内，即 " + LetterWords.dateZh(next.deadline())
                        + "前，向" + next.body().zh() + (address == null ? "" : "（地址：" + address.zh() + "）")
                        + "申请再次复核；也可以自收到本决定书之日起 " + months + " 个月内，依法向人民法院提起行政诉讼。",
                "If you disagree with this decision, you may ask " + next.body().en()
                        + (address == null ? "" : " (" + address.en() + ")") + " for a further review within "
                        + days.en() + " of the date of this letter, that is by " + LetterWords.dateEn(next.deadline())
                        + "; or you may bring an administrative action before the people's court within " + months
                        + " month" + (next.lawsuitMonths() == 1 ? "" : "s") + " of receiving this letter."),
                "nextStep");
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

    // 9. Verification: the QR code and the short code, kept together.
    private void verification(LetterVerification v, QrMark qr) {
        // A signed code (RDL2) holds about 250 bytes (version 13): its modules get smaller so that it stays about 5 cm wide
        // (2.5 pixels a module in a 100 dpi picture).
        float module = Math.min(1.9f, 140f / (qr.modules() + 2 * QrMark.QUIET_ZONE));
        float side = (qr.modules() + 2 * QrMark.QUIET_ZONE) * module;
        // Heading and code together (about 45 pt of heading above the code), never split.
        flow.ensure(side + 45f);
        blocks.heading(LetterWords.S_VERIFY);
        float top = flow.y();
        flow.figure("QR code " + v.qrPayload(), content -> qr.draw(content, PageFlow.LEFT + QrMark.QUIET_ZONE * module,
                top - QrMark.QUIET_ZONE * module, module));
        float x = PageFlow.LEFT + side + 10f;
        float textWidth = PageFlow.RIGHT - x;
        float y = top - 4f;
        TextStyle code = TextStyle.bold(13f);
        flow.open("P");
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
        flow.close();
        y -= 3f;
        TextStyle howStyle = TextStyle.regular(8f);
        String telephone = c.letterhead().telephone();
        for (DecisionText.Language language : DecisionText.Language.values()) {
            boolean zh = language == DecisionText.Language.ZH;
            if (zh ? !lang.showsChinese() : !lang.showsEnglish()) {
                continue;
            }
            String how = v.verifyAddress() != null && v.signed() != null
                    ? (zh ? LetterWords.VERIFY_AT.zh() : LetterWords.VERIFY_AT.en()).replace("{0}", v.verifyAddress())
                    : v.signed() == null ? (zh ? LetterWords.VERIFY_OFFICE_ONLY.zh() : LetterWords.VERIFY_OFFICE_ONLY.en())
                    : zh ? LetterWords.VERIFY_HOW.zh() : LetterWords.VERIFY_HOW.en();
            if (telephone != null) {
                how += (zh ? LetterWords.VERIFY_CALL.zh() : " " + LetterWords.VERIFY_CALL.en()) + telephone
                        + (zh ? "。" : ".");
            }
            flow.open("P", zh ? null : blocks.en());
            for (String line : flow.breaker().wrap(how, howStyle, textWidth)) {
                flow.drawText(line, x, PageFlow.baseline(y, howStyle), howStyle, "verification");
                y -= howStyle.lineHeight();
            }
            flow.close();
        }
        flow.space(Math.max(side, top - y));
    }
}
