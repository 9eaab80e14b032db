package org.redress.letters.templates;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.redress.audit.AuditChain;
import org.redress.audit.AuditEntry;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Permission;
import org.redress.security.Authorization;
import org.redress.store.Database;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Reading and saving letter templates as an officer: anyone who reads cases sees them, only an
 * administrator ({@link Permission#CHANGE_SETTINGS}) saves one. Saving checks the template first
 * ({@link TemplateEngine#check}) — a field the kind does not have is refused here, never when a
 * letter is printed — then adds a version and an audit event {@code template.save}.
 */
public final class TemplateService {

    public static final String TEMPLATE_SAVE = "template.save";

    private final Database database;
    private final Clock clock;
    private final TemplateEngine engine = new TemplateEngine();

    public TemplateService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** The version in force of every kind in both languages. */
    public List<LetterTemplate> list(Officer viewer) {
        requireReader(viewer);
        return database.read(c -> {
            LetterTemplates templates = new LetterTemplates(c);
            List<LetterTemplate> out = new ArrayList<>();
            for (NoticeKind kind : NoticeKind.values()) {
                out.add(templates.current(kind, "ZH"));
                out.add(templates.current(kind, "EN"));
            }
            return out;
        });
    }

    public LetterTemplate current(Officer viewer, NoticeKind kind, String language) {
        requireReader(viewer);
        return database.read(c -> new LetterTemplates(c).current(kind, language));
    }

    /** Officers who read cases see the templates; administrators, who edit them, too. */
    private static void requireReader(Officer viewer) {
        if (!viewer.role().may(Permission.CHANGE_SETTINGS)) {
            Authorization.require(viewer, Permission.READ_CASES);
        }
    }

    /** Checks a template without saving it. */
    public void check(NoticeKind kind, List<String> paragraphs) {
        engine.check(kind, paragraphs);
    }

    /**
     * Saves a new version of the template; unchanged text saves nothing.
     *
     * @throws TemplateEngine.TemplateRefused when a paragraph names a field the kind does not have (or is not valid)
     */
    public LetterTemplate save(Officer admin, NoticeKind kind, String language, String title, List<String> paragraphs) {
        Authorization.require(admin, Permission.CHANGE_SETTINGS);
        if (title.isBlank()) {
            throw new TemplateEngine.TemplateRefused("a template needs a title");
        }
        List<String> kept = paragraphs.stream().filter(p -> !p.isBlank()).toList();
        engine.check(kind, kept);
        long adminId = Long.parseLong(admin.id());
        return database.writeAndWait(c -> {
            LetterTemplate before = new LetterTemplates(c).current(kind, language);
            LetterTemplate saved = new LetterTemplates(c).save(kind, language, title.strip(), kept, clock.instant(), adminId);
            if (saved.id() != before.id()) {
                AuditChain.append(c, new AuditEntry(clock.instant(), adminId, TEMPLATE_SAVE, "letter_template",
                        Long.toString(saved.id()), JsonNodeFactory.instance.objectNode().put("kind", kind.name())
                                .put("language", language).put("version", saved.version()).put("sha256", saved.sha256())));
            }
            return saved;
        });
    }
}
