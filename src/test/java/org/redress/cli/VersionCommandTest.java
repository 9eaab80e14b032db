package org.redress.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class VersionCommandTest {
    @Test
    void version_option_prints_the_project_version() {
        var out = new StringWriter();
        var cmd = new picocli.CommandLine(new RedressCommand());
        cmd.setOut(new PrintWriter(out));
        int code = cmd.execute("--version");
        assertThat(code).isZero();
        assertThat(out.toString()).matches("redress \\d+\\.\\d+\\.\\d+.*\\R");
    }
}
