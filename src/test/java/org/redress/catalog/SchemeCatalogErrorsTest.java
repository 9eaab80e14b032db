package org.redress.catalog;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.domain.scheme.Catalog;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Broken catalog files are refused with errors that name the file and the rule. */
class SchemeCatalogErrorsTest {

    private static final String SANCTIONS = """
            {"sanctions": [
              {"code": "NO_FLIGHTS", "title": {"zh": "限制乘坐飞机", "en": "Barred from flights"}},
              {"code": "LOAN_RESTRICTED", "title": {"zh": "限制贷款", "en": "Loans restricted"}}
            ]}
            """;

    private static final String BASIS = """
            "legalBasis": {"instrument": {"zh": "《测试办法》", "en": "Test Measures"},
                           "article": {"zh": "第一条", "en": "Article 1"}}""";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static String rangeScheme(String code, String rules) {
        return """
                {"code": "%s", "kind": "RANGE", "name": {"zh": "测试分", "en": "Test score"},
                 "version": "1", "effectiveFrom": "2020-01-01", "financial": true,
                 "base": 600, "min": 350, "max": 950, "fourEyesReversalThresholdPoints": 50,
                 "bands": [
                   {"code": "HIGH", "title": {"zh": "高", "en": "High"}, "min": 600, "max": 950},
                   {"code": "LOW", "title": {"zh": "低", "en": "Low"}, "min": 350, "max": 599,
                    "sanctions": ["LOAN_RESTRICTED"]}
                 ],
                 "rules": [%s]}
                """.formatted(code, rules);
    }

    private static String rule(String code, String extra) {
        return """
                {"code": "%s", "title": {"zh": "逾期", "en": "Overdue"}, %s,
                 "category": "FINANCIAL", "effectiveFrom": "2020-01-01"%s}
                """.formatted(code, BASIS, extra.isEmpty() ? "" : ", " + extra);
    }

    private CatalogException refused(Path... files) {
        return catchThrowableOfType(CatalogException.class, () -> SchemeCatalog.fromFiles(List.of(files)));
    }

    @Test
    void valid_files_load() throws IOException {
        Catalog catalog = SchemeCatalog.fromFiles(List.of(write("sanctions.json", SANCTIONS),
                write("test.json", rangeScheme("TEST", rule("T-1", "\"points\": -10")))));
        assertThat(catalog.ruleCount()).isEqualTo(1);
    }

    @Test
    void malformed_json_is_reported_with_file_and_line() throws IOException {
        Path broken = write("broken.json", "{\"code\": \"X\",\n \"kind\": }");
        CatalogException e = refused(write("sanctions.json", SANCTIONS), broken);
        assertThat(e.problems()).singleElement().asString()
                .startsWith(broken.toString()).contains("malformed JSON at line 2");
    }

    @Test
    void duplicate_rule_codes_are_reported_with_file_and_rule() throws IOException {
        Path scheme = write("dup.json", rangeScheme("TEST",
                rule("T-1", "\"points\": -10") + "," + rule("T-1", "\"points\": -20")));
        CatalogException e = refused(write("sanctions.json", SANCTIONS), scheme);
        assertThat(e.problems()).singleElement().asString()
                .contains("dup.json").contains("rule T-1").contains("duplicate rule code");
    }

    @Test
    void overlapping_versions_are_reported() throws IOException {
        Path scheme = write("overlap.json", rangeScheme("TEST",
                rule("T-1", "\"points\": -10, \"effectiveTo\": \"2023-12-31\"")
                        + "," + rule("T-1", "\"points\": -20").replace("2020-01-01", "2023-06-01")));
        CatalogException e = refused(write("sanctions.json", SANCTIONS), scheme);
        assertThat(e.getMessage()).contains("overlap.json").contains("rule T-1")
                .contains("2020-01-01 and 2023-06-01 overlap");
    }

    @Test
    void points_outside_the_schemes_range_are_reported() throws IOException {
        Path scheme = write("points.json", rangeScheme("TEST", rule("T-9", "\"points\": -700")));
        CatalogException e = refused(write("sanctions.json", SANCTIONS), scheme);
        assertThat(e.problems()).singleElement().asString()
                .contains("points.json").contains("rule T-9").contains("outside the scheme's range");
    }

    @Test
    void a_range_of_points_turned_upside_down_is_reported_at_its_path() throws IOException {
        Path scheme = write("range.json", rangeScheme("TEST", rule("T-2", "\"points\": {\"min\": -10, \"max\": -50}")));
        CatalogException e = refused(write("sanctions.json", SANCTIONS), scheme);
        assertThat(e.problems()).singleElement().asString()
                .contains("range.json").contains("rules[0] (T-2).points").contains("empty");
    }

