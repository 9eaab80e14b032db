package org.redress.vault;

import org.jspecify.annotations.Nullable;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The workspace key's slots ({@code key_slot}) and the vault's own row ({@code workspace_vault}):
 * the one package that holds their SQL. A slot is the key wrapped under one secret; the slow part
 * (Argon2id) is done by {@link #officerSlot} before a write transaction, never inside one.
 */
public final class KeySlots {

    /** What a slot is wrapped under. */
    public enum Kind { OFFICER, RECOVERY, OPEN }

    /** A slot ready to store, or read back. */
    public record Slot(Kind kind, @Nullable Long officerId, String kdf, byte[] wrapped) {
    }

    static final String OPEN_KDF = "open";
    static final String RECOVERY_KDF = "recovery";

    private final Connection c;

    public KeySlots(Connection c) {
        this.c = c;
    }

    /** Whether the workspace has a workspace key at all (a workspace made before this has none). */
    public boolean exists() throws SQLException {
        return keyId().isPresent();
    }

    public Optional<String> keyId() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT key_id FROM workspace_vault WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    /** When every file was last found sealed; empty while some are not (or before the first sealing). */
    public Optional<Instant> sealedAt() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT sealed_at FROM workspace_vault WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            String at = rs.next() ? rs.getString(1) : null;
            return at == null ? Optional.empty() : Optional.of(Instant.parse(at));
        }
    }

    void markSealed(@Nullable Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE workspace_vault SET sealed_at = ? WHERE id = 1")) {
            ps.setString(1, at == null ? null : at.toString());
            ps.executeUpdate();
        }
    }

    /** Records a new workspace key with its recovery slot. */
    void create(WorkspaceKey key, RecoveryKey recovery, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO workspace_vault (id, key_id, created_at) VALUES (1, ?, ?)")) {
            ps.setString(1, key.id());
            ps.setString(2, now.toString());
            ps.executeUpdate();
        }
        store(recoverySlot(key, recovery), now);
    }

    static Slot officerSlot(WorkspaceKey key, long officerId, char[] password) {
        String kdf = KeyWrap.newPasswordKdf();
        return new Slot(Kind.OFFICER, officerId, kdf,
                KeyWrap.wrap(KeyWrap.passwordKek(password, kdf), key, context(Kind.OFFICER, officerId)));
    }

    static Slot recoverySlot(WorkspaceKey key, RecoveryKey recovery) {
        return new Slot(Kind.RECOVERY, null, RECOVERY_KDF, KeyWrap.wrap(recovery.kek(), key, context(Kind.RECOVERY, null)));
    }

    static Slot openSlot(WorkspaceKey key) {
        return new Slot(Kind.OPEN, null, OPEN_KDF, KeyWrap.wrap(openKek(), key, context(Kind.OPEN, null)));
    }

    /** Stores a slot in place of the one of the same officer (or kind). */
    void store(Slot slot, Instant now) throws SQLException {
        remove(slot.kind(), slot.officerId());
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO key_slot (kind, officer_id, kdf, wrapped, created_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, slot.kind().name());
            ps.setObject(2, slot.officerId());
            ps.setString(3, slot.kdf());
            ps.setBytes(4, slot.wrapped());
            ps.setString(5, now.toString());
            ps.executeUpdate();
        }
    }

    void remove(Kind kind, @Nullable Long officerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(officerId == null
                ? "DELETE FROM key_slot WHERE kind = ?" : "DELETE FROM key_slot WHERE kind = ? AND officer_id = ?")) {
            ps.setString(1, kind.name());
            if (officerId != null) {
                ps.setLong(2, officerId);
            }
            ps.executeUpdate();
        }
    }

    public Optional<Slot> slot(Kind kind, @Nullable Long officerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(officerId == null
                ? "SELECT kdf, wrapped FROM key_slot WHERE kind = ?"
                : "SELECT kdf, wrapped FROM key_slot WHERE kind = ? AND officer_id = ?")) {
            ps.setString(1, kind.name());
            if (officerId != null) {
                ps.setLong(2, officerId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Slot(kind, officerId, rs.getString(1), rs.getBytes(2)))
                        : Optional.empty();
            }
        }
    }

    /** The officers (ids) that have a slot of their own. */
    public List<Long> officers() throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT officer_id FROM key_slot WHERE kind = 'OFFICER' ORDER BY officer_id");
             ResultSet rs = ps.executeQuery()) {
            List<Long> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids;
        }
    }

    static Optional<WorkspaceKey> open(Slot slot, char[] password) {
        return KeyWrap.unwrap(KeyWrap.passwordKek(password, slot.kdf()), slot.wrapped(),
                context(slot.kind(), slot.officerId()));
    }

    static Optional<WorkspaceKey> open(Slot slot, RecoveryKey recovery) {
        return KeyWrap.unwrap(recovery.kek(), slot.wrapped(), context(Kind.RECOVERY, null));
    }

    static Optional<WorkspaceKey> openWithoutSecret(Slot slot) {
        return KeyWrap.unwrap(openKek(), slot.wrapped(), context(Kind.OPEN, null));
    }

    private static byte[] openKek() {
        return KeyWrap.recoveryKek("redress open slot: no secret".getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] context(Kind kind, @Nullable Long officerId) {
        return ("redress key slot\0" + kind.name() + "\0" + (officerId == null ? "" : officerId.toString()))
                .getBytes(StandardCharsets.US_ASCII);
    }
}
