package org.redress.cli;

import org.redress.casework.CalendarNotices;
import org.redress.catalog.CalendarCatalogException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

/** {@code redress calendar load}: a new year's holiday notice as a checked data file, without a new release. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Loads a year's official holiday notice (cn-YYYY.json, as the release ships them) into the workspace.",
                "Checked as a shipped calendar is: shape, dates, the national holidays measures against the lunar calendar,",
                "agreement with the neighbouring years. A refused file stores nothing (exit 1). Signs in (an administrator)."})
final class CalendarLoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    WorkspaceOption workspace;
    @Mixin
    SignInOption signIn = new SignInOption();
    @Parameters(paramLabel = "FILE", description = "The notice, named cn-YYYY.json.")
    Path file;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        String json;
        try {
            json = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (NoSuchFileException e) {
            err.println("error: " + file + ": no such file");
            return 2;
        } catch (CharacterCodingException e) {
            err.println("refused: " + file.getFileName() + ": not UTF-8 text");
            return 1;
        }
        String name = file.getFileName().toString();
        try {
            return signIn.run(spec, workspace, "calendar load", (db, admin) -> {
                var loaded = new CalendarNotices(db, Clock.systemUTC()).load(admin, name, json);
                var year = loaded.year();
                PrintWriter out = spec.commandLine().getOut();
                out.println((loaded.unchanged() ? "already in force: " : "loaded: ") + year.year() + " from "
                        + year.source().titleZh() + " (" + year.source().documentNumber() + "), "
                        + year.holidays().size() + " holidays, " + year.makeUpWorkingDays().size() + " make-up working days");
                out.flush();
                return 0;
            });
        } catch (CalendarCatalogException | IllegalArgumentException e) {
            err.println("refused: " + e.getMessage());
            return 1;
        }
    }
}
