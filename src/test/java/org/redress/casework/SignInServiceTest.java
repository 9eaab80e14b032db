package org.redress.casework;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Role;
import org.redress.security.PasswordHasher;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class SignInServiceTest {

    private static CaseworkFixture fixture;
    private static SignInService service;

    @BeforeAll
    static void workspace() {
        fixture = CaseworkFixture.create();
        service = new SignInService(fixture.database, new PasswordHasher());
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    @Test
    void the_right_password_signs_the_officer_in_with_role_and_agency() {
        var account = fixture.account("wang.fang");

        Optional<Officer> officer = service.signIn("wang.fang", account.password().toCharArray());

        assertThat(officer).get().satisfies(o -> {
            assertThat(o.id()).isEqualTo(Long.toString(account.id()));
            assertThat(o.displayName()).isEqualTo("王芳");
            assertThat(o.role()).isEqualTo(Role.OFFICER);
            assertThat(o.agencyCode()).isEqualTo(account.agencyCode());
        });
    }

    @Test
    void a_wrong_password_or_an_unknown_account_signs_nobody_in() {
        assertThat(service.signIn("wang.fang", "not-the-password".toCharArray())).isEmpty();
        assertThat(service.signIn("nobody", fixture.account("wang.fang").password().toCharArray())).isEmpty();
        assertThat(service.signIn("  ", "x".toCharArray())).isEmpty();
    }

    @Test
    void the_typed_password_is_wiped_from_memory_whatever_the_outcome() {
        char[] typed = fixture.account("chen.jing").password().toCharArray();

        assertThat(service.signIn("chen.jing", typed)).isPresent();

        assertThat(typed).containsOnly('\0');
    }

    @Test
    void an_officer_is_found_by_name_without_a_password_on_a_demo_workspace_for_pictures_and_tests() {
        assertThat(service.isDemo()).isTrue();
        assertThat(service.demoOfficer("chen.jing")).get().extracting(Officer::role).isEqualTo(Role.SUPERVISOR);
        assertThat(service.demoOfficer("ghost")).isEmpty();
    }
}
