package org.redress.security;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void a_hash_verifies_against_its_password_only() {
        String hash = hasher.hash("chengshan-7305-haibin".toCharArray());

        assertThat(hasher.verify("chengshan-7305-haibin".toCharArray(), hash)).isTrue();
        assertThat(hasher.verify("chengshan-7305-haibim".toCharArray(), hash)).isFalse();
        assertThat(hasher.verify("".toCharArray(), hash)).isFalse();
    }

    @Test
    void the_encoding_names_the_algorithm_the_cost_and_a_random_salt() {
        String first = hasher.hash("secret-1234".toCharArray());
        String second = hasher.hash("secret-1234".toCharArray());

        assertThat(first).matches("pbkdf2-sha256\\$210000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.verify("secret-1234".toCharArray(), second)).isTrue();
    }

    @Test
    void malformed_or_foreign_encodings_never_verify() {
        char[] password = "secret-1234".toCharArray();

        assertThat(hasher.verify(password, "")).isFalse();
        assertThat(hasher.verify(password, "argon2id$v=19$m=65536$abc$def")).isFalse();
        assertThat(hasher.verify(password, "pbkdf2-sha256$notanumber$AAAA$AAAA")).isFalse();
        assertThat(hasher.verify(password, "pbkdf2-sha256$210000$***$AAAA")).isFalse();
        assertThat(hasher.verify(password, "pbkdf2-sha256$210000$AAAA")).isFalse();
    }

    @Test
    void a_hash_made_at_a_higher_cost_still_verifies_and_a_lower_one_asks_for_rehash() {
        var stronger = new PasswordHasher(new SecureRandom(), 300_000);
        String strong = stronger.hash("secret-1234".toCharArray());

        assertThat(hasher.verify("secret-1234".toCharArray(), strong)).isTrue();
        assertThat(hasher.needsRehash(strong)).isFalse();
        assertThat(stronger.needsRehash(hasher.hash("secret-1234".toCharArray()))).isTrue();
    }

    @Test
    void fewer_iterations_than_the_minimum_and_empty_passwords_are_refused() {
        assertThatThrownBy(() -> new PasswordHasher(new SecureRandom(), 1_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hasher.hash(new char[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
