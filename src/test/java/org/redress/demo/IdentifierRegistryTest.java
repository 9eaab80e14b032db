package org.redress.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IdentifierRegistryTest {

    @Test
    void an_identifier_is_claimed_once_and_the_table_grows_without_forgetting() {
        var registry = new IdentifierRegistry();
        for (int i = 0; i < 50_000; i++) {
            assertThat(registry.claim("3710821990" + String.format("%08d", i))).isTrue();
        }

        assertThat(registry.size()).isEqualTo(50_000);
        assertThat(registry.claim("371082199000000000")).isFalse();
        assertThat(registry.claim("371082199000049999")).isFalse();
        assertThat(registry.claim("371082199000050000")).isTrue();
    }
}
