package org.redress.cli;

import picocli.CommandLine.Command;

@Command(name = "redress",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Review appeals against score deductions, offline first.",
        subcommands = {
                BenchCommand.class,
                CalendarCommand.class,
                DemoCommand.class,
                ExportSubjectCommand.class,
                HubCommand.class,
                IdCommand.class,
                ImportCommand.class,
                InitCommand.class,
                KeysCommand.class,
                LettersCommand.class,
                OfficerCommand.class,
                OpenCommand.class,
                ReportCommand.class,
                ScreenshotCommand.class,
                StartupCacheCommand.class,
                SyncCommand.class,
                VerifyCommand.class,
        })
public final class RedressCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
