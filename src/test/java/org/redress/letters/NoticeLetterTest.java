package org.redress.letters;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.domain.access.Officer;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Channel;
import org.redress.domain.appeal.Ground;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.domain.appeal.Priority;
import org.redress.domain.identity.SubjectKind;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;
import org.redress.domain.scheme.RuleCategory;
import org.redress.letters.templates.LetterTemplate;
import org.redress.letters.templates.NoticeIssuer;
import org.redress.letters.templates.NoticeKind;
import org.redress.letters.templates.NoticeLetter;
import org.redress.letters.templates.NoticeLetters;
import org.redress.letters.templates.NoticePress;
import org.redress.letters.templates.TemplateEngine;
import org.redress.letters.templates.TemplateService;
import org.redress.store.CaseRepository;
import org.redress.store.LedgerEntryRow;
import org.redress.store.LedgerRepository;
import org.redress.store.NewCase;
import org.redress.store.OfficerRepository;
import org.redress.store.OfficerRow;
import org.redress.store.SubjectRepository;
import org.redress.store.SubjectRow;
import org.redress.vault.SealedFiles;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Letters from templates (issue 19, item 4): each kind renders as a bilingual PDF/A from its template,
 * numbered from the office's series, listed on its case and verified as decision letters are; a
 * template naming an unknown field is refused when saved; editing a template leaves letters already
 * issued as they were; a case found not admissible gets its notice from {@code letters export}.
 */
class NoticeLetterTest {

    @TempDir
    static Path root;
    static LetterWorkspace ws;
    static NoticePress press;
    static Officer admin;
    static Officer officer;

    @BeforeAll
    static void setUp() {
        ws = new LetterWorkspace(root.resolve("ws"));
        press = NoticePress.create();
        ws.database.writeAndWait(c -> {
            new OfficerRepository(c).insert(new OfficerRow(3, "zhao.admin", "赵管理", "ADMINISTRATOR", null, null,
                    LetterWorkspace.CLOCK.instant()));
            return null;
        });
        admin = ws.database.read(c -> org.redress.casework.Officers.of(new OfficerRepository(c).byUsername("zhao.admin")
                .orElseThrow()));
        officer = ws.database.read(c -> org.redress.casework.Officers.of(new OfficerRepository(c).byUsername("li.na")
                .orElseThrow()));
    }

    @AfterAll
    static void tearDown() {
        ws.close();
    }

    private static NoticeIssuer issuer() {
        return new NoticeIssuer(ws.database, LetterWorkspace.CATALOG, LetterWorkspace.CALENDAR, LetterWorkspace.CLOCK);
    }

    private static String text(byte[] pdf) {
        return String.join("\n", LetterFile.read(pdf).pages().stream().map(p -> String.join("\n", p)).toList());
    }

    private static byte[] bytes(NoticeLetter letter) throws Exception {
        return SealedFiles.reading(ws.database.workspace()).read(letter.file());
    }

    @Test
    void anAcknowledgementIsABilingualPdfAVerifiedAsLettersAreAndListedOnItsCase() throws Exception {
        String caseNo = ws.decidedCase("张伟", "110105198001010012", OutcomeKind.REVERSED, "理由。");
        NoticeLetter letter = issuer().issue(caseNo, NoticeKind.ACKNOWLEDGEMENT, LetterLanguage.BILINGUAL, press, 1L);

        byte[] pdf = bytes(letter);
        assertThat(PdfAValidation.violations(pdf)).isEmpty();
        String text = text(pdf);
        assertThat(text).contains("受理通知书", "Acknowledgement of your appeal", caseNo, letter.referenceNo(),
                "2026年3月2日", "2 March 2026", // received
                "2026年3月23日", "23 March 2026", // the decision deadline on the calendar
                "事实认定错误", "facts wrong", "To send more evidence", "1 Chengshan Avenue");
        assertThat(text).doesNotContain("{{", "110105198001010012");
        assertThat(letter.referenceNo()).matches("RD-L-2026-\\d{6}");

        VerificationReport report = new LetterVerifier(ws.database).verify(pdf);
        assertThat(report.verdict()).isEqualTo(LetterVerdict.GENUINE);
        assertThat(report.reference()).isEqualTo(letter.referenceNo());
        List<NoticeLetter> listed = ws.database.read(c -> new NoticeLetters(c, ws.database.workspace())
                .byCase(letter.caseId()));
        assertThat(listed).extracting(NoticeLetter::referenceNo).containsExactly(letter.referenceNo());
    }

