package org.redress.vault;

import org.redress.store.Database;
import org.redress.store.SettingsRepository;
import org.redress.store.Workspace;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What officers and administrators do with the workspace key: make it (with its recovery key),
 * unlock it at sign-in, give an officer a slot (a new account, a changed password, an officer known
 * only from the hub at their first sign-in here), unlock with the recovery key and wrap it again.
 * Argon2id runs before the write that stores a slot, never inside it.
 */
public final class WorkspaceKeys {

    /** What a sign-in did to the workspace's key. */
    public enum Unlock {
        /** The workspace has no key (made before encryption, and not sealed yet). */
        NO_KEY,
        /** The officer's slot opened the key. */
        UNLOCKED,
        /** The officer had no slot (or one under an old password) and got one: the key was at hand. */
        SLOT_ADDED,
        /** The officer has no slot that opens, and the key was not at hand: sealed files stay closed. */
        LOCKED
    }

    private final Database database;
    private final Clock clock;

    public WorkspaceKeys(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    public Vault vault() {
        return Vault.of(database.workspace());
    }

    /**
     * Makes the workspace's key and its recovery key, and unlocks it in this process. With
     * {@code open} the key is also kept in an open slot: a demo (invented data, passwordless
     * pictures) or an office workspace before its first officer has a slot of their own.
     *
     * @return the recovery key, to print once for the administrator
     * @throws IllegalStateException when the workspace has a key already
     */
    public RecoveryKey create(boolean open) {
        WorkspaceKey key = WorkspaceKey.generate();
        RecoveryKey recovery = RecoveryKey.generate();
        Instant now = clock.instant();
        database.writeAndWait(c -> {
            KeySlots slots = new KeySlots(c);
            if (slots.exists()) {
                throw new IllegalStateException("the workspace has a key already");
            }
            slots.create(key, recovery, now);
            if (open) {
                slots.store(KeySlots.openSlot(key), now);
            }
            return null;
        });
        vault().unlock(key);
        return recovery;
    }

    /** Makes slots for these officers at once (the demo's accounts, whose passwords are printed once). */
    public void addSlots(Map<Long, char[]> passwords) {
        WorkspaceKey key = vault().key().orElseThrow(() -> new IllegalStateException("the workspace is locked"));
        Map<Long, KeySlots.Slot> slots = new ConcurrentHashMap<>();
        passwords.entrySet().parallelStream().forEach(e ->
                slots.put(e.getKey(), KeySlots.officerSlot(key, e.getKey(), e.getValue())));
        Instant now = clock.instant();
        database.writeAndWait(c -> {
            KeySlots table = new KeySlots(c);
            for (KeySlots.Slot slot : slots.values()) {
                table.store(slot, now);
            }
            return null;
        });
    }

    /**
     * After the officer's password was checked: opens the key with their slot; gives them a slot
     * when they have none that opens and the key is at hand (unlocked in this process, or in the
     * open slot of a workspace whose officers have none yet, which is then removed).
     */
    public Unlock signedIn(long officerId, char[] password) {
        record State(boolean exists, Optional<KeySlots.Slot> mine, Optional<KeySlots.Slot> open, List<Long> withSlots) {
        }
        State state = database.read(c -> {
            KeySlots slots = new KeySlots(c);
            return slots.exists() ? new State(true, slots.slot(KeySlots.Kind.OFFICER, officerId),
                    slots.slot(KeySlots.Kind.OPEN, null), slots.officers())
                    : new State(false, Optional.empty(), Optional.empty(), List.of());
        });
        if (!state.exists()) {
            return Unlock.NO_KEY;
        }
        Vault vault = vault();
        if (state.mine().isPresent()) {
            Optional<WorkspaceKey> key = KeySlots.open(state.mine().get(), password);
            if (key.isPresent()) {
                vault.unlock(key.get());
                return Unlock.UNLOCKED;
            }
        }
        Optional<WorkspaceKey> atHand = vault.key();
        boolean fromOpenSlot = false;
        if (atHand.isEmpty() && state.open().isPresent()) {
            atHand = KeySlots.openWithoutSecret(state.open().get());
            fromOpenSlot = atHand.isPresent();
        }
        if (atHand.isEmpty()) {
            return Unlock.LOCKED;
        }
        KeySlots.Slot slot = KeySlots.officerSlot(atHand.get(), officerId, password);
        // An office workspace's open slot lasts until its first officer has a slot; a demo's stays.
        boolean closeOpenSlot = fromOpenSlot && state.withSlots().isEmpty() && !isDemo();
        Instant now = clock.instant();
        database.writeAndWait(c -> {
            KeySlots slots = new KeySlots(c);
            slots.store(slot, now);
            if (closeOpenSlot) {
                slots.remove(KeySlots.Kind.OPEN, null);
            }
            return null;
        });
        vault.unlock(atHand.get());
        return Unlock.SLOT_ADDED;
    }

    /**
     * Gives the officer a slot under this password (a new account, a reset or changed password),
     * replacing the one they had. Nothing happens on a workspace without a key.
     *
     * @throws IllegalStateException when the workspace has a key and it is locked
     */
    public void grant(long officerId, char[] password) {
        if (!vault().encrypted(database)) {
            return;
        }
        WorkspaceKey key = vault().key().orElseThrow(() -> new IllegalStateException(
                "the workspace is locked: its key cannot be given to another officer"));
        KeySlots.Slot slot = KeySlots.officerSlot(key, officerId, password);
        Instant now = clock.instant();
        database.writeAndWait(c -> {
            new KeySlots(c).store(slot, now);
            return null;
        });
    }

    /** Opens the key with the administrator's recovery key; false when it is not this workspace's. */
    public boolean unlock(RecoveryKey recovery) {
        Optional<KeySlots.Slot> slot = database.read(c -> new KeySlots(c).slot(KeySlots.Kind.RECOVERY, null));
        Optional<WorkspaceKey> key = slot.flatMap(s -> KeySlots.open(s, recovery));
        key.ifPresent(k -> vault().unlock(k));
        return key.isPresent();
    }

    /** A new recovery key for the unlocked key, replacing the old one (which no longer opens anything). */
    public RecoveryKey newRecoveryKey() {
        WorkspaceKey key = vault().key().orElseThrow(() -> new IllegalStateException("the workspace is locked"));
        RecoveryKey recovery = RecoveryKey.generate();
        KeySlots.Slot slot = KeySlots.recoverySlot(key, recovery);
        Instant now = clock.instant();
        database.writeAndWait(c -> {
            new KeySlots(c).store(slot, now);
            return null;
        });
        return recovery;
    }

    /** Removes the open slot (a demo's, or an office's before its first officer): only slots with a secret remain. */
    public void closeOpenSlot() {
        database.writeAndWait(c -> {
            new KeySlots(c).remove(KeySlots.Kind.OPEN, null);
            return null;
        });
    }

    /** Opens the key from the open slot (a demo's passwordless sign-in); false when there is none. */
    public boolean unlockOpenSlot() {
        Optional<WorkspaceKey> key = database.read(c -> new KeySlots(c).slot(KeySlots.Kind.OPEN, null))
                .flatMap(KeySlots::openWithoutSecret);
        key.ifPresent(k -> vault().unlock(k));
        return key.isPresent();
    }

    /** Whether the workspace keeps its key in an open slot. */
    public boolean hasOpenSlot() {
        return database.read(c -> new KeySlots(c).slot(KeySlots.Kind.OPEN, null).isPresent());
    }

    private boolean isDemo() {
        return database.read(c -> Workspace.DEMO_KIND.equals(new SettingsRepository(c).all().get(Workspace.KIND_SETTING)));
    }
}
