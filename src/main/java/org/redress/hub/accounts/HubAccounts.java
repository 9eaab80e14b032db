package org.redress.hub.accounts;

import org.redress.domain.access.Role;
import org.redress.hub.db.HubDatabase;
import org.redress.hub.http.HttpProblem;
import org.redress.security.PasswordHasher;
import org.redress.sync.protocol.SignInRequest;
import org.redress.sync.protocol.SignInResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Offices, officers, devices and tokens of the hub. Officers carry the same encoded password
 * verifier the workstation stores ({@link PasswordHasher}), checked through
 * {@link PasswordHasher#verify} so any format it knows keeps working. Tokens are 256 random bits,
 * stored as SHA-256, bound to one officer on one device until they expire.
 */
public final class HubAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(HubAccounts.class);
    private static final int MAX_USERNAME = 64;

    private final HubDatabase db;
    private final PasswordHasher hasher;
    private final Duration tokenLifetime;
    private final Clock clock;
    private volatile String decoyVerifier;

    public HubAccounts(HubDatabase db, Duration tokenLifetime) {
        this(db, new PasswordHasher(), tokenLifetime, Clock.systemUTC());
    }

    public HubAccounts(HubDatabase db, PasswordHasher hasher, Duration tokenLifetime, Clock clock) {
        this.db = db;
        this.hasher = hasher;
        this.tokenLifetime = tokenLifetime;
        this.clock = clock;
    }

    /** Adds the office, or renames it when its code exists. */
    public void addOffice(String code, String name) throws SQLException {
        upsertNamed("office", code, name, true);
    }

    /** Adds an agency whose feeds intake takes, or renames it. */
    public void addAgency(String code, String name) throws SQLException {
        upsertNamed("agency", code, name, true);
    }

    /** Adds the office under its code as its name, unless it exists. */
    public void ensureOffice(String code) throws SQLException {
        upsertNamed("office", code, code, false);
    }

    /** One row of a code/name table ({@code office}, {@code agency}): added, or renamed when {@code rename}. */
    private void upsertNamed(String table, String code, String name, boolean rename) throws SQLException {
        requireCode(code);
        String onConflict = rename ? "DO UPDATE SET name = EXCLUDED.name" : "DO NOTHING";
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO " + table + " (code, name) VALUES (?, ?) ON CONFLICT (code) " + onConflict)) {
                ps.setString(1, code);
                ps.setString(2, name);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Adds an officer of an existing office with an encoded password verifier (as
     * {@link PasswordHasher#hash} makes), or updates role, office and verifier of that username.
     * Returns the officer's hub id.
     */
    public UUID addOfficer(String username, Role role, String officeCode, String passwordVerifier) throws SQLException {
        if (username.isBlank() || username.length() > MAX_USERNAME) {
            throw new IllegalArgumentException("a username has 1 to " + MAX_USERNAME + " characters");
        }
        if (passwordVerifier.isBlank()) {
            throw new IllegalArgumentException("a password verifier is required");
        }
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO officer (id, username, role, office_code, password_verifier) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT (username) DO UPDATE SET role = EXCLUDED.role, office_code = EXCLUDED.office_code,
                        password_verifier = EXCLUDED.password_verifier, active = true
                    RETURNING id""")) {
                ps.setObject(1, UUID.randomUUID());
                ps.setString(2, username);
                ps.setString(3, role.name());
                ps.setString(4, officeCode);
                ps.setString(5, passwordVerifier);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getObject(1, UUID.class);
                }
            } catch (SQLException e) {
                if ("23503".equals(e.getSQLState())) {
                    throw new IllegalArgumentException("no office with that code; add the office first", e);
                }
                throw e;
            }
        });
    }

    /** Withdraws an officer's access: no new sign-ins, and every token of theirs stops working. */
    public void deactivate(String username) throws SQLException {
        db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE officer SET active = false WHERE username = ?")) {
                ps.setString(1, username);
                return ps.executeUpdate();
            }
        });
    }

    /**
     * Signs an officer in on a device: registers the device on first use and issues a token bound
     * to both. Wrong username and wrong password are refused alike (401), in about the same time.
     */
    public SignInResponse signIn(SignInRequest request) throws SQLException {
        if (request.username() == null || request.password() == null || request.deviceId() == null) {
            throw HttpProblem.badRequest("username, password and deviceId are required");
        }
        Optional<OfficerRow> found = findOfficer(request.username());
        String verifier = found.map(OfficerRow::verifier).orElseGet(this::decoy);
        boolean matches = hasher.verify(request.password().toCharArray(), verifier);
        if (found.isEmpty() || !matches || !found.get().active()) {
            LOG.info("event=hub.sign_in outcome=refused device={}", request.deviceId());
            throw HttpProblem.unauthorized("unknown username or wrong password");
        }
        OfficerRow officer = found.get();
        String token = Tokens.newToken();
        Instant expires = clock.instant().plus(tokenLifetime);
        db.inTransaction(c -> {
            registerDevice(c, request, officer.officeCode());
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO access_token (token_sha256, officer_id, device_id, expires_at) VALUES (?, ?, ?, ?)")) {
                ps.setBytes(1, Tokens.sha256(token));
                ps.setObject(2, officer.id());
                ps.setObject(3, request.deviceId());
                ps.setTimestamp(4, Timestamp.from(expires));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM access_token WHERE expires_at < now() - interval '1 day'")) {
                ps.executeUpdate();
            }
            return null;
        });
        LOG.info("event=hub.sign_in outcome=ok officerId={} device={}", officer.id(), request.deviceId());
        return new SignInResponse(token, officer.id().toString(), officer.role().name(), officer.officeCode(), expires);
    }

    private static void registerDevice(Connection c, SignInRequest request, String officeCode) throws SQLException {
        String name = request.deviceName() == null ? "" : request.deviceName();
        if (name.length() > 100) {
            name = name.substring(0, 100);
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO device (id, name, office_code) VALUES (?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET last_seen = now(), name = EXCLUDED.name
                RETURNING office_code""")) {
            ps.setObject(1, request.deviceId());
            ps.setString(2, name);
            ps.setString(3, officeCode);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (!officeCode.equals(rs.getString(1))) {
                    throw HttpProblem.forbidden("this workstation is registered to another office");
                }
            }
        }
    }

    /**
     * The caller behind an {@code Authorization} header value, or 401 for a missing, unknown,
     * expired or withdrawn token.
     */
    public Caller authenticate(String authorization) throws SQLException {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw HttpProblem.unauthorized("a bearer token is required");
        }
        String token = authorization.substring(7).trim();
        if (token.isEmpty() || token.length() > 128) {
            throw HttpProblem.unauthorized("the token is not valid");
        }
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT o.id, o.username, o.role, o.office_code, t.device_id
                     FROM access_token t JOIN officer o ON o.id = t.officer_id
                     WHERE t.token_sha256 = ? AND t.expires_at > ? AND o.active""")) {
            ps.setBytes(1, Tokens.sha256(token));
            ps.setTimestamp(2, Timestamp.from(clock.instant()));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw HttpProblem.unauthorized("the token is not valid");
                }
                return new Caller(rs.getObject(1, UUID.class), rs.getString(2), Role.valueOf(rs.getString(3)),
                        rs.getString(4), rs.getObject(5, UUID.class));
            }
        }
    }

    private Optional<OfficerRow> findOfficer(String username) throws SQLException {
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT id, role, office_code, password_verifier, active FROM officer WHERE username = ?")) {
            ps.setString(1, username);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new OfficerRow(rs.getObject(1, UUID.class), Role.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getString(4), rs.getBoolean(5)));
            }
        }
    }

    // An unknown username costs one verification too, so timing does not tell which names exist.
    private String decoy() {
        String d = decoyVerifier;
        if (d == null) {
            d = hasher.hash("decoy-password".toCharArray());
            decoyVerifier = d;
        }
        return d;
    }

    private static void requireCode(String code) {
        if (!code.matches("[A-Za-z0-9_.-]{1,32}")) {
            throw new IllegalArgumentException("an office code has 1 to 32 letters, digits, '.', '_' or '-'");
        }
    }

    private record OfficerRow(UUID id, Role role, String officeCode, String verifier, boolean active) {
    }
}