    @Test
    void aTemplateNamingAFieldItsKindDoesNotHaveIsRefusedWhenSavedNotWhenPrinted() {
        TemplateService templates = new TemplateService(ws.database, LetterWorkspace.CLOCK);
        LetterTemplate before = templates.current(admin, NoticeKind.EXTENSION, "EN");
        assertThatThrownBy(() -> templates.save(admin, NoticeKind.EXTENSION, "EN", "Extension",
                List.of("Dear {{addresseeName}},", "Your {{favouriteColour}} case")))
                .isInstanceOf(TemplateEngine.TemplateRefused.class)
                .hasMessageContaining("paragraph 2").hasMessageContaining("{{favouriteColour}}");
        // A field of another kind is unknown here too; a list used as text; partials; broken syntax.
        assertThatThrownBy(() -> templates.save(admin, NoticeKind.EXTENSION, "EN", "X", List.of("{{replyBy}}")))
                .isInstanceOf(TemplateEngine.TemplateRefused.class);
        assertThatThrownBy(() -> templates.save(admin, NoticeKind.INFORMATION_REQUEST, "EN", "X", List.of("{{items}}")))
                .isInstanceOf(TemplateEngine.TemplateRefused.class).hasMessageContaining("as text");
        assertThatThrownBy(() -> templates.save(admin, NoticeKind.EXTENSION, "EN", "X", List.of("{{>other}}")))
                .isInstanceOf(TemplateEngine.TemplateRefused.class);
        assertThatThrownBy(() -> templates.save(admin, NoticeKind.EXTENSION, "EN", "X", List.of("{{#caseNo}}open")))
                .isInstanceOf(TemplateEngine.TemplateRefused.class);
        assertThat(templates.current(admin, NoticeKind.EXTENSION, "EN")).isEqualTo(before);
        // Only an administrator saves.
        assertThatThrownBy(() -> templates.save(officer, NoticeKind.EXTENSION, "EN", "X", List.of("{{caseNo}}")))
                .isInstanceOf(org.redress.security.AccessDenied.class);
    }

    @Test
    void editingATemplateLeavesALetterAlreadyIssuedAsItWas() throws Exception {
        String caseNo = ws.decidedCase("陈静", "110105198001010039", OutcomeKind.REVERSED, "理由。");
        NoticeLetter old = issuer().issue(caseNo, NoticeKind.ACKNOWLEDGEMENT, LetterLanguage.BILINGUAL, press, 1L);
        byte[] oldPdf = bytes(old);
        String oldText = text(oldPdf);

        TemplateService templates = new TemplateService(ws.database, LetterWorkspace.CLOCK);
        LetterTemplate en = templates.current(admin, NoticeKind.ACKNOWLEDGEMENT, "EN");
        List<String> edited = new ArrayList<>(en.paragraphs());
        edited.set(1, "Your appeal {{caseNo}} reached us on {{receivedOn}}; thank you for writing.");
        LetterTemplate saved = templates.save(admin, NoticeKind.ACKNOWLEDGEMENT, "EN", "We have your appeal", edited);
        assertThat(saved.version()).isGreaterThan(en.version());

        // The old letter is still genuine, and renders again from what it pinned: the same record and text.
        assertThat(new LetterVerifier(ws.database).verify(oldPdf).verdict()).isEqualTo(LetterVerdict.GENUINE);
        NoticePress.Rendered again = issuer().rerender(old, press);
        assertThat(DecisionRecord.sha256(again.recordJson())).isEqualTo(old.recordSha256());
        assertThat(LetterFile.read(again.pdf()).pages()).isEqualTo(LetterFile.read(oldPdf).pages());
        assertThat(oldText).doesNotContain("thank you for writing");
        // A re-rendered copy is the same content as the letter issued.
        assertThat(new LetterVerifier(ws.database).verify(again.pdf()).verdict()).isIn(LetterVerdict.GENUINE,
                LetterVerdict.SAME_CONTENT);

        NoticeLetter next = issuer().issue(caseNo, NoticeKind.ACKNOWLEDGEMENT, LetterLanguage.BILINGUAL, press, 1L);
        assertThat(text(bytes(next))).contains("thank you for writing", "We have your appeal");
        assertThat(next.templateEnId()).isEqualTo(saved.id()).isNotEqualTo(old.templateEnId());
    }

    @Test
    void anInformationRequestListsTheMissingItemsAndTheReplyByDate() throws Exception {
        String caseNo = ws.decidedCase("刘洋", "110105198001010055", OutcomeKind.REVERSED, "理由。");
        ws.database.writeAndWait(c -> {
            try (var ps = c.prepareStatement("INSERT INTO information_request (case_id, requested_on, reply_by, working_days,"
                    + " items, requested_by) SELECT id, '2026-03-10', '2026-03-24', 10, ?, 1 FROM appeal_case WHERE case_no = ?")) {
                ps.setString(1, "[\"银行出具的结清证明\",\"Copy of the court's ruling\"]");
                ps.setString(2, caseNo);
                ps.executeUpdate();
            }
            return null;
        });
        NoticeLetter letter = issuer().issue(caseNo, NoticeKind.INFORMATION_REQUEST, LetterLanguage.BILINGUAL, press, 1L);
        String text = text(bytes(letter));
        assertThat(text).contains("补正材料通知书", "银行出具的结清证明", "Copy of the court's ruling", "2026年3月24日",
                "24 March 2026");
        // No request, no letter; and no number used up for it.
        String other = ws.decidedCase("周敏", "110105198001010071", OutcomeKind.REVERSED, "理由。");
        assertThatThrownBy(() -> issuer().issue(other, NoticeKind.EXTENSION, null, press, 1L))
                .isInstanceOf(LetterException.class).hasMessageContaining("no approved extension");
    }

