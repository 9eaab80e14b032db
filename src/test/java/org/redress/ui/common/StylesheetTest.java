package org.redress.ui.common;

import javafx.css.CssParser;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workstation's stylesheet parses without an error: the toolkit only logs a broken rule (an
 * unclosed brace once swallowed every rule after it, focus rings included) and carries on.
 */
class StylesheetTest {

    @Test
    void the_workstation_stylesheet_parses_without_errors() throws Exception {
        URL css = Objects.requireNonNull(getClass().getResource("/css/workstation.css"));
        CssParser.errorsProperty().clear();

        var stylesheet = new CssParser().parse(css);

        List<String> errors = CssParser.errorsProperty().stream().map(Object::toString).toList();
        assertThat(errors).isEmpty();
        assertThat(stylesheet.getRules()).as("every rule read")
                .anySatisfy(rule -> assertThat(rule.getSelectors().toString()).contains("reminder-overdue"))
                .anySatisfy(rule -> assertThat(rule.getSelectors().toString()).contains("confirm-bar"));
    }
}
