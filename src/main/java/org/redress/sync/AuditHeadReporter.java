package org.redress.sync;

import org.jspecify.annotations.Nullable;
import org.redress.audit.AuditChain;
import org.redress.audit.ChainHead;
import org.redress.store.Database;
import org.redress.sync.protocol.AuditHead;
import org.redress.sync.protocol.AuditHeadReport;

import java.util.Optional;
import java.util.UUID;

/**
 * At the end of each sync, tells the hub where this workstation's audit chain ends now and what
 * hash it has at the head the hub recorded last time, so history rewritten on this machine after
 * a sync is caught by the hub (which keeps the old head and raises an alert) and told to the officer.
 */
final class AuditHeadReporter {

    private AuditHeadReporter() {
    }

    /** Null when the hub recorded the head (or there is none yet); otherwise the hub's finding in words. */
    static @Nullable String report(Database database, HubClient hub, UUID clientId) throws HubException {
        Optional<AuditHead> held = hub.recordedAuditHead(clientId);
        long heldSeq = held.map(AuditHead::seq).orElse(0L);
        record Local(Optional<ChainHead> head, @Nullable String atHeld) {
        }
        Local local = database.read(c -> new Local(AuditChain.head(c),
                held.isEmpty() ? null : AuditChain.hashAt(c, heldSeq).orElse(null)));
        if (local.head().isEmpty()) {
            return null;
        }
        ChainHead head = local.head().get();
        return hub.reportAuditHead(new AuditHeadReport(clientId, head.seq(), head.hash(), heldSeq, local.atHeld()));
    }
}
