package org.redress.intake;

import org.jspecify.annotations.Nullable;

import java.time.LocalDate;

/**
 * The importer's cross-record checks of an appeal, in one place for every store that takes appeals:
 * the workstation's import ({@code AppealFeedWriter}, SQLite) and the hub's intake (PostgreSQL) ask
 * the same questions of their own rows and refuse in the same words.
 */
public final class AppealChecks {

    private AppealChecks() {
    }

    /** An appeal cannot be received before the deduction it disputes was imposed: the refusal, or null. */
    public static @Nullable String receivedBeforeImposed(LocalDate receivedOn, LocalDate imposedOn, String entryReference) {
        if (!receivedOn.isBefore(imposedOn)) {
            return null;
        }
        return receivedOn + " is before " + imposedOn + ", when ledger entry " + entryReference
                + " that the appeal disputes was imposed";
    }

    /** One open case per ledger entry: a second appeal belongs in the case already open. */
    public static String alreadyDisputed(String entryReference, String openCaseNo, String openedBy) {
        return "ledger entry " + entryReference + " is already disputed by open case " + openCaseNo + " (" + openedBy
                + "); add this appeal to that case rather than opening another";
    }
}
