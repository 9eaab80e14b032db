package org.redress.hub.accounts;

import org.jspecify.annotations.Nullable;
import org.redress.domain.access.Role;
import org.redress.hub.db.HubDatabase;
import org.redress.hub.http.HttpProblem;
import org.redress.security.Argon2Cost;
import org.redress.security.PasswordHasher;
import org.redress.sync.protocol.ChallengeResponse;
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
import java.util.UUID;

/**
 * Offices, officers, devices and tokens of the hub. Officers carry the same encoded password
 * verifier the workstation stores ({@link PasswordHasher}); the hub takes only Argon2id verifiers
 * of at least {@link Argon2Cost#RECOMMENDED}. Signing in ({@link #signIn}) proves the password and
 * the device key; tokens are 256 random bits, stored as SHA-256, bound to one officer on one
 * approved device until they expire, the device signs in again or signs out.
 */
public final class HubAccounts {

    private static final Logger LOG = LoggerFactory.getLogger(HubAccounts.class);
    private static final int MAX_USERNAME = 64;

    private final HubDatabase db;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final Challenges challenges;
    private final SignIns signIns;
    private final Devices devices;

    public HubAccounts(HubDatabase db, Duration tokenLifetime) {
        this(db, SignInSettings.of(tokenLifetime));
    }

    public HubAccounts(HubDatabase db, SignInSettings settings) {
        this(db, settings, new PasswordHasher(), null, Clock.systemUTC());
    }

    /** With {@code check} deciding passwords (null: {@code hasher}'s), for tests of the sign-in bounds. */
    public HubAccounts(HubDatabase db, SignInSettings settings, PasswordHasher hasher, @Nullable PasswordCheck check,
                       Clock clock) {
        this.db = db;
        this.hasher = hasher;
        this.clock = clock;
        this.challenges = new Challenges(db, clock);
        this.signIns = new SignIns(db, settings, hasher, check != null ? check : hasher::verify, clock, challenges);
        this.devices = new Devices(db);
    }

    /** The hub's devices: listed, approved and revoked here. */
    public Devices devices() {
        return devices;
    }

    /** Adds the office, or renames it when its code exists. */
    public void addOffice(String code, String name) throws SQLException {
        upsertNamed("office", code, name, true);
    }

    /**
     * Sets the office's four-eyes sample rate (0 to 1), the share of decisions the hub holds for a
     * second officer although no other rule does; it should equal its workstations'
     * {@code four_eyes.sample_rate}. Refused for an office the hub does not know.
     */
    public void setFourEyesSampleRate(String officeCode, double rate) throws SQLException {
        boolean set = db.inTransaction(c -> OfficeSettings.setSampleRate(c, officeCode, rate));
        if (!set) {
            throw new IllegalArgumentException("the hub knows no office " + officeCode);
        }
    }

    /**
     * Sets the office's four-eyes threshold for {@code schemeCode} (the caller checks the scheme
     * against the catalogue), as its workspaces' {@code four_eyes.threshold.<SCHEME>}.
     */
    public void setFourEyesThreshold(String officeCode, String schemeCode, int points) throws SQLException {
        boolean set = db.inTransaction(c -> OfficeSettings.setThreshold(c, officeCode, schemeCode, points));
        if (!set) {
            throw new IllegalArgumentException("the hub knows no office " + officeCode);
        }
    }

    /** Sets the working days the office's agencies have to correct their records after an outcome notice. */
    public void setCorrectWithin(String officeCode, int workingDays) throws SQLException {
        boolean set = db.inTransaction(c -> OfficeSettings.setCorrectWithin(c, officeCode, workingDays));
        if (!set) {
            throw new IllegalArgumentException("the hub knows no office " + officeCode);
        }
    }

