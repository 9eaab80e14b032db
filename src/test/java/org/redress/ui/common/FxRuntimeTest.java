package org.redress.ui.common;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FxRuntimeTest {

    @Test
    void linux_has_a_display_only_with_x11_or_wayland() {
        assertThat(FxRuntime.hasDisplay("Linux", Map.of(), null)).isFalse();
        assertThat(FxRuntime.hasDisplay("Linux", Map.of("DISPLAY", " "), null)).isFalse();
        assertThat(FxRuntime.hasDisplay("Linux", Map.of("DISPLAY", ":0"), null)).isTrue();
        assertThat(FxRuntime.hasDisplay("Linux", Map.of("WAYLAND_DISPLAY", "wayland-0"), null)).isTrue();
    }

    @Test
    void windows_and_macos_always_have_one_unless_the_headless_platform_is_chosen() {
        assertThat(FxRuntime.hasDisplay("Windows 11", Map.of(), null)).isTrue();
        assertThat(FxRuntime.hasDisplay("Mac OS X", Map.of(), null)).isTrue();
        assertThat(FxRuntime.hasDisplay("Mac OS X", Map.of(), "Headless")).isFalse();
        assertThat(FxRuntime.hasDisplay("Linux", Map.of("DISPLAY", ":0"), "Headless")).isFalse();
    }
}
