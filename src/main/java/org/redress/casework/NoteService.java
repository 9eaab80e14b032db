package org.redress.casework;

import org.redress.domain.access.Officer;
import org.redress.store.Database;
import org.redress.store.NoteRepository;

import java.time.Clock;

/** Adds an officer's note to a case; notes are never changed afterwards. */
public final class NoteService {

    private final Database database;
    private final Clock clock;

    public NoteService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public void add(long caseId, Officer author, String body) {
        String text = body.strip();
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a note needs text");
        }
        database.writeAndWait(c -> new NoteRepository(c, clock).add(caseId, Officers.storeId(author), text, null));
    }
}
