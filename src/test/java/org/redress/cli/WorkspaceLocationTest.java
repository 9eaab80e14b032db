package org.redress.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class WorkspaceLocationTest {

    @Test
    void linux_uses_xdg_data_home_when_set() {
        Path path = WorkspaceLocation.resolve(null, Map.of("XDG_DATA_HOME", "/data/wang"), "Linux", "/home/wang");

        assertThat(path).isEqualTo(Path.of("/data/wang/redress/workspace"));
    }

    @Test
    void linux_falls_back_to_local_share_when_xdg_data_home_is_unset_blank_or_relative() {
        Path expected = Path.of("/home/wang/.local/share/redress/workspace");

        assertThat(WorkspaceLocation.resolve(null, Map.of(), "Linux", "/home/wang")).isEqualTo(expected);
        assertThat(WorkspaceLocation.resolve(null, Map.of("XDG_DATA_HOME", " "), "Linux", "/home/wang")).isEqualTo(expected);
        assertThat(WorkspaceLocation.resolve(null, Map.of("XDG_DATA_HOME", "data"), "Linux", "/home/wang")).isEqualTo(expected);
    }

    @Test
    void macos_uses_application_support() {
        assertThat(WorkspaceLocation.resolve(null, Map.of(), "Mac OS X", "/Users/wang"))
                .isEqualTo(Path.of("/Users/wang/Library/Application Support/Redress/workspace"));
    }

    @Test
    void windows_uses_local_app_data() {
        assertThat(WorkspaceLocation.platformDefault(Map.of("LOCALAPPDATA", "/c/Users/wang/AppData/Local"), "Windows 11",
                "/c/Users/wang")).isEqualTo(Path.of("/c/Users/wang/AppData/Local/Redress/workspace"));
        assertThat(WorkspaceLocation.platformDefault(Map.of(), "Windows 11", "/c/Users/wang"))
                .isEqualTo(Path.of("/c/Users/wang/AppData/Local/Redress/workspace"));
    }

    @Test
    void the_environment_variable_overrides_the_platform_and_the_option_overrides_both() {
        Map<String, String> environment = Map.of("REDRESS_WORKSPACE", "/srv/redress", "XDG_DATA_HOME", "/data");

        assertThat(WorkspaceLocation.resolve(null, environment, "Linux", "/home/wang")).isEqualTo(Path.of("/srv/redress"));
        assertThat(WorkspaceLocation.resolve(Path.of("/tmp/demo/../ws"), environment, "Linux", "/home/wang"))
                .isEqualTo(Path.of("/tmp/ws"));
    }

    @Test
    void the_demo_has_a_folder_of_its_own_that_redress_workspace_never_redirects() {
        Map<String, String> environment = Map.of("REDRESS_WORKSPACE", "/srv/redress", "XDG_DATA_HOME", "/data");

        assertThat(WorkspaceLocation.demo(null, environment, "Linux", "/home/wang")).isEqualTo(Path.of("/data/redress/demo"))
                .isNotEqualTo(WorkspaceLocation.resolve(null, Map.of("XDG_DATA_HOME", "/data"), "Linux", "/home/wang"));
        assertThat(WorkspaceLocation.demo(Path.of("/tmp/d"), environment, "Linux", "/home/wang")).isEqualTo(Path.of("/tmp/d"));
    }
}
