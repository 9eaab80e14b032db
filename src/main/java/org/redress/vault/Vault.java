package org.redress.vault;

import org.jspecify.annotations.Nullable;
import org.redress.store.Database;
import org.redress.store.Workspace;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A workspace's key as this process holds it: absent until an officer with a slot signs in (or
 * the recovery key is typed), then kept in memory while the process runs, as the open database is,
 * until {@link #lock}. One per workspace folder in a process.
 */
public final class Vault {

    private static final Map<Path, Vault> VAULTS = new ConcurrentHashMap<>();

    private volatile @Nullable WorkspaceKey key;
    /** Whether the workspace has a key; once true, never read again. */
    private volatile boolean encrypted;

    private Vault() {
    }

    public static Vault of(Workspace workspace) {
        return VAULTS.computeIfAbsent(workspace.root(), root -> new Vault());
    }

    public Optional<WorkspaceKey> key() {
        return Optional.ofNullable(key);
    }

    public boolean unlocked() {
        return key != null;
    }

    void unlock(WorkspaceKey key) {
        this.key = key;
        this.encrypted = true;
    }

    /** Forgets the key: sealed files stay closed until the next sign-in. */
    public void lock() {
        key = null;
    }

    /** Whether the workspace has a workspace key (so new files are sealed). */
    public boolean encrypted(Database database) {
        if (!encrypted) {
            encrypted = database.read(c -> new KeySlots(c).exists());
        }
        return encrypted;
    }
}
