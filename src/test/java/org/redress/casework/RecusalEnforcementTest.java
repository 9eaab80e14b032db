package org.redress.casework;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Role;
import org.redress.domain.appeal.CaseAction;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.DeductionOutcome;
import org.redress.domain.appeal.ReasonCode;

import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recusal and four eyes hold in the services: a declared relation (to the subject, the case or
 * the issuing agency) bars deciding and approving; so does working for the issuing agency; and no
 * one approves their own draft, a supervisor included. Declarations are recorded and shown.
 */
class RecusalEnforcementTest {

    private static CaseworkFixture fixture;
    private static final Clock CLOCK = CaseworkFixture.clockOn(CaseworkFixture.TODAY);
    private static Officer auditor;

    @BeforeAll
    static void workspace() {
        fixture = CaseworkFixture.create();
        auditor = fixture.officer("sun.li");
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static CaseFile file(long caseId) {
        return fixture.caseFiles().load(caseId, auditor);
    }

    private static ActionResult.Refused refused(ActionResult result) {
        assertThat(result).isInstanceOf(ActionResult.Refused.class);
        return (ActionResult.Refused) result;
    }

    @Test
    void a_supervisor_who_declared_a_relation_to_the_subject_cannot_approve_and_the_declaration_is_shown() {
        QueueLine line = fixture.cases(CaseStatus.AWAITING_APPROVAL).getFirst();
        Officer supervisor = fixture.officer("liu.yang");
        var declarations = new RecusalDeclarations(fixture.database, CLOCK);

        DeclarationLine declared = declarations.declareForCase(line.caseId(), supervisor, "cousin", "Met at a wedding.");
        ActionResult result = fixture.actions(CaseworkFixture.TODAY).take(line.caseId(), file(line.caseId()).appeal()
                .version(), CaseAction.APPROVE, supervisor, null);

        assertThat(refused(result).rejection().code()).isEqualTo(ReasonCode.RECUSED);
        assertThat(refused(result).rejection().reason()).contains("cousin");
        assertThat(declarations.forCase(line.caseId(), auditor)).extracting(DeclarationLine::id, DeclarationLine::relation)
                .contains(org.assertj.core.groups.Tuple.tuple(declared.id(), "cousin"));
    }

    @Test
    void a_relation_declared_to_the_issuing_agency_bars_the_assignee_from_deciding() {
        CaseFile file = fixture.cases(CaseStatus.IN_REVIEW).stream().map(l -> file(l.caseId()))
                .filter(f -> f.appeal().assigneeId() != null && account(f.appeal().assigneeId()).role() == Role.OFFICER)
                .filter(f -> fixture.caseFiles().load(f.appeal().id(), account(f.appeal().assigneeId()).asOfficer())
                        .recusal().reasons().isEmpty())
                .findFirst().orElseThrow();
        Officer assignee = account(file.appeal().assigneeId()).asOfficer();
        String agency = file.disputed().getFirst().entry().agencyCode();

        new RecusalDeclarations(fixture.database, CLOCK).declareForAgency(agency, assignee, "spouse works there", "");
        ActionResult result = new DecisionService(fixture.database, CaseworkFixture.CATALOG, CLOCK).saveDraft(
                file.appeal().id(), file.appeal().version(), assignee,
                List.of(DeductionOutcome.upheld(file.disputed().getFirst().entry().id())), "Reasons.", "Article 28");

        assertThat(refused(result).rejection().code()).isEqualTo(ReasonCode.RECUSED);
    }

    @Test
    void an_officer_of_the_issuing_agency_cannot_take_the_case() {
        var traffic = fixture.demo.accounts().stream().filter(a -> a.username().equals("zhao.lei")).findFirst()
                .orElseThrow();
        QueueLine line = fixture.cases(CaseStatus.RECEIVED).stream()
                .filter(l -> file(l.caseId()).disputed().stream()
                        .anyMatch(d -> d.entry().agencyCode().equals(traffic.agencyCode())))
                .findFirst().orElseThrow();

        ActionResult result = fixture.actions(CaseworkFixture.TODAY).take(line.caseId(), file(line.caseId()).appeal()
                .version(), CaseAction.ASSIGN, traffic.asOfficer(), null);

        assertThat(refused(result).rejection().code()).isEqualTo(ReasonCode.RECUSED);
        assertThat(refused(result).rejection().reason()).contains(traffic.agencyCode());
    }

    @Test
    void a_supervisor_never_approves_their_own_draft() {
        Officer supervisor = fixture.officer("chen.jing");
        var actions = fixture.actions(CaseworkFixture.TODAY);
        long caseId = fixture.cases(CaseStatus.RECEIVED).stream().map(QueueLine::caseId)
                .filter(id -> actions.take(id, file(id).appeal().version(), CaseAction.ASSIGN, supervisor, null)
                        instanceof ActionResult.Done)
                .findFirst().orElseThrow();
        done(actions.take(caseId, file(caseId).appeal().version(), CaseAction.START_REVIEW, supervisor, null));
        CaseFile file = file(caseId);
        done(new DecisionService(fixture.database, CaseworkFixture.CATALOG, CLOCK).saveDraft(caseId,
                file.appeal().version(), supervisor, file.disputed().stream()
                        .map(d -> DeductionOutcome.upheld(d.entry().id())).toList(), "Reasons.", "Article 28"));
        done(actions.take(caseId, file(caseId).appeal().version(), CaseAction.SUBMIT_FOR_APPROVAL, supervisor, null));

        ActionResult own = actions.take(caseId, file(caseId).appeal().version(), CaseAction.APPROVE, supervisor, null);

        assertThat(refused(own).rejection().code()).isEqualTo(ReasonCode.DRAFTER_CANNOT_APPROVE);
    }

    private static void done(ActionResult result) {
        assertThat(result).isInstanceOf(ActionResult.Done.class);
    }

    private static org.redress.demo.DemoOfficer account(long id) {
        return fixture.demo.accounts().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }
}
