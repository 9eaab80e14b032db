package org.redress.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The lean command line Main builds for one subcommand behaves as the full one. */
class MainTest {

    private static String help(CommandLine root, String name) {
        StringWriter out = new StringWriter();
        root.setOut(new PrintWriter(out)).setErr(new PrintWriter(out));
        root.execute(name, "--help");
        return out.toString();
    }

    @Test
    void every_subcommand_gets_a_lean_command_line_with_the_same_help_as_the_full_one() {
        Map<String, CommandLine> all = new CommandLine(new RedressCommand()).getSubcommands();
        assertThat(all).isNotEmpty();
        for (String name : all.keySet()) {
            CommandLine lean = Main.lean(new String[] {name, "--help"}).orElseThrow();
            assertThat(lean.getSubcommands()).as(name).containsOnlyKeys(name);
            assertThat(help(lean, name)).as(name).isEqualTo(help(new CommandLine(new RedressCommand()), name));
        }
    }

    @Test
    void options_of_the_root_and_unknown_words_take_the_full_command_line() {
        assertThat(Main.lean(new String[] {"--version"})).isEmpty();
        assertThat(Main.lean(new String[] {"nonsense"})).isEmpty();
        assertThat(Main.lean(new String[0])).isEmpty();
    }
}
