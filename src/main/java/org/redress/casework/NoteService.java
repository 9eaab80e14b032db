package org.redress.casework;

import org.redress.domain.access.Officer;
import org.redress.domain.access.Permission;
import org.redress.security.Authorization;
import org.redress.store.Database;
import org.redress.store.CaseRepository;
import org.redress.store.CaseRow;
import org.redress.store.NoteRepository;
import org.redress.store.NoteRow;
import org.redress.store.StoreException;

import java.time.Clock;

/**
 * Adds an officer's note to a case; notes are never changed afterwards. The officer's role is
 * checked first, their recusal from the case on the writer's connection: an officer who must
 * stand aside from a case adds nothing to its file.
 */
public final class NoteService {

    private final Database database;
    private final Clock clock;

    public NoteService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * @throws org.redress.security.AccessDenied for a role that does not work cases
     * @throws Refused                           when the author must stand aside from the case
     */
    public void add(long caseId, Officer author, String body) {
        Authorization.require(author, Permission.ADD_NOTE);
        String text = org.redress.sync.protocol.TextRules.normalise(body.strip());
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a note needs text");
        }
        // Refused here, with the reason, rather than carried to the hub, which refuses it too (issue #14).
        var problem = org.redress.sync.protocol.TextRules.check("the note", text);
        if (problem != null) {
            throw new IllegalArgumentException("Not saved: " + problem.reason() + ".");
        }
        long authorId = Officers.storeId(author);
        database.writeAndWait(c -> {
            CaseRow row = new CaseRepository(c, clock).byId(caseId)
                    .orElseThrow(() -> new StoreException("no case with id " + caseId));
            CaseFacts.requireNotRecused(c, author, row);
            NoteRow note = new NoteRepository(c, clock).add(caseId, authorId, text, null);
            database.journal().record(c, Changes.note(row, note.id(), authorId, text, note.at()));
            return note;
        });
    }
}
