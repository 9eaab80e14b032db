package org.redress.audit;

import org.redress.audit.AuditCheckpoints.Line;
import org.redress.audit.IntegrityBreak.Area;
import org.redress.keys.DeviceKey;
import org.redress.keys.FileDeviceKey;
import org.redress.store.Workspace;

import java.io.IOException;
import java.security.PublicKey;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The chain against the checkpoint log ({@link AuditCheckpoints}): the log must be there, begun
 * when the device key was made, each line following the one before and signed by this device's
 * key, and the chain must still pass through every head it names. A chain emptied and sealed again,
 * or rewritten with fresh hashes, fails here without any hub.
 */
final class CheckpointCheck {

    private final List<Line> lines;
    private final boolean keyPresent;
    private final Map<Long, String> wanted = new HashMap<>();

    private CheckpointCheck(List<Line> lines, boolean keyPresent) {
        this.lines = lines;
        this.keyPresent = keyPresent;
    }

    /** Reads the log and checks what needs no chain: its own order, its key, the last signature. */
    static CheckpointCheck read(Workspace workspace, AuditVerifier.Breaks breaks) {
        List<Line> lines;
        try {
            lines = AuditCheckpoints.read(workspace.checkpointsFile());
        } catch (IOException e) {
            breaks.add(new IntegrityBreak(Area.ANCHOR, null, "the checkpoint log cannot be read: " + e.getMessage(),
                    Workspace.CHECKPOINTS_FILE));
            return new CheckpointCheck(List.of(), true);
        }
        Optional<PublicKey> key = FileDeviceKey.readPublic(workspace.deviceKeyFile());
        CheckpointCheck check = new CheckpointCheck(lines, key.isPresent());
        for (Line line : lines) {
            if (line.seq() > 0) {
                check.wanted.putIfAbsent(line.seq(), null);
            }
        }
        if (lines.isEmpty()) {
            return check;
        }
        if (key.isEmpty()) {
            breaks.add(new IntegrityBreak(Area.ANCHOR, null, "the device key is missing: the checkpoints cannot be checked",
                    Workspace.DEVICE_KEY_FILE));
            return check;
        }
        String keyId = DeviceKey.fingerprint(key.get());
        String prev = AuditCheckpoints.ZEROS;
        for (Line line : lines) {
            String where = Workspace.CHECKPOINTS_FILE + " line " + line.number();
            if (line.kind().equals("?")) {
                breaks.add(new IntegrityBreak(Area.ANCHOR, null, "checkpoint line " + line.number() + " is unreadable", where));
            } else if (!line.prev().equals(prev)) {
                breaks.add(new IntegrityBreak(Area.ANCHOR, null, "checkpoint line " + line.number() + " does not follow the "
                        + "line before it: a checkpoint was removed, changed or put in", where));
            } else if (!line.keyId().equals(keyId)) {
                breaks.add(new IntegrityBreak(Area.ANCHOR, null, "checkpoint line " + line.number()
                        + " was signed by another key than this device's", where));
            } else if (line.number() == 1 ? !line.kind().equals("G") : !line.kind().equals("C")) {
                breaks.add(new IntegrityBreak(Area.ANCHOR, line.seq() < 0 ? null : line.seq(), line.kind().equals("R")
                        ? "the checkpoint log was begun again at event " + line.seq() + ": it had gone while the device "
                        + "key stayed, so what came before is not anchored"
                        : "checkpoint line " + line.number() + " is not where a log begins", where));
            }
            prev = AuditCheckpoints.digestOf(line);
        }
        Line last = lines.getLast();
        if (!last.kind().equals("?") && !AuditCheckpoints.signedBy(last, key.get())) {
            breaks.add(new IntegrityBreak(Area.ANCHOR, null, "the last checkpoint (line " + last.number()
                    + ") is not signed by this device's key", Workspace.CHECKPOINTS_FILE + " line " + last.number()));
        }
        return check;
    }

    void event(AuditEvent e) {
        if (wanted.containsKey(e.seq())) {
            wanted.put(e.seq(), e.hash());
        }
    }

    /** The chain against every head the log names (the first that no longer matches, and how many more). */
    void finish(long events, AuditVerifier.Breaks breaks) {
        if (lines.isEmpty()) {
            if (events > 0) {
                breaks.add(new IntegrityBreak(Area.ANCHOR, null, "there is no checkpoint log: nothing signed says what "
                        + "the chain's " + events + " events were, so it could have been rewritten", Workspace.CHECKPOINTS_FILE));
            }
            return;
        }
        Line first = null;
        int more = 0;
        for (Line line : lines) {
            if (line.seq() < 1) {
                continue;
            }
            String hash = wanted.get(line.seq());
            if (hash == null || !hash.equals(line.hash())) {
                if (first == null) {
                    first = line;
                } else {
                    more++;
                }
            }
        }
        if (first != null) {
            String what = wanted.get(first.seq()) == null
                    ? "the chain ends at event " + events + ", before event " + first.seq() + " signed at " + first.at()
                    : "history was rewritten: event " + first.seq() + " is not the one signed at " + first.at();
            breaks.add(new IntegrityBreak(Area.ANCHOR, first.seq(), what + " (checkpoint line " + first.number() + ")"
                    + (more == 0 ? "" : "; " + more + " later checkpoint(s) do not match either"),
                    Workspace.CHECKPOINTS_FILE + " line " + first.number()));
        }
    }

    String describe() {
        if (lines.isEmpty() || !keyPresent) {
            return "signed checkpoints: none could be checked";
        }
        Line last = lines.getLast();
        return String.format(Locale.ROOT, "signed checkpoints: %,d, the last at event %,d (%s)", lines.size(),
                last.seq(), last.at());
    }

    /** History the log cannot vouch for: before the key was made. */
    Optional<String> unanchored() {
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        Line first = lines.getFirst();
        if (first.seq() > 0) {
            return Optional.of("events 1.." + first.seq() + " came before this device's key was made: only the hub's "
                    + "recorded head and issued letters anchor them");
        }
        return Optional.empty();
    }
}
