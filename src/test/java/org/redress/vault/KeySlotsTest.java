package org.redress.vault;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.casework.Officers;
import org.redress.casework.SignInService;
import org.redress.security.AccountAdministration;
import org.redress.security.PasswordHasher;
import org.redress.security.SignInAttempt;
import org.redress.store.OfficerRepository;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Key slots as LUKS keeps them: one per officer, one for the recovery key; each opens the same key. */
class KeySlotsTest {

    @TempDir
    Path temp;
    VaultFixture fixture;
    long admin;
    long officer;

    @BeforeEach
    void open() {
        fixture = new VaultFixture(temp.resolve("ws"));
        admin = fixture.officer("admin", "ADMINISTRATOR", "admin-password-1");
        officer = fixture.officer("chen.jing", "OFFICER", "officer-password-1");
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private WorkspaceKeys.Unlock signIn(long id, String password) {
        return fixture.keys.signedIn(id, password.toCharArray());
    }

    private boolean signsInThroughTheService(String user, String password) {
        return new SignInService(fixture.database, new PasswordHasher()).attempt(user, password.toCharArray())
                instanceof SignInAttempt.SignedIn;
    }

    @Test
    void two_officers_open_the_same_key_each_with_their_own_password() {
        fixture.keys.create(false);
        fixture.keys.grant(admin, "admin-password-1".toCharArray());
        String keyId = fixture.vault().key().orElseThrow().id();
        fixture.vault().lock();

        // The officer has no slot yet and nobody has unlocked the workspace in this process: no key for them.
        assertThat(signIn(officer, "officer-password-1")).isEqualTo(WorkspaceKeys.Unlock.LOCKED);
        assertThat(fixture.vault().unlocked()).isFalse();
        // The administrator's slot opens it; the officer signing in next (same process) is given a slot.
        assertThat(signsInThroughTheService("admin", "admin-password-1")).isTrue();
        assertThat(fixture.vault().key().orElseThrow().id()).isEqualTo(keyId);
        assertThat(signIn(officer, "officer-password-1")).isEqualTo(WorkspaceKeys.Unlock.SLOT_ADDED);
        fixture.vault().lock();

        assertThat(signIn(officer, "officer-password-1")).isEqualTo(WorkspaceKeys.Unlock.UNLOCKED);
        assertThat(fixture.vault().key().orElseThrow().id()).isEqualTo(keyId);
        fixture.vault().lock();
        assertThat(signIn(officer, "a-wrong-password")).isEqualTo(WorkspaceKeys.Unlock.LOCKED);
        java.util.List<Long> withSlots = fixture.database.read(c -> new KeySlots(c).officers());
        assertThat(withSlots).containsExactly(admin, officer);
    }

    @Test
    void a_changed_password_replaces_the_slot_and_the_old_one_opens_nothing() {
        fixture.keys.create(false);
        fixture.keys.grant(officer, "officer-password-1".toCharArray());
        fixture.vault().lock();
        var self = Officers.of(fixture.database.read(c -> new OfficerRepository(c).byId(officer)).orElseThrow());
        var accounts = new AccountAdministration(fixture.database, new PasswordHasher(), VaultFixture.CLOCK);

        assertThat(accounts.changeOwnPassword(self, "wrong".toCharArray(), "officer-password-2".toCharArray())).isFalse();
        assertThat(accounts.changeOwnPassword(self, "officer-password-1".toCharArray(),
                "officer-password-2".toCharArray())).isTrue();
        fixture.vault().lock();

        assertThat(signIn(officer, "officer-password-1")).isEqualTo(WorkspaceKeys.Unlock.LOCKED);
        assertThat(signIn(officer, "officer-password-2")).isEqualTo(WorkspaceKeys.Unlock.UNLOCKED);
    }

    @Test
    void an_administrator_creating_an_account_or_resetting_a_password_gives_it_a_slot() {
        fixture.keys.create(false);
        fixture.keys.grant(admin, "admin-password-1".toCharArray());
        var adminOfficer = Officers.of(fixture.database.read(c -> new OfficerRepository(c).byId(admin)).orElseThrow());
        var accounts = new AccountAdministration(fixture.database, new PasswordHasher(), VaultFixture.CLOCK);

        long created = accounts.create(adminOfficer, "liu.yang", "刘洋", org.redress.domain.access.Role.OFFICER, null,
                "new-password-1".toCharArray()).id();
        accounts.resetPassword(adminOfficer, officer, "reset-password-1".toCharArray());
        fixture.vault().lock();

        assertThat(signIn(created, "new-password-1")).isEqualTo(WorkspaceKeys.Unlock.UNLOCKED);
        fixture.vault().lock();
        assertThat(signIn(officer, "reset-password-1")).isEqualTo(WorkspaceKeys.Unlock.UNLOCKED);
    }

    @Test
    void the_recovery_key_opens_the_key_and_a_new_one_replaces_it() {
        RecoveryKey recovery = fixture.keys.create(false);
        String keyId = fixture.vault().key().orElseThrow().id();
        String printed = recovery.text();
        fixture.vault().lock();

        assertThat(printed).matches("([A-Z2-7]{4}-){12}[A-Z2-7]{4}");
        assertThat(fixture.keys.unlock(RecoveryKey.parse(RecoveryKey.generate().text()).orElseThrow())).isFalse();
        assertThat(fixture.vault().unlocked()).isFalse();
        // Typed back in lower case, with spaces for dashes.
        assertThat(fixture.keys.unlock(RecoveryKey.parse(printed.toLowerCase().replace('-', ' ')).orElseThrow())).isTrue();
        assertThat(fixture.vault().key().orElseThrow().id()).isEqualTo(keyId);
        // Unlocked by recovery, an officer without a slot signing in gets one.
        assertThat(signIn(officer, "officer-password-1")).isEqualTo(WorkspaceKeys.Unlock.SLOT_ADDED);

        RecoveryKey fresh = fixture.keys.newRecoveryKey();
        fixture.vault().lock();
        assertThat(fixture.keys.unlock(RecoveryKey.parse(printed).orElseThrow())).isFalse();
        assertThat(fixture.keys.unlock(fresh)).isTrue();
        assertThat(RecoveryKey.parse("not a key")).isEmpty();
    }

    @Test
    void an_office_workspace_keeps_its_key_open_only_until_its_first_officer_has_a_slot() throws Exception {
        fixture.keys.create(true);
        fixture.vault().lock();
        assertThat(fixture.keys.hasOpenSlot()).isTrue();

        assertThat(signIn(officer, "officer-password-1")).isEqualTo(WorkspaceKeys.Unlock.SLOT_ADDED);
        assertThat(fixture.keys.hasOpenSlot()).isFalse();
        fixture.vault().lock();
        // Now the administrator, with no slot and the key not at hand, gets none.
        assertThat(signIn(admin, "admin-password-1")).isEqualTo(WorkspaceKeys.Unlock.LOCKED);
        // No slot holds the key in the clear: the database does not contain it.
        assertThat(Files.exists(fixture.database.workspace().databaseFile())).isTrue();
    }

    @Test
    void a_workspace_made_before_encryption_signs_in_as_before() {
        assertThat(signIn(officer, "officer-password-1")).isEqualTo(WorkspaceKeys.Unlock.NO_KEY);
        assertThat(fixture.vault().encrypted(fixture.database)).isFalse();
    }
}
