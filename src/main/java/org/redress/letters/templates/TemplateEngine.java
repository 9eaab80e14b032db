package org.redress.letters.templates;

import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.codes.CommentCode;
import com.github.mustachejava.codes.IterableCode;
import com.github.mustachejava.codes.NotIterableCode;
import com.github.mustachejava.codes.ValueCode;
import com.github.mustachejava.codes.WriteCode;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Mustache (mustache.java) for letters: a paragraph is a Mustache text naming the kind's fields.
 * {@link #check} walks the compiled template and refuses — when the template is saved, not when a
 * letter is printed — a field the kind does not have, a list field used as text, a text field used
 * as a list, partials and dotted names; {@link #render} fills the fields in, with no HTML escaping
 * (the text goes into a PDF, not a web page). Thread-safe.
 */
public final class TemplateEngine {

    /** A template that cannot be saved: the sentence says which paragraph and which field. */
    public static final class TemplateRefused extends RuntimeException {
        TemplateRefused(String message) {
            super(message);
        }
    }

    private final DefaultMustacheFactory factory = new DefaultMustacheFactory() {
        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    /**
     * Checks every paragraph of a template of {@code kind}.
     *
     * @throws TemplateRefused naming the first problem (paragraph number, field)
     */
    public void check(NoticeKind kind, List<String> paragraphs) {
        if (paragraphs.isEmpty()) {
            throw new TemplateRefused("a template needs at least one paragraph");
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            Mustache compiled = compile(paragraphs.get(i), i + 1);
            walk(kind, compiled.getCodes(), i + 1, false);
        }
    }

    /** The names of the fields a paragraph uses (for the editor's hints); empty when it does not compile. */
    public List<String> fieldsUsed(String paragraph) {
        List<String> out = new ArrayList<>();
        try {
            collect(compile(paragraph, 0).getCodes(), out);
        } catch (TemplateRefused e) {
            return List.of();
        }
        return out;
    }

    /**
     * Renders the paragraphs with {@code values} (strings and lists of strings); each rendered
     * paragraph's lines become paragraphs of the letter, blank ones dropped.
     */
    public List<String> render(List<String> paragraphs, Map<String, Object> values) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            StringWriter writer = new StringWriter();
            compile(paragraphs.get(i), i + 1).execute(writer, values);
            for (String line : writer.toString().split("\n")) {
                String text = line.strip();
                if (!text.isEmpty()) {
                    out.add(text);
                }
            }
        }
        return List.copyOf(out);
    }

    private Mustache compile(String paragraph, int number) {
        try {
            return factory.compile(new StringReader(paragraph), "paragraph-" + number);
        } catch (MustacheException e) {
            throw new TemplateRefused("paragraph " + number + " is not a valid template: " + e.getMessage());
        }
    }

    private static void walk(NoticeKind kind, Code[] codes, int paragraph, boolean inList) {
        if (codes == null) {
            return;
        }
        for (Code code : codes) {
            switch (code) {
                case WriteCode w -> { }
                case CommentCode c -> { }
                case ValueCode v -> value(kind, v.getName(), paragraph, inList);
                case IterableCode section -> {
                    // {{#name}} and {{^name}}: a list iterates, a text field shows its section when not empty.
                    NoticeKind.Field field = field(kind, section.getName(), paragraph);
                    walk(kind, section.getCodes(), paragraph, inList || (field.list() && !(section instanceof NotIterableCode)));
                }
                default -> {
                    if (code.getName() == null) {
                        continue; // the end of the text
                    }
                    throw new TemplateRefused("paragraph " + paragraph + " uses {{" + prefix(code)
                        + code.getName() + "}}, which letters do not allow (only fields, sections and comments)");
                }
            }
        }
    }

    private static void value(NoticeKind kind, String name, int paragraph, boolean inList) {
        if (".".equals(name)) {
            if (!inList) {
                throw new TemplateRefused("paragraph " + paragraph + " uses {{.}} outside a list section");
            }
            return;
        }
        NoticeKind.Field field = field(kind, name, paragraph);
        if (field.list()) {
            throw new TemplateRefused("paragraph " + paragraph + " uses the list {{" + name + "}} as text; write {{#"
                    + name + "}}{{.}}{{/" + name + "}}");
        }
    }

    private static NoticeKind.Field field(NoticeKind kind, String name, int paragraph) {
        NoticeKind.Field field = kind.fields().get(name);
        if (field == null) {
            throw new TemplateRefused("paragraph " + paragraph + " names {{" + name + "}}, which a letter of kind "
                    + kind.cliName() + " does not have; its fields are " + String.join(", ", kind.fields().keySet()));
        }
        return field;
    }

    private static String prefix(Code code) {
        String type = code.getClass().getSimpleName();
        return type.startsWith("Partial") || type.startsWith("DynamicPartial") ? ">" : type.startsWith("Extend") ? "<" : "";
    }

    private static void collect(Code[] codes, List<String> into) {
        if (codes == null) {
            return;
        }
        for (Code code : codes) {
            if ((code instanceof ValueCode || code instanceof IterableCode) && !".".equals(code.getName())
                    && !into.contains(code.getName())) {
                into.add(code.getName());
            }
            collect(code.getCodes(), into);
        }
    }
}
