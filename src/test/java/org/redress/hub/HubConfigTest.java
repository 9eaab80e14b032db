package org.redress.hub;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HubConfigTest {

    @Test
    void a_libpq_url_becomes_a_jdbc_url_with_its_user_and_decoded_password() {
        HubConfig c = HubConfig.fromDatabaseUrl("postgresql://hub:p%40ss@db.example:5433/redress?sslmode=require");

        assertThat(c.jdbcUrl()).isEqualTo("jdbc:postgresql://db.example:5433/redress?sslmode=require");
        assertThat(c.user()).isEqualTo("hub");
        assertThat(c.password()).isEqualTo("p@ss");
        assertThat(c.toString()).doesNotContain("p@ss");
    }

    @Test
    void defaults_fill_a_short_url_and_other_schemes_are_refused() {
        HubConfig c = HubConfig.fromDatabaseUrl("postgres://localhost");

        assertThat(c.jdbcUrl()).isEqualTo("jdbc:postgresql://localhost:5432/postgres");
        assertThatThrownBy(() -> HubConfig.fromDatabaseUrl("mysql://x/y")).isInstanceOf(IllegalArgumentException.class);
    }
}
