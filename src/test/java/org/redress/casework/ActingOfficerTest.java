package org.redress.casework;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Role;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.ReasonCode;
import org.redress.evidence.EvidenceStore;
import org.redress.letters.LetterIssuer;
import org.redress.security.AccessDenied;
import org.redress.store.CaseEventRow;
import org.redress.store.CaseRepository;
import org.redress.store.QueueFilter;
import org.redress.store.QueueOrder;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The review's findings about who may do what, each refused inside the service now: an auditor
 * issuing a letter, anyone but an administrator changing the four-eyes settings (and every change
 * audited), an administrator reading the queue, a recused officer adding notes or evidence, and
 * any officer revealing any subject's full identifier.
 */
class ActingOfficerTest {

    private static CaseworkFixture fixture;
    private static final Clock CLOCK = CaseworkFixture.clockOn(CaseworkFixture.TODAY);

    @BeforeAll
    static void workspace() {
        fixture = CaseworkFixture.create();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static long count(String sql) {
        return fixture.database.read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery(sql)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    @Test
    void an_auditor_may_not_issue_a_letter() {
        String decided = fixture.cases(CaseStatus.DECIDED).getFirst().caseNo();
        try (LetterDesk desk = new LetterDesk(fixture.database, new LetterIssuer(fixture.database,
                CaseworkFixture.CATALOG, CaseworkFixture.CALENDAR, CLOCK))) {
            assertThatThrownBy(() -> desk.issue(decided, fixture.officer("sun.li"))).isInstanceOf(AccessDenied.class);
            assertThatThrownBy(() -> desk.issueAll(List.of(decided), fixture.officer("sun.li"), (d, f, t) -> { }))
                    .isInstanceOf(AccessDenied.class);
        }
        assertThat(count("SELECT count(*) FROM issued_letter")).isZero();
    }

    @Test
    void only_an_administrator_changes_the_four_eyes_settings_and_every_change_is_audited() {
        WorkstationSettings settings = new WorkstationSettings(fixture.database, CLOCK);
        long before = count("SELECT count(*) FROM audit_event WHERE kind = 'settings.change'");

        for (String who : List.of("wang.fang", "chen.jing", "sun.li")) {
            assertThatThrownBy(() -> settings.put(fixture.officer(who), FourEyes.SAMPLE_RATE, "0"))
                    .isInstanceOf(AccessDenied.class);
        }
        assertThat(settings.all()).containsEntry(FourEyes.SAMPLE_RATE, "0.1");
        settings.put(fixture.officer("admin"), FourEyes.SAMPLE_RATE, "0.2");
        settings.put(fixture.officer("sun.li"), "ui.theme", "DARK");

        assertThat(settings.all()).containsEntry(FourEyes.SAMPLE_RATE, "0.2").containsEntry("ui.theme", "DARK");
        assertThat(count("SELECT count(*) FROM audit_event WHERE kind = 'settings.change'")).isEqualTo(before + 2);
        assertThat(count("SELECT count(*) FROM audit_event WHERE kind = 'settings.change' AND entity_id = '"
                + FourEyes.SAMPLE_RATE + "' AND actor_id = " + fixture.officer("admin").id())).isEqualTo(1);
        assertThatThrownBy(() -> settings.put(fixture.officer("admin"), "workspace.kind", "demo"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_administrator_sees_no_names_in_the_queue_and_searches_no_statements() {
        QueueService queue = fixture.queue();
        Officer admin = fixture.officer("admin");

        assertThatThrownBy(() -> queue.rows(admin, QueueFilter.ALL, QueueOrder.BY_DEADLINE, 0, 10))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> queue.rows(admin, QueueFilter.ALL.withText("repaid"), QueueOrder.BY_DEADLINE, 0, 10))
                .isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> queue.count(admin, QueueFilter.ALL)).isInstanceOf(AccessDenied.class);
        assertThatThrownBy(() -> queue.choices(admin)).isInstanceOf(AccessDenied.class);
        assertThat(queue.rows(fixture.officer("sun.li"), QueueFilter.ALL, QueueOrder.BY_DEADLINE, 0, 10)).hasSize(10);
    }

    /** An open case and an officer who works cases but must stand aside from it (a declared relation). */
    private record Barred(long caseId, Officer officer) {
    }

    private static Barred barred() {
        QueueLine line = fixture.cases(CaseStatus.IN_REVIEW).get(3);
        Officer officer = fixture.officer("zhang.min");
        new RecusalDeclarations(fixture.database, CLOCK).declareForCase(line.caseId(), officer, "brother-in-law", "");
        return new Barred(line.caseId(), officer);
    }

    @Test
    void an_officer_who_must_stand_aside_adds_no_note_and_no_evidence() throws Exception {
        Barred b = barred();
        long notes = count("SELECT count(*) FROM note WHERE case_id = " + b.caseId());
        long attachments = count("SELECT count(*) FROM attachment WHERE case_id = " + b.caseId());
        Path file = Files.writeString(fixture.folder.resolve("receipt.txt"), "Paid in full.");

        assertThatThrownBy(() -> new NoteService(fixture.database, CLOCK).add(b.caseId(), b.officer(), "Knows the family."))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.rejection().code()).isEqualTo(ReasonCode.RECUSED));
        AttachResult attached = new AttachmentService(fixture.database,
                new EvidenceStore(fixture.database.workspace().evidenceDir()), CLOCK)
                .attach(b.caseId(), file, b.officer(), "email", "sent by the applicant");

        assertThat(attached).isInstanceOfSatisfying(AttachResult.Refused.class,
                r -> assertThat(r.reasonKey()).isEqualTo("attach.refused.recused"));
        assertThat(count("SELECT count(*) FROM note WHERE case_id = " + b.caseId())).isEqualTo(notes);
        assertThat(count("SELECT count(*) FROM attachment WHERE case_id = " + b.caseId())).isEqualTo(attachments);
    }

    @Test
    void an_identifier_is_shown_to_the_assignee_of_an_open_case_or_with_a_recorded_reason_and_never_to_a_recused_officer() {
        IdentifierReveal reveal = new IdentifierReveal(fixture.database, CLOCK);
        QueueLine line = fixture.cases(CaseStatus.IN_REVIEW).stream()
                .filter(l -> l.assigneeName() != null).findFirst().orElseThrow();
        long assigneeId = fixture.database.read(c -> new CaseRepository(c).byId(line.caseId()).orElseThrow().assigneeId());
        Officer assignee = fixture.demo.accounts().stream().filter(o -> o.id() == assigneeId).findFirst().orElseThrow()
                .asOfficer();
        Officer stranger = fixture.demo.accounts().stream().filter(o -> o.role() == Role.OFFICER && o.id() != assigneeId
                && !holdsOpenCaseOfSubject(o.id(), line.caseId())).findFirst().orElseThrow().asOfficer();

        assertThat(reveal.reveal(line.caseId(), assignee, null)).hasSize(18);
        assertThatThrownBy(() -> reveal.reveal(line.caseId(), stranger, null)).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.rejection().code()).isEqualTo(ReasonCode.REVEAL_NEEDS_REASON));
        assertThatThrownBy(() -> reveal.reveal(line.caseId(), stranger, "  ")).isInstanceOf(Refused.class);
        assertThat(reveal.reveal(line.caseId(), stranger, "the applicant called about a second case"))
                .isEqualTo(reveal.reveal(line.caseId(), assignee, null));
        List<CaseEventRow> history = fixture.database.read(c -> new CaseRepository(c).history(line.caseId()));
        assertThat(history).filteredOn(e -> e.action().equals(IdentifierReveal.ACTION))
                .anySatisfy(e -> assertThat(e.detail()).endsWith("reason: the applicant called about a second case"));
        assertThat(count("SELECT count(*) FROM audit_event WHERE kind = 'identifier.reveal' AND payload LIKE '%second case%'"))
                .as("the reason stays in the case's history, out of the audit payload").isZero();
        assertThat(count("SELECT count(*) FROM audit_event WHERE kind = 'identifier.reveal' AND payload LIKE '%\"basis\":\"REASON\"%'"))
                .isEqualTo(1);

        Barred b = barred();
        assertThatThrownBy(() -> reveal.reveal(b.caseId(), b.officer(), "curious")).isInstanceOfSatisfying(Refused.class,
                r -> assertThat(r.rejection().code()).isEqualTo(ReasonCode.RECUSED));
    }

    private static boolean holdsOpenCaseOfSubject(long officerId, long caseId) {
        return count("SELECT count(*) FROM appeal_case k WHERE k.assignee_id = " + officerId + " AND k.subject_id = "
                + "(SELECT subject_id FROM appeal_case WHERE id = " + caseId + ") AND k.status NOT IN "
                + "('DECIDED', 'LETTER_ISSUED', 'CLOSED', 'WITHDRAWN', 'NOT_ADMISSIBLE')") > 0;
    }
}
