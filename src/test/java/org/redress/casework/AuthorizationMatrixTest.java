package org.redress.casework;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Role;
import org.redress.domain.appeal.CaseAction;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.DeductionOutcome;
import org.redress.security.AccessDenied;
import org.redress.security.AccountAdministration;
import org.redress.security.PasswordHasher;
import org.redress.store.StaleCaseException;

import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every casework service method, called as each role on a real workspace: the role check lets
 * through exactly the matrix below, whatever the screens offer. "Allowed" means the role check
 * passed (the case's state or the officer's assignment may still refuse); "denied" means the
 * service refused for the role, before anything was written.
 */
class AuthorizationMatrixTest {

    private static final Set<Role> CASEWORKERS = EnumSet.of(Role.OFFICER, Role.SUPERVISOR);
    private static final Set<Role> READERS = EnumSet.of(Role.OFFICER, Role.SUPERVISOR, Role.AUDITOR);

    private static CaseworkFixture fixture;
    private static final Clock CLOCK = CaseworkFixture.clockOn(CaseworkFixture.TODAY);
    private static Map<Role, Officer> people;

    @BeforeAll
    static void workspace() {
        fixture = CaseworkFixture.create();
        people = Map.of(Role.OFFICER, fixture.officer("wang.fang"), Role.SUPERVISOR, fixture.officer("chen.jing"),
                Role.AUDITOR, fixture.officer("sun.li"), Role.ADMINISTRATOR, fixture.officer("admin"));
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private enum Outcome { ALLOWED, DENIED }

    @Test
    void each_service_lets_through_exactly_the_roles_of_the_matrix() {
        Deque<Long> received = ids(CaseStatus.RECEIVED);
        Deque<Long> inReview = ids(CaseStatus.IN_REVIEW);
        Deque<Long> awaiting = ids(CaseStatus.AWAITING_APPROVAL);
        long anyCase = inReview.peekFirst();
        var actions = fixture.actions(CaseworkFixture.TODAY);
        var decisions = new DecisionService(fixture.database, CaseworkFixture.CATALOG, CLOCK);
        var accounts = new AccountAdministration(fixture.database, new PasswordHasher(), CLOCK);
        int[] serial = {0};

        Map<String, Function<Officer, Object>> calls = new LinkedHashMap<>();
        calls.put("open a case file", o -> fixture.caseFiles().load(anyCase, o));
        calls.put("reveal an identifier", o -> new IdentifierReveal(fixture.database, CLOCK).reveal(anyCase, o, "checking the applicant's identity for the matrix"));
        calls.put("assign a case", o -> take(actions, received.removeFirst(), CaseAction.ASSIGN, o));
        calls.put("draft a decision", o -> {
            long id = inReview.removeFirst();
            CaseFile file = fixture.caseFiles().load(id, people.get(Role.AUDITOR));
            return decisions.saveDraft(id, file.appeal().version(), o, List.of(
                    DeductionOutcome.upheld(file.disputed().getFirst().entry().id())), "Reasons.", "Article 28");
        });
        calls.put("approve a draft", o -> take(actions, awaiting.removeFirst(), CaseAction.APPROVE, o));
        calls.put("add a note", o -> {
            new NoteService(fixture.database, CLOCK).add(anyCase, o, "Checked the file.");
            return "noted";
        });
        calls.put("declare a relation", o -> new RecusalDeclarations(fixture.database, CLOCK)
                .declareForCase(anyCase, o, "neighbour", ""));
        calls.put("read the audit log", o -> new AuditTrail(fixture.database).page(o, 0, 10));
        calls.put("create an account", o -> accounts.create(o, "new.account." + serial[0]++, "New", Role.OFFICER, null,
                "a-long-password".toCharArray()));
        calls.put("change the idle lock", o -> {
            new SecuritySettings(fixture.database, CLOCK).setIdleLockMinutes(o, 15);
            return "set";
        });
        calls.put("list the queue", o -> fixture.queue().rows(o, org.redress.store.QueueFilter.ALL,
                org.redress.store.QueueOrder.BY_DEADLINE, 0, 5));
        calls.put("change the four-eyes sample rate", o -> {
            new WorkstationSettings(fixture.database, CLOCK).put(o, FourEyes.SAMPLE_RATE, "0.1");
            return "set";
        });
        calls.put("change the screen's language", o -> {
            new WorkstationSettings(fixture.database, CLOCK).put(o, "ui.language", "en");
            return "set";
        });
        calls.put("issue a letter", o -> {
            try (LetterDesk desk = new LetterDesk(fixture.database, new org.redress.letters.LetterIssuer(fixture.database,
                    CaseworkFixture.CATALOG, CaseworkFixture.CALENDAR, CLOCK))) {
                // A case number the workspace does not have: past the role check, the issuer finds nothing to issue.
                return desk.issue("RD-1999-999999", o);
            } catch (AccessDenied e) {
                throw e;
            } catch (RuntimeException afterTheRoleCheck) {
                return "allowed";
            }
        });

        Map<String, Set<Role>> allowed = new LinkedHashMap<>();
        calls.forEach((name, call) -> {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            for (Role role : Role.values()) {
                if (outcome(call, people.get(role)) == Outcome.ALLOWED) {
                    roles.add(role);
                }
            }
            allowed.put(name, roles);
        });

        assertThat(allowed).containsExactlyEntriesOf(expected());
    }

    private static Map<String, Set<Role>> expected() {
        Map<String, Set<Role>> m = new LinkedHashMap<>();
        m.put("open a case file", READERS);
        m.put("reveal an identifier", READERS);
        m.put("assign a case", CASEWORKERS);
        m.put("draft a decision", CASEWORKERS);
        m.put("approve a draft", EnumSet.of(Role.SUPERVISOR));
        m.put("add a note", CASEWORKERS);
        m.put("declare a relation", CASEWORKERS);
        m.put("read the audit log", EnumSet.of(Role.AUDITOR));
        m.put("create an account", EnumSet.of(Role.ADMINISTRATOR));
        m.put("change the idle lock", EnumSet.of(Role.ADMINISTRATOR));
        m.put("list the queue", READERS);
        m.put("change the four-eyes sample rate", EnumSet.of(Role.ADMINISTRATOR));
        m.put("change the screen's language", EnumSet.allOf(Role.class));
        m.put("issue a letter", CASEWORKERS);
        return m;
    }

    private static Outcome outcome(Function<Officer, Object> call, Officer officer) {
        try {
            Object result = call.apply(officer);
            if (result instanceof ActionResult.Refused(var rejection) && RoleCheck.isRoleRefusal(rejection.code())) {
                return Outcome.DENIED;
            }
            return Outcome.ALLOWED;
        } catch (AccessDenied e) {
            return Outcome.DENIED;
        } catch (StaleCaseException e) {
            return Outcome.ALLOWED;
        }
    }

    private static ActionResult take(CaseActionService actions, long caseId, CaseAction action, Officer officer) {
        long version = fixture.caseFiles().load(caseId, people.get(Role.AUDITOR)).appeal().version();
        return actions.take(caseId, version, action, officer, null);
    }

    private static Deque<Long> ids(CaseStatus status) {
        Deque<Long> ids = new ArrayDeque<>();
        fixture.cases(status).forEach(l -> ids.add(l.caseId()));
        assertThat(ids).as("demo cases in " + status).hasSizeGreaterThanOrEqualTo(Role.values().length);
        return ids;
    }
}
