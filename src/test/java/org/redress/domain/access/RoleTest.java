package org.redress.domain.access;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RoleTest {

    @Test
    void only_officers_and_supervisors_work_cases() {
        assertThat(Role.OFFICER.worksCases()).isTrue();
        assertThat(Role.SUPERVISOR.worksCases()).isTrue();
        assertThat(Role.AUDITOR.worksCases()).isFalse();
        assertThat(Role.ADMINISTRATOR.worksCases()).isFalse();
    }

    @Test
    void only_supervisors_approve() {
        assertThat(Role.SUPERVISOR.approves()).isTrue();
        assertThat(Role.OFFICER.approves()).isFalse();
        assertThat(Role.AUDITOR.approves()).isFalse();
        assertThat(Role.ADMINISTRATOR.approves()).isFalse();
    }

    @Test
    void an_officer_has_an_id_and_an_agency() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Officer(" ", "u", "U", Role.OFFICER, "A"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Officer("1", "u", "U", Role.OFFICER, ""));
    }
}
