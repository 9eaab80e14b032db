package org.redress.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.lang.reflect.InvocationTargetException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Entry point of the {@code redress} command line; every subcommand hangs off {@link RedressCommand}. */
public final class Main {

    /** The subcommands named in {@link RedressCommand}'s annotation, by name (read once, no picocli model built). */
    private static final Map<String, Class<?>> SUBCOMMANDS = Arrays.stream(
                    RedressCommand.class.getAnnotation(Command.class).subcommands())
            .collect(Collectors.toUnmodifiableMap(c -> c.getAnnotation(Command.class).name(), Function.identity()));

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code; tests call this instead of {@link #main}. */
    public static int run(String... args) {
        return lean(args).orElseGet(() -> new CommandLine(new RedressCommand()))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args);
    }

    /**
     * When the first argument names a subcommand, a command line with only that one: picocli
     * builds the model of every command it is given by reflection, which was most of the time
     * {@code redress --version} and the workstation took to start (about 0.4 s of 0.9 s).
     */
    static Optional<CommandLine> lean(String[] args) {
        Class<?> chosen = args.length == 0 ? null : SUBCOMMANDS.get(args[0]);
        if (chosen == null) {
            return Optional.empty();
        }
        try {
            CommandLine root = new CommandLine(new LeanRoot());
            root.addSubcommand(new CommandLine(chosen.getDeclaredConstructor().newInstance()));
            return Optional.of(root);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot create the command " + args[0], e instanceof InvocationTargetException ite
                    ? ite.getCause() : e);
        }
    }

    /** The root of a lean command line: the same name, version and help options, no subcommands of its own. */
    @Command(name = "redress", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class)
    static final class LeanRoot implements Runnable {
        @Override
        public void run() {
            // Only reached with a subcommand; the full command line answers anything else.
        }
    }
}