    /** The office's four-eyes sample rate as the hub applies it. */
    public double fourEyesSampleRate(String officeCode) throws SQLException {
        return db.inTransaction(c -> OfficeSettings.sampleRate(c, officeCode));
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

    /** Whether the hub takes {@code verifier}: an Argon2id hash of at least {@link Argon2Cost#RECOMMENDED}. */
    public boolean strongEnough(String verifier) {
        return !hasher.needsRehash(verifier);
    }

    /**
     * Adds an officer of an existing office with an encoded password verifier (as
     * {@link PasswordHasher#hash} makes), or updates role, office and verifier of that username.
     * Returns the officer's hub id.
     *
     * @throws IllegalArgumentException for a weak verifier (PBKDF2, or Argon2id below the hub's cost)
     */
    public UUID addOfficer(String username, Role role, String officeCode, String passwordVerifier) throws SQLException {
        return addOfficer(username, role, officeCode, passwordVerifier, null);
    }

    /**
     * {@link #addOfficer(String, Role, String, String)} for an officer who works for
     * {@code agencyCode} (an agency that issues ledger entries: the hub's recusal check bars them
     * from its entries' appeals); null for the review office's own staff.
     */
    public UUID addOfficer(String username, Role role, String officeCode, String passwordVerifier,
                           @Nullable String agencyCode) throws SQLException {
        if (username.isBlank() || username.length() > MAX_USERNAME) {
            throw new IllegalArgumentException("a username has 1 to " + MAX_USERNAME + " characters");
        }
        if (passwordVerifier.isBlank()) {
            throw new IllegalArgumentException("a password verifier is required");
        }
        if (!strongEnough(passwordVerifier)) {
            throw new IllegalArgumentException("the hub takes only Argon2id password verifiers of at least "
                    + "m=" + Argon2Cost.RECOMMENDED.memoryKiB() + ",t=" + Argon2Cost.RECOMMENDED.iterations()
                    + " (this one is weaker or of another kind); give the password instead, or a verifier this version makes");
        }
        return db.inTransaction(c -> {
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO officer (id, username, role, office_code, password_verifier, agency_code)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (username) DO UPDATE SET role = EXCLUDED.role, office_code = EXCLUDED.office_code,
                        password_verifier = EXCLUDED.password_verifier, agency_code = EXCLUDED.agency_code,
                        active = true
                    RETURNING id""")) {
                ps.setObject(1, UUID.randomUUID());
                ps.setString(2, username);
                ps.setString(3, role.name());
                ps.setString(4, officeCode);
                ps.setString(5, passwordVerifier);
                ps.setString(6, agencyCode);
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

    /** A single-use nonce for a device to sign at its next sign-in. */
    public ChallengeResponse challenge() throws SQLException {
        return challenges.issue();
    }

    /**
     * Signs an officer in on a device that proves its key (see {@link SignIns}); {@code address} is
     * the caller's network address, for the back-off. Wrong username and wrong password are refused
     * alike (401), in about the same time.
     */
    public SignInResponse signIn(SignInRequest request, String address) throws SQLException {
        return signIns.signIn(request, address);
    }

    /** Ends the session of the token in {@code authorization}: the token stops working. */
    public void signOut(String authorization) throws SQLException {
        Caller caller = authenticate(authorization);
        db.inTransaction(c -> Tokens.revoke(c, bearer(authorization)));
        LOG.info("event=hub.sign_out role={}", caller.role());
    }

    /**
     * The caller behind an {@code Authorization} header value: 401 for a missing, unknown, expired
     * or withdrawn token; 403 (code {@code DEVICE_REVOKED}) when its device was revoked.
     */
    public Caller authenticate(String authorization) throws SQLException {
        String token = bearer(authorization);
        try (Connection c = db.connection();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT o.id, o.username, o.role, o.office_code, t.device_id, d.status, o.agency_code
                     FROM access_token t JOIN officer o ON o.id = t.officer_id JOIN device d ON d.id = t.device_id
                     WHERE t.token_sha256 = ? AND t.expires_at > ? AND o.active""")) {
            ps.setBytes(1, Tokens.sha256(token));
            ps.setTimestamp(2, Timestamp.from(clock.instant()));
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw HttpProblem.unauthorized("the token is not valid");
                }
                UUID deviceId = rs.getObject(5, UUID.class);
                if (!Devices.Status.APPROVED.name().equals(rs.getString(6))) {
                    throw SignIns.refusal(Devices.find(c, deviceId).orElseThrow());
                }
                return new Caller(rs.getObject(1, UUID.class), rs.getString(2), Role.valueOf(rs.getString(3)),
                        rs.getString(4), deviceId, rs.getString(7));
            }
        }
    }

    private static String bearer(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            throw HttpProblem.unauthorized("a bearer token is required");
        }
        String token = authorization.substring(7).trim();
        if (token.isEmpty() || token.length() > 128) {
            throw HttpProblem.unauthorized("the token is not valid");
        }
        return token;
    }

    private static void requireCode(String code) {
        if (!code.matches("[A-Za-z0-9_.-]{1,32}")) {
            throw new IllegalArgumentException("an office code has 1 to 32 letters, digits, '.', '_' or '-'");
        }
    }
}
