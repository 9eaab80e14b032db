package org.redress.cli;

import org.redress.catalog.SchemeCatalog;
import org.redress.letters.LetterException;
import org.redress.letters.LetterLanguage;
import org.redress.letters.templates.LetterTemplate;
import org.redress.letters.templates.LetterTemplates;
import org.redress.letters.templates.NoticeIssuer;
import org.redress.letters.templates.NoticeKind;
import org.redress.letters.templates.NoticeLetter;
import org.redress.letters.templates.NoticePress;
import org.redress.letters.templates.TemplateEngine;
import org.redress.letters.templates.TemplateService;
import org.redress.store.Database;
import org.redress.store.Workspace;
import org.redress.vault.SealedFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code redress letters template list|show|set} and {@code redress letters notice} (issue 19, item 4). */
final class LetterTemplateCommand {

    private LetterTemplateCommand() {
    }

    static NoticeKind kind(String text) {
        return NoticeKind.parse(text).orElseThrow(() -> new IllegalArgumentException("--kind must be one of "
                + String.join(", ", Arrays.stream(NoticeKind.values()).map(NoticeKind::cliName).toList()) + ", not " + text));
    }

    static String language(String text) {
        String l = text.strip().toUpperCase(Locale.ROOT);
        if (!l.equals("ZH") && !l.equals("EN")) {
            throw new IllegalArgumentException("--lang must be zh or en, not " + text);
        }
        return l;
    }

    @Command(name = "template", mixinStandardHelpOptions = true,
            description = "Letter templates: list them, show one, or save a new version (administrators).",
            subcommands = {ListTemplates.class, Show.class, Set.class})
    static final class Group implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The version in force of every template.")
    static final class ListTemplates implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOption workspace;

        @Override
        public Integer call() {
            Path root = workspace.existing(spec);
            if (root == null) {
                return WorkspaceOption.NO_WORKSPACE;
            }
            PrintWriter o = spec.commandLine().getOut();
            try (Database db = Database.open(new Workspace(root))) {
                db.read(c -> {
                    LetterTemplates templates = new LetterTemplates(c);
                    for (NoticeKind kind : NoticeKind.values()) {
                        for (String lang : List.of("ZH", "EN")) {
                            LetterTemplate t = templates.current(kind, lang);
                            o.printf("%-20s %s  %s  %s%n", kind.cliName(), lang.toLowerCase(Locale.ROOT),
                                    t.id() == 0 ? "built-in" : "version " + t.version() + " of " + t.savedAt(), t.title());
                        }
                    }
                    return null;
                });
            }
            o.flush();
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "Prints a template's title and paragraphs (blank lines between), as set takes them.")
    static final class Show implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOption workspace;
        @Option(names = "--kind", required = true, description = "acknowledgement, information-request, extension, not-admissible or withdrawal")
        String kind;
        @Option(names = "--lang", required = true, description = "zh or en")
        String lang;

        @Override
        public Integer call() {
            Path root = workspace.existing(spec);
            if (root == null) {
                return WorkspaceOption.NO_WORKSPACE;
            }
            try (Database db = Database.open(new Workspace(root))) {
                LetterTemplate t = db.read(c -> new LetterTemplates(c).current(kind(kind), language(lang)));
                PrintWriter o = spec.commandLine().getOut();
                o.println(t.title());
                o.println();
                o.println(String.join("\n\n", t.paragraphs()));
                o.flush();
                return 0;
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("error: " + e.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = {"Saves a new version of a template from a file.",
                    "The file holds paragraphs separated by blank lines, naming the kind's fields in double braces.",
                    "A field the kind does not have is refused (exit 1) and nothing is saved.",
                    "Letters already issued keep the version they were rendered from. Signs in (an administrator)."})
    static final class Set implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOption workspace;
        @Mixin
        SignInOption signIn = new SignInOption();
        @Option(names = "--kind", required = true, description = "the kind of letter")
        String kind;
        @Option(names = "--lang", required = true, description = "zh or en")
        String lang;
        @Option(names = "--file", required = true, description = "the paragraphs")
        Path file;
        @Option(names = "--title", description = "the letter's title (default: the current one)")
        String title;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            try {
                return signIn.run(spec, workspace, "letters template set", (db, admin) -> {
                    NoticeKind k = kind(kind);
                    String l = language(lang);
                    List<String> paragraphs = Arrays.stream(Files.readString(file).split("\\n\\s*\\n"))
                            .map(String::strip).filter(p -> !p.isEmpty()).toList();
                    TemplateService service = new TemplateService(db, Clock.systemUTC());
                    String chosenTitle = title != null ? title : service.current(admin, k, l).title();
                    LetterTemplate saved = service.save(admin, k, l, chosenTitle, paragraphs);
                    spec.commandLine().getOut().println("saved " + k.cliName() + " " + l.toLowerCase(Locale.ROOT)
                            + " version " + saved.version());
                    return 0;
                });
            } catch (TemplateEngine.TemplateRefused e) {
                err.println("refused: " + e.getMessage());
                return 1;
            } catch (IllegalArgumentException e) {
                err.println("error: " + e.getMessage());
                return 2;
            }
        }
    }

    @Command(name = "notice", mixinStandardHelpOptions = true,
            description = {"Issues a case's notice from its template and copies the PDF to --out.",
                    "Kinds: acknowledgement, information-request, extension, not-admissible, withdrawal.",
                    "Signs in: issued by that officer."})
    static final class Notice implements Callable<Integer> {
        @Spec
        CommandSpec spec;
        @Mixin
        WorkspaceOption workspace;
        @Mixin
        SignInOption signIn = new SignInOption();
        @Option(names = "--case", required = true, paramLabel = "NO")
        String caseNo;
        @Option(names = "--kind", required = true)
        String kind;
        @Option(names = "--lang", paramLabel = "zh|en|bilingual", description = "default: the workspace's letters.language")
        String lang;
        @Option(names = "--out", required = true, paramLabel = "DIR")
        Path out;

        @Override
        public Integer call() throws IOException {
            PrintWriter err = spec.commandLine().getErr();
            try {
                return signIn.run(spec, workspace, "letters notice", (db, officer) -> {
                    org.redress.security.Authorization.require(officer, org.redress.domain.access.Permission.ISSUE_LETTER);
                    NoticeLetter letter = new NoticeIssuer(db, SchemeCatalog.loadDefault(), org.redress.casework.CalendarNotices.calendar(db),
                            Clock.systemUTC()).issue(caseNo, kind(kind), lang == null ? null : LetterLanguage.parse(lang),
                            NoticePress.create(), org.redress.casework.Officers.storeId(officer));
                    Files.createDirectories(out);
                    Path copy = out.resolve(letter.referenceNo() + ".pdf");
                    SealedFiles.reading(db.workspace()).export(letter.file(), copy);
                    spec.commandLine().getOut().println(letter.referenceNo() + "  " + caseNo + "  "
                            + letter.kind().cliName() + "  " + copy);
                    return 0;
                });
            } catch (LetterException e) {
                err.println("refused: " + e.getMessage());
                return 1;
            } catch (IllegalArgumentException e) {
                err.println("error: " + e.getMessage());
                return 2;
            }
        }
    }
}
