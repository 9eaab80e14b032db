package org.redress.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code --help} prints says whole things: no summary cut mid-sentence, no "(default: null)". */
class HelpTextTest {

    private static List<CommandLine> everyCommand() {
        List<CommandLine> all = new ArrayList<>();
        collect(new CommandLine(new RedressCommand()), all);
        return all;
    }

    private static void collect(CommandLine command, List<CommandLine> into) {
        into.add(command);
        command.getSubcommands().values().forEach(sub -> collect(sub, into));
    }

    @Test
    void theSummaryListedForEveryCommandIsAWholeSentence() {
        List<String> cut = new ArrayList<>();
        for (CommandLine command : everyCommand()) {
            String[] description = command.getCommandSpec().usageMessage().description();
            String summary = description.length == 0 ? "" : description[0].strip();
            if (!summary.matches("(?s).*[.)]$")) {
                cut.add(command.getCommandSpec().qualifiedName() + ": \"" + summary + "\"");
            }
        }
        assertThat(cut).as("summaries that stop mid-sentence").isEmpty();
    }

    @Test
    void noHelpShowsANullDefault() {
        for (CommandLine command : everyCommand()) {
            assertThat(command.getUsageMessage()).as(command.getCommandSpec().qualifiedName())
                    .doesNotContainIgnoringCase("default: null").doesNotContainIgnoringCase("default null");
        }
    }
}
