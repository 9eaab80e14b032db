package org.redress.ui.signin;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.casework.CaseworkFixture;
import org.redress.casework.SignInService;
import org.redress.domain.access.Officer;
import org.redress.security.PasswordHasher;
import org.redress.ui.ImmediateTasks;
import org.redress.ui.common.Messages;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SignInViewModelTest {

    private static CaseworkFixture fixture;
    private static SignInService service;
    private final List<Officer> signedIn = new ArrayList<>();
    private final Messages messages = new Messages(Messages.ENGLISH);

    @BeforeAll
    static void workspace() {
        fixture = CaseworkFixture.create();
        service = new SignInService(fixture.database, new PasswordHasher());
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private SignInViewModel model() {
        return new SignInViewModel(service, ImmediateTasks.create(), messages, signedIn::add);
    }

    @Test
    void signing_in_needs_an_account_and_a_password() {
        SignInViewModel model = model();
        assertThat(model.canSignInProperty().get()).isFalse();

        model.usernameProperty().set("wang.fang");
        assertThat(model.canSignInProperty().get()).isFalse();
        model.passwordProperty().set("x");

        assertThat(model.canSignInProperty().get()).isTrue();
    }

    @Test
    void the_right_password_hands_the_officer_on_and_clears_the_field() {
        SignInViewModel model = model();
        model.usernameProperty().set("wang.fang");
        model.passwordProperty().set(fixture.account("wang.fang").password());

        model.signIn();

        assertThat(signedIn).extracting(Officer::username).containsExactly("wang.fang");
        assertThat(model.passwordProperty().get()).isEmpty();
        assertThat(model.busyProperty().get()).isFalse();
        assertThat(model.errorProperty().get()).isEmpty();
    }

    @Test
    void a_successful_sign_in_hands_the_same_password_on_to_the_hub_and_a_failed_one_does_not() {
        List<String> handedOn = new ArrayList<>();
        SignInViewModel model = model();
        model.alsoSignInWith((name, password) -> handedOn.add(name + ":" + new String(password)));
        String right = fixture.account("wang.fang").password();

        model.usernameProperty().set("wang.fang");
        model.passwordProperty().set("wrong");
        model.signIn();
        model.passwordProperty().set(right);
        model.signIn();

        assertThat(handedOn).containsExactly("wang.fang:" + right);
    }

    @Test
    void a_wrong_password_says_so_in_the_current_language_and_signs_nobody_in() {
        SignInViewModel model = model();
        model.usernameProperty().set("wang.fang");
        model.passwordProperty().set("wrong");
        messages.localeProperty().set(Messages.CHINESE);

        model.signIn();

        assertThat(signedIn).isEmpty();
        assertThat(model.errorProperty().get()).isEqualTo("账号与密码不匹配，请检查后重试。");
        assertThat(model.passwordProperty().get()).isEmpty();
    }
}