    @Test
    void aCaseFoundNotAdmissibleGetsItsNoticeFromLettersExport() throws Exception {
        String caseNo = closedCase(CaseStatus.NOT_ADMISSIBLE, "申请超过法定期限。");
        Path out = root.resolve("out");
        StringWriter output = new StringWriter();
        int exit = run(output, "letters", "export", "--case", caseNo, "--out", out.toString(), "--workspace",
                ws.root().toString());
        assertThat(exit).as(output.toString()).isZero();
        assertThat(output.toString()).doesNotContain("has no decision").contains("not-admissible notice");
        List<Path> files;
        try (var list = Files.list(out)) {
            files = list.toList();
        }
        assertThat(files).hasSize(1);
        byte[] pdf = Files.readAllBytes(files.getFirst());
        assertThat(PdfAValidation.violations(pdf)).isEmpty();
        assertThat(text(pdf)).contains("不予受理通知书", "not admissible", "申请超过法定期限。", "further review");
        assertThat(new LetterVerifier(ws.database).verify(pdf).verdict()).isEqualTo(LetterVerdict.GENUINE);

        // A batch by date names it too, and leaves it alone the second time.
        String withdrawn = closedCase(CaseStatus.WITHDRAWN, "");
        StringWriter batch = new StringWriter();
        assertThat(run(batch, "letters", "export", "--decided-since", "2026-03-01", "--out", root.resolve("out2").toString(),
                "--workspace", ws.root().toString())).as(batch.toString()).isZero();
        assertThat(batch.toString()).contains(withdrawn + "  bilingual  (withdrawal notice)")
                .contains("left alone: " + caseNo);
    }

    private static String closedCase(CaseStatus status, String detail) {
        String caseNo = "RD-2026-9%05d".formatted(status.ordinal());
        ws.database.writeAndWait(c -> {
            SubjectRow subject = new SubjectRepository(c).insert(new SubjectRow(0, SubjectKind.PERSON,
                    "11010519800101" + (1000 + status.ordinal()), "RESIDENT_ID", "VALID", null, "孙丽", "371082",
                    LocalDate.of(1980, 1, 1)));
            long entry = new LedgerRepository(c).insert(new LedgerEntryRow(subject.id(), new LedgerEvent(0,
                    "RONGCHENG_POINTS", "RC-FIN-01", LedgerEventKind.DEDUCTION, -10, "AG01", LocalDate.of(2025, 11, 3),
                    "AG01-9-" + status.ordinal(), null, null), null, null, null, "TEST", LetterWorkspace.CLOCK.instant()));
            var newCase = new NewCase(caseNo, subject.id(), "RONGCHENG_POINTS", status, Priority.NORMAL,
                    LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 23), LocalDate.of(2026, 3, 5), Channel.MANUAL,
                    EnumSet.of(Ground.FACTS_WRONG), "", "", "371082", "AG01", RuleCategory.FINANCIAL, "RC-FIN-01", -10, 1L,
                    List.of(entry));
            long caseId = new CaseRepository(c, LetterWorkspace.CLOCK).insert(newCase, 1L).id();
            try (var ps = c.prepareStatement("INSERT INTO case_event (case_id, at, actor_id, action, from_status, to_status,"
                    + " detail) VALUES (?, '2026-03-12T02:00:00Z', 1, 'STATUS_CHANGED', 'IN_REVIEW', ?, ?)")) {
                ps.setLong(1, caseId);
                ps.setString(2, status.name());
                ps.setString(3, detail);
                ps.executeUpdate();
            }
            return null;
        });
        return caseNo;
    }

    private static int run(StringWriter out, String... args) throws Exception {
        var line = new picocli.CommandLine(new org.redress.cli.RedressCommand());
        line.setOut(new PrintWriter(out));
        line.setErr(new PrintWriter(out));
        String[] signedIn = java.util.Arrays.copyOf(args, args.length + 2);
        signedIn[args.length] = "--user";
        signedIn[args.length + 1] = "li.na";
        try (AutoCloseable ignored = org.redress.cli.SignInOption.environmentForTests(
                java.util.Map.of(org.redress.cli.SignInOption.PASSWORD_VARIABLE, LetterWorkspace.PASSWORD))) {
            return line.execute(signedIn);
        }
    }
}
