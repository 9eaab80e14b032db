package org.redress.sync;

import org.redress.casework.NoteService;
import org.redress.casework.Officers;
import org.redress.domain.access.Officer;
import org.redress.store.Database;
import org.redress.store.OfficerRepository;
import org.redress.store.Workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;

/**
 * A workstation in a JVM of its own, for the kill tests: writes notes in small runs, syncing
 * after each, printing WRITE and SYNC before each step so the test can kill it with SIGKILL at
 * either point; prints DONE once {@code total} changes exist and the outbox is empty. With a sixth
 * argument (a case number under review) each write step also drafts a decision on that case while
 * the case takes one, so decisions are killed mid-write and mid-sync too.
 * Arguments: workspace, hub URL, officer username, case number, total changes[, decidable case].
 */
public final class WorkstationProcess {

    private WorkstationProcess() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        String hubUrl = args[1];
        String username = args[2];
        String caseNo = args[3];
        int total = Integer.parseInt(args[4]);
        try (Database db = Database.open(new Workspace(root))) {
            Officer officer = db.read(c -> Officers.of(new OfficerRepository(c).byUsername(username).orElseThrow()));
            long caseId = SyncCases.caseId(db, caseNo);
            String decidable = args.length > 5 ? args[5] : null;
            long officerStoreId = db.read(c -> new OfficerRepository(c).byUsername(username).orElseThrow().id());
            NoteService notes = new NoteService(db, Clock.systemUTC());
            SyncEngine engine = SyncEngine.connect(db, hubUrl, Clock.systemUTC(), SyncTestbed.FAST);
            System.out.println("READY");
            while (true) {
                long written = db.read(c -> new Outbox(c).lastSeq());
                if (written < total) {
                    System.out.println("WRITE");
                    for (int i = 0; i < 3 && written + i < total; i++) {
                        notes.add(caseId, officer, "Kill test " + UUID.randomUUID());
                    }
                    if (decidable != null) {
                        SyncCases.tryDecide(db, officer, officerStoreId, decidable, "Kill test decision " + UUID.randomUUID());
                    }
                }
                System.out.println("SYNC");
                SyncReport report = engine.syncOnce();
                boolean empty = engine.status().pending() == 0;
                if (report.ok() && empty && db.read(c -> new Outbox(c).lastSeq()) >= total) {
                    System.out.println("DONE");
                    System.out.flush();
                    return;
                }
            }
        }
    }
}
