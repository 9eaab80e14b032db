package org.redress.security;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();
    private final PasswordHasher legacy = new PasswordHasher(new SecureRandom(), PasswordHasher.MIN_ITERATIONS);

    @Test
    void a_hash_verifies_against_its_password_only() {
        String hash = hasher.hash("chengshan-7305-haibin".toCharArray());

        assertThat(hasher.verify("chengshan-7305-haibin".toCharArray(), hash)).isTrue();
        assertThat(hasher.verify("chengshan-7305-haibim".toCharArray(), hash)).isFalse();
        assertThat(hasher.verify("".toCharArray(), hash)).isFalse();
    }

    @Test
    void new_hashes_are_argon2id_naming_the_cost_and_a_random_salt() {
        String first = hasher.hash("secret-1234".toCharArray());
        String second = hasher.hash("secret-1234".toCharArray());

        assertThat(first).matches("argon2id\\$v=19\\$m=47104,t=2,p=1\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.verify("secret-1234".toCharArray(), second)).isTrue();
    }

    @Test
    void the_argon2id_hash_matches_the_reference_implementation() {
        // Made with the reference C library (libargon2, argon2id_hash_encoded) for this salt and cost.
        String reference = "argon2id$v=19$m=19456,t=2,p=1$AAECAwQFBgcICQoLDA0ODw$"
                + "gYJZtjEAJqjg26xdLmknq8/bB7MiWPrE9hsYuA+SkIU";

        assertThat(hasher.verify("correct horse battery staple".toCharArray(), reference)).isTrue();
        assertThat(hasher.verify("correct horse battery stapler".toCharArray(), reference)).isFalse();
    }

    @Test
    void pbkdf2_hashes_from_earlier_builds_still_verify_and_ask_to_be_upgraded() {
        String old = legacy.hash("secret-1234".toCharArray());

        assertThat(old).matches("pbkdf2-sha256\\$210000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
        assertThat(hasher.verify("secret-1234".toCharArray(), old)).isTrue();
        assertThat(hasher.verify("secret-1235".toCharArray(), old)).isFalse();
        assertThat(hasher.needsRehash(old)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("secret-1234".toCharArray()))).isFalse();
    }

    @Test
    void malformed_or_foreign_encodings_never_verify() {
        char[] password = "secret-1234".toCharArray();

        assertThat(hasher.verify(password, "")).isFalse();
        assertThat(hasher.verify(password, "argon2id$v=19$m=65536$abc$def")).isFalse();
        assertThat(hasher.verify(password, "argon2i$v=19$m=19456,t=2,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAA")).isFalse();
        assertThat(hasher.verify(password, "argon2id$v=19$m=19456,t=2,p=1$***$AAAA")).isFalse();
        assertThat(hasher.verify(password, "pbkdf2-sha256$notanumber$AAAA$AAAA")).isFalse();
        assertThat(hasher.verify(password, "pbkdf2-sha256$210000$***$AAAA")).isFalse();
        assertThat(hasher.verify(password, "pbkdf2-sha256$210000$AAAA")).isFalse();
    }

    @Test
    void a_hash_made_at_a_higher_cost_still_verifies_and_a_lower_one_asks_for_rehash() {
        var stronger = new PasswordHasher(new SecureRandom(), new Argon2Cost(65_536, 2, 1));
        String strong = stronger.hash("secret-1234".toCharArray());

        assertThat(hasher.verify("secret-1234".toCharArray(), strong)).isTrue();
        assertThat(hasher.needsRehash(strong)).isFalse();
        assertThat(stronger.needsRehash(hasher.hash("secret-1234".toCharArray()))).isTrue();
    }

    @Test
    void the_owasp_floor_itself_is_now_below_the_cost_and_asks_for_rehash() {
        String atTheFloor = "argon2id$v=19$m=19456,t=2,p=1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAA";

        assertThat(Argon2Cost.RECOMMENDED.memoryKiB()).isGreaterThan(Argon2Cost.OWASP_MINIMUM.memoryKiB());
        assertThat(hasher.needsRehash(atTheFloor)).isTrue();
        assertThatThrownBy(() -> new PasswordHasher(new SecureRandom(), Argon2Cost.OWASP_MINIMUM))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_cost_below_the_minimum_and_empty_passwords_are_refused() {
        assertThatThrownBy(() -> new PasswordHasher(new SecureRandom(), 1_000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PasswordHasher(new SecureRandom(), new Argon2Cost(4_096, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> hasher.hash(new char[0])).isInstanceOf(IllegalArgumentException.class);
    }
}
