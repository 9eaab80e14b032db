package org.redress.cli;

import picocli.CommandLine;

/** Entry point of the {@code redress} command line; every subcommand hangs off {@link RedressCommand}. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        return new CommandLine(new RedressCommand())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args);
    }
}
