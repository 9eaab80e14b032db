package org.redress.security;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.store.Database;
import org.redress.store.OfficerRepository;
import org.redress.store.OfficerRow;
import org.redress.store.Workspace;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OfflineSignInTest {

    private static final String PASSWORD = "haibin-7305-chengshan";

    @TempDir
    Path temp;
    private Database database;
    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-27T01:00:00Z"));
    private OfflineSignIn signIn;

    @BeforeEach
    void account() {
        database = Database.open(new Workspace(temp));
        String legacy = new PasswordHasher(new SecureRandom(), PasswordHasher.MIN_ITERATIONS).hash(PASSWORD.toCharArray());
        database.writeAndWait(c -> new OfficerRepository(c).insert(new OfficerRow(7, "wang.fang", "王芳", "OFFICER",
                null, legacy, clock.instant())));
        signIn = new OfflineSignIn(database, new PasswordHasher(), LockoutPolicy.STANDARD, clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void an_old_pbkdf2_hash_signs_in_and_is_replaced_by_argon2id() {
        SignInAttempt attempt = signIn.attempt("wang.fang", PASSWORD.toCharArray());

        assertThat(attempt).isInstanceOf(SignInAttempt.SignedIn.class);
        String stored = database.read(c -> new OfficerRepository(c).byId(7).orElseThrow().passwordHash());
        assertThat(stored).startsWith("argon2id$");
        assertThat(signIn.attempt("wang.fang", PASSWORD.toCharArray())).isInstanceOf(SignInAttempt.SignedIn.class);
        assertThat(auditKinds()).containsExactly("audit.baseline", "signin.success", "signin.success");
    }

    @Test
    void repeated_failures_lock_the_account_with_a_back_off_even_against_the_right_password() {
        for (int i = 0; i < 5; i++) {
            assertThat(signIn.attempt("wang.fang", "wrong".toCharArray())).isInstanceOf(SignInAttempt.Refused.class);
        }
        SignInAttempt sixth = signIn.attempt("wang.fang", "wrong".toCharArray());
        assertThat(sixth).isEqualTo(new SignInAttempt.LockedOut(clock.instant().plus(Duration.ofMinutes(1))));
        assertThat(signIn.attempt("wang.fang", PASSWORD.toCharArray())).isInstanceOf(SignInAttempt.LockedOut.class);

        clock.advance(Duration.ofMinutes(1));
        SignInAttempt seventh = signIn.attempt("wang.fang", "wrong".toCharArray());
        assertThat(seventh).isEqualTo(new SignInAttempt.LockedOut(clock.instant().plus(Duration.ofMinutes(2))));

        clock.advance(Duration.ofMinutes(2));
        assertThat(signIn.attempt("wang.fang", PASSWORD.toCharArray())).isInstanceOf(SignInAttempt.SignedIn.class);
        assertThat(signIn.attempt("wang.fang", "wrong".toCharArray())).isInstanceOf(SignInAttempt.Refused.class);
        assertThat(auditKinds()).contains("signin.failure", "account.lockout", "signin.locked", "signin.success");
    }

    @Test
    void an_unknown_name_is_refused_and_audited_without_the_name_typed() {
        assertThat(signIn.attempt(PASSWORD, "wang.fang".toCharArray())).isInstanceOf(SignInAttempt.Refused.class);

        String everything = database.read(c -> {
            StringBuilder all = new StringBuilder();
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT entity_id || payload FROM audit_event")) {
                while (rs.next()) {
                    all.append(rs.getString(1));
                }
            }
            return all.toString();
        });
        assertThat(everything).contains("unknown-account").doesNotContain(PASSWORD).doesNotContain("wang.fang");
    }

    @Test
    void the_lockout_doubles_up_to_its_longest() {
        LockoutPolicy policy = LockoutPolicy.STANDARD;
        Instant at = Instant.EPOCH;

        assertThat(policy.lockedUntil(5, at)).isEmpty();
        assertThat(policy.lockedUntil(6, at)).contains(at.plus(Duration.ofMinutes(1)));
        assertThat(policy.lockedUntil(8, at)).contains(at.plus(Duration.ofMinutes(4)));
        assertThat(policy.lockedUntil(60, at)).contains(at.plus(Duration.ofHours(1)));
    }

    private List<String> auditKinds() {
        return database.read(c -> {
            List<String> kinds = new ArrayList<>();
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT kind FROM audit_event ORDER BY seq")) {
                while (rs.next()) {
                    kinds.add(rs.getString(1));
                }
            }
            return kinds;
        });
    }

    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
