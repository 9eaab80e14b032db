import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a POSIX shell launcher from a jpackage launcher's configuration:
 *
 * <pre>java installer/tools/ShellLauncher.java IMAGE/lib/app/redress.cfg IMAGE/bin/redress</pre>
 *
 * jpackage's Linux launcher asks the package managers which package owns it on every start
 * ({@code rpm -qf}, {@code dpkg -S}, then {@code dpkg -L}: 0.15 s here, more on a desktop with
 * thousands of packages) before it starts the JVM. The script starts the image's own runtime with
 * the same options and class path directly. {@code $APPDIR} is the image's lib/app folder, found from
 * the script's own location; {@code $HOME} is left to the shell, as the native launcher expands it.
 */
public final class ShellLauncher {

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ShellLauncher APP.cfg LAUNCHER");
        }
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        String mainClass = null;
        List<String> classPath = new ArrayList<>();
        List<String> options = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("app.mainclass=")) {
                mainClass = line.substring("app.mainclass=".length());
            } else if (line.startsWith("app.classpath=")) {
                classPath.add(line.substring("app.classpath=".length()));
            } else if (line.startsWith("java-options=")) {
                options.add(line.substring("java-options=".length()));
            }
        }
        if (mainClass == null || classPath.isEmpty()) {
            throw new IOException(args[0] + " names no main class or class path");
        }
        StringBuilder script = new StringBuilder();
        script.append("#!/bin/sh\n")
                .append("# Starts Redress on the runtime beside it, with the options and class path of lib/app/redress.cfg\n")
                .append("# (written by installer/build; see installer/tools/ShellLauncher.java for why this is not jpackage's launcher).\n")
                .append("SELF=\"$(readlink -f \"$0\")\"\n")
                .append("ROOT=\"$(dirname \"$(dirname \"$SELF\")\")\"\n")
                .append("APPDIR=\"$ROOT/lib/app\"\n")
                .append("exec \"$ROOT/lib/runtime/bin/java\"");
        for (String option : options) {
            script.append(" \\\n  ").append(quoted(option));
        }
        script.append(" \\\n  \"-Djpackage.app-path=$SELF\"");
        script.append(" \\\n  -cp ").append(quoted(String.join(":", classPath)));
        script.append(" \\\n  ").append(mainClass).append(" \"$@\"\n");
        Path launcher = Path.of(args[1]);
        Files.deleteIfExists(launcher);
        Files.writeString(launcher, script);
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** In double quotes, so $APPDIR and $HOME expand and nothing else does. */
    static String quoted(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\' || c == '`') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('"').toString();
    }
}
