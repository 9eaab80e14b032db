package org.redress.store;

import java.nio.file.Path;

/**
 * Child process of {@link CrashConsistencyTest}: commits a first batch of cases, then writes a
 * second batch in one transaction that never ends, saying so on stdout, until it is killed.
 */
public final class CrashingWriter {

    public static void main(String[] args) throws Exception {
        Database db = Database.open(Workspace.create(Path.of(args[0])));
        SyntheticCases synthetic = new SyntheticCases(3);
        db.writeAndWait(c -> {
            synthetic.reference(c);
            try (BulkLoader bulk = new BulkLoader(c)) {
                synthetic.addCases(bulk, CrashConsistencyTest.COMMITTED, 2);
            }
            return null;
        });
        db.writeAndWait(c -> {
            try (BulkLoader bulk = new BulkLoader(c)) {
                synthetic.addCases(bulk, 2_000, 2);
                new NoteRepository(c).add(1, 1, "uncommitted note", null);
                System.out.println(CrashConsistencyTest.IN_TRANSACTION);
                System.out.flush();
                while (true) {
                    synthetic.addCases(bulk, 100, 2);
                }
            }
        });
    }
}
