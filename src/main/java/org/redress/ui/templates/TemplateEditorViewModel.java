package org.redress.ui.templates;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.jspecify.annotations.Nullable;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Permission;
import org.redress.letters.templates.LetterTemplate;
import org.redress.letters.templates.NoticeKind;
import org.redress.letters.templates.NoticePress;
import org.redress.letters.templates.TemplateEngine;
import org.redress.letters.templates.TemplateService;
import org.redress.ui.common.FxTasks;
import org.redress.ui.common.Messages;

import java.util.Arrays;
import java.util.List;

/**
 * The letter template editor: the kind and language chosen, the title and the paragraphs as typed
 * (separated by blank lines), a preview that follows every keystroke — the text with made-up values
 * at once, a picture of the first page rendered in the background (the latest edit wins) — and the
 * sentence saying why the text cannot be saved, if it cannot. Saving is an administrator's.
 */
public final class TemplateEditorViewModel {

    private final TemplateService service;
    private final FxTasks tasks;
    private final Messages messages;
    private final Officer officer;
    private final ObjectProperty<NoticeKind> kind = new SimpleObjectProperty<>(NoticeKind.ACKNOWLEDGEMENT);
    private final StringProperty language = new SimpleStringProperty("ZH");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper preview = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper version = new ReadOnlyStringWrapper("");
    private final ObjectProperty<@Nullable Image> page = new SimpleObjectProperty<>();
    private final BooleanProperty dirty = new SimpleBooleanProperty(false);
    private @Nullable NoticePress press;
    private volatile long generation;
    private boolean loading;

    public TemplateEditorViewModel(TemplateService service, FxTasks tasks, Messages messages, Officer officer) {
        this.service = service;
        this.tasks = tasks;
        this.messages = messages;
        this.officer = officer;
        kind.addListener((obs, old, now) -> load());
        language.addListener((obs, old, now) -> load());
        title.addListener((obs, old, now) -> edited());
        text.addListener((obs, old, now) -> edited());
    }

    public boolean maySave() {
        return officer.role().may(Permission.CHANGE_SETTINGS);
    }

    /** Shows the version in force of the kind and language chosen. */
    public void load() {
        LetterTemplate current = service.current(officer, kind.get(), language.get());
        loading = true;
        title.set(current.title());
        text.set(String.join("\n\n", current.paragraphs()));
        loading = false;
        dirty.set(false);
        version.set(current.id() == 0 ? messages.get("templates.version.builtin")
                : messages.get("templates.version", current.version(), current.savedAt().toString().substring(0, 10)));
        refresh();
    }

    private void edited() {
        if (!loading) {
            dirty.set(true);
            refresh();
        }
    }

    /** The paragraphs as typed: blank lines separate them. */
    public List<String> paragraphs() {
        return Arrays.stream(text.get().split("\\n\\s*\\n")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    private void refresh() {
        List<String> paragraphs = paragraphs();
        try {
            preview.set(String.join("\n\n", service.previewText(kind.get(), language.get(), paragraphs)));
            problem.set("");
        } catch (TemplateEngine.TemplateRefused e) {
            problem.set(e.getMessage());
            return;
        }
        long mine = ++generation;
        NoticeKind k = kind.get();
        String lang = language.get();
        String t = title.get();
        tasks.supply(() -> {
            if (mine != generation) {
                return null;
            }
            if (press == null) {
                press = NoticePress.create();
            }
            return service.previewPage(k, lang, t, paragraphs, press, 60f).map(i -> SwingFXUtils.toFXImage(i, null))
                    .orElse(null);
        }).onSuccess(image -> {
            if (mine == generation && image != null) {
                page.set(image);
            }
        }).start();
    }

    /** Saves the text as a new version; false (and the reason in {@link #problemProperty}) when refused. */
    public boolean save() {
        try {
            LetterTemplate saved = service.save(officer, kind.get(), language.get(), title.get(), paragraphs());
            version.set(messages.get("templates.version", saved.version(), saved.savedAt().toString().substring(0, 10)));
            dirty.set(false);
            problem.set("");
            return true;
        } catch (TemplateEngine.TemplateRefused e) {
            problem.set(e.getMessage());
            return false;
        }
    }

    /** The fields the chosen kind offers, as "{{name}} — description". */
    public List<String> fieldHints() {
        return kind.get().fields().values().stream().map(f -> (f.list() ? "{{#" + f.name() + "}}{{.}}{{/" + f.name() + "}}"
                : "{{" + f.name() + "}}") + " — " + messages.of(f.description())).toList();
    }

    public ObjectProperty<NoticeKind> kindProperty() {
        return kind;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty versionProperty() {
        return version.getReadOnlyProperty();
    }

    public ObjectProperty<@Nullable Image> pageProperty() {
        return page;
    }

    public BooleanProperty dirtyProperty() {
        return dirty;
    }
}
