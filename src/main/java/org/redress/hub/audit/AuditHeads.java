package org.redress.hub.audit;

import org.jspecify.annotations.Nullable;
import org.redress.domain.access.Role;
import org.redress.hub.accounts.Caller;
import org.redress.hub.db.HubDatabase;
import org.redress.hub.http.HttpProblem;
import org.redress.sync.protocol.AuditHead;
import org.redress.sync.protocol.AuditHeadReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the head of each workstation's audit chain as of its last sync. A workstation reports its
 * new head together with the hash its chain now has at the head the hub holds; when that differs,
 * or the chain got shorter, history was rewritten after a sync: the hub keeps the old head, raises
 * an alert and answers 409, so neither the officer's screen nor an auditor can miss it.
 */
public final class AuditHeads {

    private static final Logger LOG = LoggerFactory.getLogger(AuditHeads.class);
    private static final int SHA256_HEX = 64;

    private final HubDatabase db;

    public AuditHeads(HubDatabase db) {
        this.db = db;
    }

    /** The head recorded for {@code clientId}; only that device, or an auditor of its office, asks. */
    public Optional<AuditHead> recorded(Caller caller, UUID clientId) throws SQLException {
        try (Connection c = db.connection()) {
            boolean auditorOfItsOffice = caller.role() == Role.AUDITOR
                    && caller.officeCode().equals(deviceOffice(c, clientId));
            if (!caller.deviceId().equals(clientId) && !auditorOfItsOffice) {
                throw HttpProblem.forbidden("another device's audit head is not yours to read");
            }
            return read(c, clientId, false);
        }
    }

    private static @Nullable String deviceOffice(Connection c, UUID deviceId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT office_code FROM device WHERE id = ?")) {
            ps.setObject(1, deviceId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Records {@code report}'s head, or raises the alarm. */
    public AuditHead report(Caller caller, AuditHeadReport report) throws SQLException {
        if (!caller.deviceId().equals(report.clientId())) {
            throw HttpProblem.forbidden("the token belongs to another device");
        }
        if (report.seq() < 0 || !isSha256(report.hash())) {
            throw HttpProblem.badRequest("an audit head is a sequence number and a SHA-256 in hex");
        }
        Outcome outcome = db.inTransaction(c -> record(c, report));
        if (outcome.alert() != null) {
            LOG.warn("event=audit.head.rewritten client={} heldSeq={}", report.clientId(), outcome.head().seq());
            throw new HttpProblem(409, outcome.alert());
        }
        return outcome.head();
    }

    private record Outcome(AuditHead head, @Nullable String alert) {
    }

    private Outcome record(Connection c, AuditHeadReport report) throws SQLException {
        Optional<AuditHead> held = read(c, report.clientId(), true);
        if (held.isPresent()) {
            AuditHead old = held.get();
            String alert = null;
            if (report.seq() < old.seq()) {
                alert = "the audit chain now ends at event " + report.seq() + " but the hub saw it reach event "
                        + old.seq() + ": history was removed after a sync";
            } else if (report.heldSeq() != old.seq() || !Objects.equals(report.hashAtHeldSeq(), old.hash())) {
                alert = "event " + old.seq() + " of the audit chain is not the one the hub recorded on "
                        + old.recordedAt() + ": history was rewritten after a sync";
            }
            if (alert != null) {
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO audit_alert (client_id, held_seq, held_hash, detail) VALUES (?, ?, ?, ?)")) {
                    ps.setObject(1, report.clientId());
                    ps.setLong(2, old.seq());
                    ps.setString(3, old.hash());
                    ps.setString(4, alert);
                    ps.executeUpdate();
                }
                return new Outcome(old, alert);
            }
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO audit_head (client_id, seq, hash) VALUES (?, ?, ?)
                ON CONFLICT (client_id) DO UPDATE SET seq = excluded.seq, hash = excluded.hash, recorded_at = now()""")) {
            ps.setObject(1, report.clientId());
            ps.setLong(2, report.seq());
            ps.setString(3, report.hash());
            ps.executeUpdate();
        }
        return new Outcome(read(c, report.clientId(), false).orElseThrow(), null);
    }

    private static Optional<AuditHead> read(Connection c, UUID clientId, boolean lock) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT seq, hash, recorded_at FROM audit_head WHERE client_id = ?" + (lock ? " FOR UPDATE" : ""))) {
            ps.setObject(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next()
                        ? Optional.of(new AuditHead(rs.getLong(1), rs.getString(2),
                        rs.getObject(3, java.time.OffsetDateTime.class).toInstant()))
                        : Optional.empty();
            }
        }
    }

    private static boolean isSha256(@Nullable String hash) {
        return hash != null && hash.length() == SHA256_HEX
                && hash.chars().allMatch(ch -> (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f'));
    }

    /** How many alarms were raised for a device (tests, auditors). */
    public static int alerts(Connection c, UUID clientId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM audit_alert WHERE client_id = ?")) {
            ps.setObject(1, clientId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
