package org.redress.hub.verify;

import org.jspecify.annotations.Nullable;
import org.redress.hub.db.HubDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * What the office's record says of one letter ({@code hub_letter}, read only; {@code hub.push}
 * writes it): the hash of its decision record, the device that issued it, and the letter of its
 * case in force — never anything about the person.
 *
 * @param current the reference of the case's letter in force when it is another, else null
 */
record LetterStanding(String referenceNo, String officeCode, String recordSha256, Instant issuedAt,
                      @Nullable byte[] deviceKey, @Nullable String current, @Nullable Instant currentIssuedAt) {

    boolean inForce() {
        return current == null;
    }

    static Optional<LetterStanding> of(HubDatabase db, String referenceNo) throws SQLException {
        try (Connection c = db.connection()) {
            UUID caseId;
            LetterStanding standing;
            try (PreparedStatement ps = c.prepareStatement("""
                    SELECT l.office_code, l.record_sha256, l.issued_at, d.public_key, l.case_id, l.superseded_by
                    FROM hub_letter l LEFT JOIN device d ON d.id = l.device_id
                    WHERE l.reference_no = ?""")) {
                ps.setString(1, referenceNo);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    caseId = rs.getObject(5, UUID.class);
                    standing = new LetterStanding(referenceNo, rs.getString(1), rs.getString(2),
                            rs.getTimestamp(3).toInstant(), rs.getBytes(4), null, null);
                    if (rs.getObject(6) == null) {
                        return Optional.of(standing);
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT reference_no, issued_at FROM hub_letter WHERE case_id = ? AND superseded_by IS NULL")) {
                ps.setObject(1, caseId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.of(standing);
                    }
                    return Optional.of(new LetterStanding(referenceNo, standing.officeCode(), standing.recordSha256(),
                            standing.issuedAt(), standing.deviceKey(), rs.getString(1), rs.getTimestamp(2).toInstant()));
                }
            }
        }
    }
}
