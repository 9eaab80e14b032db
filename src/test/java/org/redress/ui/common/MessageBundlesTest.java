package org.redress.ui.common;

import org.junit.jupiter.api.Test;
import org.redress.casework.CaseActionService;
import org.redress.domain.access.Role;
import org.redress.domain.appeal.CaseAction;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Channel;
import org.redress.domain.appeal.Ground;
import org.redress.domain.appeal.Priority;
import org.redress.domain.appeal.ReasonCode;
import org.redress.domain.identity.IdentifierKind;
import org.redress.domain.identity.SubjectKind;
import org.redress.domain.scheme.RuleCategory;
import org.redress.ui.shell.Screen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Both languages are complete, every text is a valid pattern, and every key the UI names exists. */
class MessageBundlesTest {

    private static final ResourceBundle ENGLISH = Messages.load(Messages.ENGLISH);
    private static final ResourceBundle CHINESE = Messages.load(Messages.CHINESE);

    @Test
    void english_and_chinese_have_exactly_the_same_keys() {
        Set<String> english = new TreeSet<>(ENGLISH.keySet());
        Set<String> chinese = new TreeSet<>(CHINESE.keySet());

        assertThat(difference(english, chinese)).as("keys missing from messages_zh_CN.properties").isEmpty();
        assertThat(difference(chinese, english)).as("keys missing from messages.properties").isEmpty();
    }

    @Test
    void the_chinese_bundle_is_chinese_and_the_english_bundle_is_english() {
        assertThat(CHINESE.getString("nav.QUEUE")).isEqualTo("案件队列");
        assertThat(ENGLISH.getString("nav.QUEUE")).isEqualTo("Queue");
        // The machine's own language must not leak in as a fallback.
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(Messages.load(Messages.ENGLISH).getString("nav.QUEUE")).isEqualTo("Queue");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void every_text_is_a_message_format_pattern_with_apostrophes_doubled() {
        Pattern lonelyApostrophe = Pattern.compile("(?<!')'(?!')");
        for (ResourceBundle bundle : List.of(ENGLISH, CHINESE)) {
            for (String key : bundle.keySet()) {
                String text = bundle.getString(key);
                assertThat(lonelyApostrophe.matcher(text).find()).as("%s has a single apostrophe: %s", key, text).isFalse();
                new MessageFormat(text, Locale.ROOT).format(new Object[]{1, 2, 3, 4});
            }
        }
    }

    @Test
    void every_enum_the_ui_shows_has_a_name_in_the_bundles() {
        List<String> keys = new ArrayList<>();
        names(keys, "status", CaseStatus.values());
        names(keys, "priority", Priority.values());
        names(keys, "category", RuleCategory.values());
        names(keys, "role", Role.values());
        names(keys, "ground", Ground.values());
        names(keys, "channel", Channel.values());
        names(keys, "subjectKind", SubjectKind.values());
        names(keys, "idKind", IdentifierKind.values());
        names(keys, "history", CaseAction.values());
        names(keys, "nav", Screen.SIDEBAR);
        names(keys, "settings.theme", Appearance.Theme.values());
        for (ReasonCode code : ReasonCode.values()) {
            keys.add(code.bundleKey());
        }
        for (CaseAction action : CaseActionService.OFFERED) {
            keys.add("action." + action.name());
            keys.add("action.done." + action.name());
        }

        assertThat(ENGLISH.keySet()).containsAll(keys);
    }

    @Test
    void every_key_the_ui_source_names_exists() throws IOException {
        Pattern call = Pattern.compile("(?:get|text|getOr)\\(\"([a-z][A-Za-z0-9_]*\\.[A-Za-z0-9_.]*[A-Za-z0-9_])\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/redress/ui"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = call.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    if (!key.startsWith("office.") && !key.startsWith("demo.") && !ENGLISH.containsKey(key)) {
                        missing.add(file.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static void names(List<String> keys, String prefix, Enum<?>[] values) {
        for (Enum<?> value : values) {
            keys.add(prefix + "." + value.name());
        }
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return Collections.unmodifiableSet(d);
    }

    @Test
    void counts_of_cases_agree_with_their_number() {
        java.util.function.LongFunction<String> total = n -> new java.text.MessageFormat(ENGLISH.getString("queue.total"),
                Messages.ENGLISH).format(new Object[]{n});
        assertThat(total.apply(0)).isEqualTo("No cases");
        assertThat(total.apply(1)).isEqualTo("1 case");
        assertThat(total.apply(2)).isEqualTo("2 cases");
        assertThat(total.apply(12_345)).isEqualTo("12,345 cases");
    }
}
