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

    @Test
    void the_auditor_reads_everything_and_changes_nothing_the_administrator_sees_no_case() {
        assertThat(java.util.Arrays.stream(Permission.values()).filter(Role.AUDITOR::may))
                .containsExactlyInAnyOrder(Permission.READ_CASES, Permission.REVEAL_IDENTIFIER, Permission.READ_AUDIT,
                        Permission.EXPORT_SUBJECT, Permission.CHANGE_PREFERENCES);
        assertThat(java.util.Arrays.stream(Permission.values()).filter(Role.ADMINISTRATOR::may))
                .containsExactlyInAnyOrder(Permission.MANAGE_ACCOUNTS, Permission.CHANGE_SETTINGS,
                        Permission.CHANGE_PREFERENCES);
        assertThat(Role.AUDITOR.may(Permission.ISSUE_LETTER)).as("an auditor issues no letter").isFalse();
        assertThat(Role.OFFICER.may(Permission.ISSUE_LETTER)).isTrue();
        assertThat(Role.ADMINISTRATOR.may(Permission.IMPORT_FEED)).isFalse();
        assertThat(Role.OFFICER.may(Permission.APPROVE)).isFalse();
        assertThat(Role.SUPERVISOR.may(Permission.APPROVE)).isTrue();
        assertThat(Role.SUPERVISOR.may(Permission.MANAGE_ACCOUNTS)).isFalse();
    }
}
