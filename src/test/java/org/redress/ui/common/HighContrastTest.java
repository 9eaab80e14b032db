package org.redress.ui.common;

import javafx.css.CssParser;
import javafx.css.Declaration;
import javafx.css.Rule;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The high-contrast theme (issue 17): every text colour of its palette reaches WCAG 2.2's enhanced
 * contrast (1.4.6, 7:1) on each background it is drawn on, borders and the focus ring 3:1 (1.4.11);
 * and choosing the theme really recolours a scene (the root is marked and a label's text resolves to
 * the palette's black), so the palette is not a rule nobody's node matches.
 */
class HighContrastTest {

    private static final List<String> BACKGROUNDS = List.of("-color-bg-default", "-color-bg-subtle",
            "-color-bg-inset", "-color-accent-subtle", "-color-accent-muted");
    private static final List<String> TEXTS = List.of("-color-fg-default", "-color-fg-muted", "-color-fg-subtle",
            "-color-accent-fg", "-color-danger-fg", "-color-success-fg", "-color-warning-fg");

    @Test
    void every_text_colour_reaches_seven_to_one_and_every_border_three_to_one() throws Exception {
        Map<String, Color> palette = palette();
        assertThat(palette).containsKeys(TEXTS.toArray(String[]::new)).containsKeys(BACKGROUNDS.toArray(String[]::new));
        for (String text : TEXTS) {
            for (String background : BACKGROUNDS) {
                assertThat(contrast(palette.get(text), palette.get(background)))
                        .as("%s on %s", text, background).isGreaterThanOrEqualTo(7.0);
            }
        }
        // Each state's text on its own tint, and white text on every emphasis fill (buttons, badges).
        for (String state : List.of("danger", "success", "warning")) {
            assertThat(contrast(palette.get("-color-" + state + "-fg"), palette.get("-color-" + state + "-subtle")))
                    .as(state + " on its subtle tint").isGreaterThanOrEqualTo(7.0);
            assertThat(contrast(palette.get("-color-fg-emphasis"), palette.get("-color-" + state + "-emphasis")))
                    .as("emphasis text on " + state).isGreaterThanOrEqualTo(7.0);
        }
        assertThat(contrast(palette.get("-color-fg-emphasis"), palette.get("-color-accent-emphasis"))).isGreaterThanOrEqualTo(7.0);
        for (String border : List.of("-color-border-default", "-color-border-muted", "-color-border-subtle",
                "-color-focus-ring", "-color-accent-emphasis")) {
            assertThat(contrast(palette.get(border), palette.get("-color-bg-default"))).as(border).isGreaterThanOrEqualTo(3.0);
            assertThat(contrast(palette.get(border), palette.get("-color-bg-subtle"))).as(border).isGreaterThanOrEqualTo(3.0);
        }
    }

    @Test
    void choosing_the_theme_recolours_the_scene() {
        FxRuntime.start();
        AtomicReference<Color> fill = new AtomicReference<>();
        AtomicReference<List<String>> classes = new AtomicReference<>();
        AtomicReference<Boolean> markedAfterLight = new AtomicReference<>();
        FxRuntime.run(() -> {
            Appearance.applyDefaultTheme();
            Appearance appearance = new Appearance();
            Label label = new Label("复核 Review");
            Scene scene = new Scene(new StackPane(label), 300, 100);
            appearance.style(scene);
            appearance.themeProperty().set(Appearance.Theme.HIGH_CONTRAST);
            Stage stage = new Stage();
            stage.setScene(scene);
            stage.show();
            scene.getRoot().applyCss();
            fill.set((Color) label.getTextFill());
            classes.set(List.copyOf(scene.getRoot().getStyleClass()));
            appearance.themeProperty().set(Appearance.Theme.LIGHT);
            markedAfterLight.set(scene.getRoot().getStyleClass().contains(Appearance.HIGH_CONTRAST_CLASS));
            stage.hide();
        });
        assertThat(classes.get()).contains(Appearance.HIGH_CONTRAST_CLASS);
        assertThat(markedAfterLight.get()).isFalse();
        assertThat(fill.get()).isEqualTo(Color.BLACK);
        assertThat(Appearance.Theme.named("HIGH_CONTRAST")).isEqualTo(Appearance.Theme.HIGH_CONTRAST);
        assertThat(Appearance.Theme.named("PURPLE")).isEqualTo(Appearance.Theme.LIGHT);
    }

    /** The looked-up colours the stylesheet's {@code .root.high-contrast} rule sets. */
    private static Map<String, Color> palette() throws Exception {
        URL css = Objects.requireNonNull(HighContrastTest.class.getResource("/css/workstation.css"));
        Map<String, Color> out = new HashMap<>();
        for (Rule rule : new CssParser().parse(css).getRules()) {
            if (rule.getSelectors().size() == 1 && rule.getSelectors().getFirst().toString().contains("high-contrast")
                    && rule.getSelectors().getFirst().toString().contains("root")) {
                for (Declaration d : rule.getDeclarations()) {
                    if (d.getParsedValue().convert(null) instanceof Color c) {
                        out.put(d.getProperty(), c);
                    }
                }
            }
        }
        return out;
    }

    /** WCAG 2.2 contrast ratio of two opaque colours. */
    static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