    @Test
    void an_unknown_sanction_code_is_reported_with_the_rule() throws IOException {
        Path scheme = write("sanction.json", rangeScheme("TEST",
                rule("T-3", "\"points\": -10, \"sanctions\": [\"NO_TELEPORTING\"]")));
        CatalogException e = refused(write("sanctions.json", SANCTIONS), scheme);
        assertThat(e.problems()).singleElement().asString()
                .contains("sanction.json").contains("rule T-3").contains("unknown sanction NO_TELEPORTING");
    }

    @Test
    void a_misspelt_field_is_reported_rather_than_ignored() throws IOException {
        Path scheme = write("typo.json", rangeScheme("TEST", rule("T-4", "\"pionts\": -10")));
        CatalogException e = refused(write("sanctions.json", SANCTIONS), scheme);
        assertThat(e.problems()).singleElement().asString()
                .contains("typo.json").contains("rules[0] (T-4).pionts").contains("unknown field");
    }

    @Test
    void a_missing_chinese_title_is_reported_at_its_path() throws IOException {
        Path scheme = write("title.json", rangeScheme("TEST",
                rule("T-5", "\"points\": -10").replace("\"zh\": \"逾期\", ", "")));
        CatalogException e = refused(write("sanctions.json", SANCTIONS), scheme);
        assertThat(e.problems()).singleElement().asString()
                .contains("title.json").contains("rules[0] (T-5).title.zh").contains("missing");
    }

    @Test
    void an_unknown_grade_to_drop_to_is_reported() throws IOException {
        Path scheme = write("drop.json", rangeScheme("TEST", rule("T-6", "\"points\": -10, \"dropsToGrade\": \"Z\"")));
        assertThat(refused(write("sanctions.json", SANCTIONS), scheme).getMessage())
                .contains("rule T-6").contains("unknown grade Z");
    }

    @Test
    void bands_with_a_gap_are_reported() throws IOException {
        Path scheme = write("gap.json", rangeScheme("TEST", rule("T-1", "\"points\": -10"))
                .replace("\"min\": 350, \"max\": 599", "\"min\": 350, \"max\": 589"));
        assertThat(refused(write("sanctions.json", SANCTIONS), scheme).getMessage())
                .contains("gap.json").contains("HIGH and LOW must meet");
    }

    @Test
    void every_broken_file_is_reported_in_one_pass() throws IOException {
        CatalogException e = refused(write("sanctions.json", SANCTIONS),
                write("one.json", "not json"),
                write("two.json", rangeScheme("TWO", rule("T-1", "\"pionts\": 1"))));
        assertThat(e.problems()).hasSize(2);
        assertThat(e.problems().get(0)).contains("one.json");
        assertThat(e.problems().get(1)).contains("two.json");
    }

    @Test
    void the_same_scheme_in_two_files_names_both() throws IOException {
        String scheme = rangeScheme("TEST", rule("T-1", "\"points\": -10"));
        CatalogException e = refused(write("sanctions.json", SANCTIONS), write("a.json", scheme), write("b.json", scheme));
        assertThat(e.problems()).singleElement().asString()
                .contains("a.json").contains("b.json").contains("duplicate scheme code");
    }

    @Test
    void a_catalog_without_a_sanctions_file_is_refused() throws IOException {
        CatalogException e = refused(write("test.json", rangeScheme("TEST", rule("T-1", "\"points\": -10"))));
        assertThat(e.getMessage()).contains("no sanctions file");
    }

    @Test
    void a_missing_index_is_reported_by_name() {
        assertThatThrownBy(() -> SchemeCatalog.fromClasspath(getClass().getClassLoader(), "catalogs/none/index.json"))
                .isInstanceOf(CatalogException.class).hasMessageContaining("catalogs/none/index.json");
    }

    @Test
    void a_file_named_in_the_index_but_absent_is_reported() {
        CatalogException e = catchThrowableOfType(CatalogException.class, () -> SchemeCatalog.load(List.of(
                CatalogSource.classpath(getClass().getClassLoader(), "catalogs/schemes/sanctions.json"),
                CatalogSource.classpath(getClass().getClassLoader(), "catalogs/schemes/missing.json"))));
        assertThat(e.problems()).singleElement().asString().contains("missing.json").contains("cannot be read");
    }
}
