package org.redress.sync;

import org.redress.casework.ActionResult;
import org.redress.casework.CaseActionService;
import org.redress.casework.CaseworkFixture;
import org.redress.casework.Officers;
import org.redress.domain.access.Officer;
import org.redress.domain.appeal.CaseAction;
import org.redress.domain.appeal.CaseStatus;
import org.redress.store.CaseRepository;
import org.redress.store.CaseRow;
import org.redress.store.Database;
import org.redress.store.OfficerRepository;
import org.redress.store.Workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A supervisor's workstation in a JVM of its own, for {@link ApprovalKillTest}: each step approves
 * one of the named cases still awaiting approval and resolves one of the named cases' open
 * conflicts (choosing the decision with the lowest id, never one of its own), then syncs. It prints
 * WRITE and SYNC before each step so the test can kill it with SIGKILL at either point, and DONE
 * once nothing named awaits approval, no named conflict is open and the outbox is empty.
 * Arguments: workspace, hub URL, supervisor's username, cases to approve (comma-separated), cases
 * whose conflicts to resolve (comma-separated).
 */
public final class SupervisorProcess {

    private SupervisorProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        String hubUrl = args[1];
        String username = args[2];
        List<String> toApprove = List.of(args[3].split(","));
        List<String> toResolve = List.of(args[4].split(","));
        Clock clock = Clock.systemUTC();
        try (Database db = Database.open(new Workspace(root))) {
            var row = db.read(c -> new OfficerRepository(c).byUsername(username).orElseThrow());
            Officer supervisor = Officers.of(row);
            CaseActionService actions = new CaseActionService(db, CaseworkFixture.CATALOG, CaseworkFixture.CALENDAR,
                    CaseworkFixture.clockOn(CaseworkFixture.TODAY));
            ConflictQueue conflicts = new ConflictQueue(db, clock);
            SyncEngine engine = SyncEngine.connect(db, hubUrl, clock, SyncTestbed.FAST);
            System.out.println("READY");
            while (true) {
                Optional<CaseRow> awaiting = awaiting(db, toApprove);
                Optional<OpenConflict> open = conflicts.open().stream()
                        .filter(c -> toResolve.contains(c.caseNo())).findFirst();
                if (awaiting.isPresent() || open.isPresent()) {
                    System.out.println("WRITE");
                    if (awaiting.isPresent()) {
                        ActionResult result = actions.take(awaiting.get().id(), awaiting.get().version(),
                                CaseAction.APPROVE, supervisor, "Kill test approval");
                        if (!(result instanceof ActionResult.Done)) {
                            throw new IllegalStateException("approval refused: " + result);
                        }
                    }
                    if (open.isPresent()) {
                        OpenConflict conflict = open.get();
                        OpenConflict.Competing chosen = conflict.decisions().stream()
                                .filter(d -> !d.drafter().equals(username))
                                .min(Comparator.comparing(OpenConflict.Competing::decisionId)).orElseThrow();
                        conflicts.resolve(conflict, chosen.decisionId(), "Kill test resolution", supervisor, row.id());
                    }
                }
                System.out.println("SYNC");
                SyncReport report = engine.syncOnce();
                boolean empty = engine.status().pending() == 0;
                if (report.ok() && empty && awaiting(db, toApprove).isEmpty()
                        && conflicts.open().stream().noneMatch(c -> toResolve.contains(c.caseNo()))) {
                    System.out.println("DONE");
                    System.out.flush();
                    return;
                }
            }
        }
    }

    private static Optional<CaseRow> awaiting(Database db, List<String> caseNos) {
        return db.read(c -> {
            CaseRepository cases = new CaseRepository(c, Clock.systemUTC());
            for (String caseNo : caseNos) {
                Optional<CaseRow> found = cases.byCaseNo(caseNo);
                if (found.isPresent() && found.get().status() == CaseStatus.AWAITING_APPROVAL) {
                    return found;
                }
            }
            return Optional.empty();
        });
    }
}
