package org.redress.letters;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.FloatRange;
import org.redress.letters.pdf.LineBreaker;
import org.redress.letters.pdf.MissingGlyphPolicy;
import org.redress.letters.pdf.TextStyle;
import org.redress.letters.pdf.TypeFaces;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LineBreakerProperties {

    private static final TypeFaces FACES = TypeFaces.load(MissingGlyphPolicy.MARK);
    private static final LineBreaker BREAKER = new LineBreaker(FACES);
    private static final TextStyle STYLE = TextStyle.regular(10f);
    private static final String NO_LINE_START = "，。、；：？！）》」";
    private static final String HANGING = "，。、；：？！）》」』】〕〉”’…,.;:?!)\\]}%·";

    @Provide
    Arbitrary<String> mixedText() {
        Arbitrary<String> pieces = Arbitraries.of("经审查", "申请人", "的", "银行", "还款凭证", "，", "。", "、", "；", "：", "？",
                "！", "（", "）", "《", "》", "「", "」", " ", "the", "agency", "repaid", "2025-10-28", "-", "loan",
                "supercalifragilisticexpialidocious", "12345678901234567890", "𠮷");
        return pieces.list().ofMinSize(1).ofMaxSize(80).map(l -> String.join("", l));
    }

    @Property(tries = 300)
    void noLineIsWiderThanTheColumnOrStartsWithClosingPunctuation(@ForAll("mixedText") String text,
                                                                   @ForAll @FloatRange(min = 40f, max = 470f) float width) {
        List<String> lines = BREAKER.wrap(text, STYLE, width);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            // Only closing punctuation may hang past the margin (with any spaces before and inside the
            // hanging run, as in "，， ，" or "2025-10-28 ，" where no break keeps the punctuation off the
            // next line's start and the date is not cut).
            String body = line.replaceAll(" *[" + HANGING + "][" + HANGING + " ]*$", "");
            if (body.codePointCount(0, body.length()) > 1) {
                assertThat(FACES.width(body, STYLE)).as(line).isLessThanOrEqualTo(width + 0.02f);
            }
            if (i > 0 && !line.isEmpty()) {
                assertThat(NO_LINE_START.indexOf(line.charAt(0))).as("line %d starts with %s", i, line).isNegative();
            }
        }
    }

    @Property(tries = 300)
    void wrappingLosesNothingButTheSpacesItBreaksAt(@ForAll("mixedText") String text,
                                                   @ForAll @FloatRange(min = 40f, max = 470f) float width) {
        String joined = String.join("", BREAKER.wrap(text, STYLE, width));
        assertThat(joined.replace(" ", "")).isEqualTo(text.replace(" ", ""));
    }

    @Provide
    Arbitrary<String> textWithTokens() {
        Arbitrary<String> pieces = Arbitraries.of("经审查", "申请人", "的", "，", "。", " ", "the", "agency", "repaid", "by",
                "RD-L-2026-000123", "RD-2026-000042", "AG01-2025-00101", "2026-12-11", "2026年12月11日", "2026年4月3日",
                "11 December 2026", "3 April 2026", "15 个工作日", "-10 分", "10 points", "0631-7580123");
        return pieces.list().ofMinSize(1).ofMaxSize(60).map(l -> String.join(" ", l));
    }

    /** The tokens a line never breaks inside, when the line is wide enough to hold one. */
    private static final List<String> TOKENS = List.of("RD-L-2026-000123", "RD-2026-000042", "AG01-2025-00101",
            "2026-12-11", "2026年12月11日", "2026年4月3日", "11 December 2026", "3 April 2026", "15 个工作日", "-10 分",
            "10 points", "0631-7580123");

    @Property(tries = 300)
    void noLineBreaksInsideAReferenceOrADate(@ForAll("textWithTokens") String text,
                                             @ForAll @FloatRange(min = 100f, max = 470f) float width) {
        List<String> lines = BREAKER.wrap(text, STYLE, width);
        for (int i = 0; i + 1 < lines.size(); i++) {
            String joint = lines.get(i) + "\u0000" + lines.get(i + 1);
            for (String token : TOKENS) {
                for (int cut = 1; cut < token.length(); cut++) {
                    String split = token.substring(0, cut).stripTrailing() + "\u0000" + token.substring(cut).stripLeading();
                    assertThat(joint).as("%s split between lines %s", token, lines).doesNotContain(split);
                }
            }
        }
    }

    @net.jqwik.api.Example
    void a_run_of_closing_punctuation_with_a_space_inside_hangs_whole() {
        for (float width = 12f; width < 60f; width += 1f) {
            List<String> lines = BREAKER.wrap("查，，， ，", STYLE, width);
            for (int i = 1; i < lines.size(); i++) {
                assertThat(NO_LINE_START.indexOf(lines.get(i).charAt(0))).as("%s at %s", lines, width).isNegative();
            }
            String body = lines.getFirst().replaceAll("[" + HANGING + "][" + HANGING + " ]*$", "");
            assertThat(FACES.width(body, STYLE)).isLessThanOrEqualTo(width + 0.02f);
        }
    }

    @net.jqwik.api.Example
    void a_run_of_opening_brackets_is_cut_at_the_margin_not_run_past_it() {
        for (float width = 12f; width < 60f; width += 1f) {
            for (String line : BREAKER.wrap("（（（（经", STYLE, width)) {
                if (line.codePointCount(0, line.length()) > 1) {
                    assertThat(FACES.width(line, STYLE)).as("%s at %s", line, width).isLessThanOrEqualTo(width + 0.02f);
                }
            }
        }
    }
}
