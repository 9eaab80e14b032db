package org.redress.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FeedReadingTest {
    static final String LEDGER_HEADER = "reference,agency,subject_id,subject_name,scheme,rule,points,imposed_on";

    @TempDir
    Path dir;

    static final class Collect implements FeedRecordSink {
        final List<RawRecord> records = new ArrayList<>();
        final List<FeedProblem> problems = new ArrayList<>();

        @Override
        public void record(RawRecord record) {
            records.add(record);
        }

        @Override
        public void problem(FeedProblem problem) {
            problems.add(problem);
        }
    }

    Collect readCsv(byte[] bytes) throws IOException {
        Path f = dir.resolve("feed.csv");
        Files.write(f, bytes);
        Collect c = new Collect();
        new CsvFeedReader().read(f, c);
        return c;
    }

    Collect readCsv(String text) throws IOException {
        return readCsv(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void quoted_newlines_stay_inside_the_field_and_later_records_keep_their_physical_line() throws IOException {
        Collect c = readCsv(LEDGER_HEADER + "\n"
                + "R1,AG,110105194912310021,\"张\n三\",RC,RC-F01,-10,2026-01-05\n"
                + "R2,AG,110105194912310021,李四,RC,RC-F01,-10,2026-01-06\n");
        assertThat(c.problems).isEmpty();
        assertThat(c.records).hasSize(2);
        assertThat(c.records.get(0).verbatim("subject_name")).isEqualTo("张\n三");
        assertThat(c.records.get(0).where().position()).isEqualTo("line 2");
        assertThat(c.records.get(1).where().position()).isEqualTo("line 4");
    }

    @Test
    void a_record_with_the_wrong_column_count_is_reported_with_its_line() throws IOException {
        Collect c = readCsv(LEDGER_HEADER + "\nR1,AG,110105194912310021,Zhang San,RC,RC-F01,-10\n");
        assertThat(c.records).isEmpty();
        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p.where().position()).isEqualTo("line 2");
            assertThat(p.message()).contains("7 columns").contains("header has 8");
        });
    }

    static final byte[] GBK_ZHANG_SAN = {(byte) 0xD5, (byte) 0xC5, (byte) 0xC8, (byte) 0xFD}; // 张三 in GBK

    static byte[] bytes(Object... parts) {
        var out = new java.io.ByteArrayOutputStream();
        for (Object part : parts) {
            byte[] b = part instanceof byte[] raw ? raw : part.toString().getBytes(StandardCharsets.UTF_8);
            out.writeBytes(b);
        }
        return out.toByteArray();
    }

    @Test
    void bad_utf8_is_reported_with_line_field_and_bytes_and_reading_goes_on() throws IOException {
        Collect c = readCsv(bytes(LEDGER_HEADER + "\nR1,AG,110105194912310021,", GBK_ZHANG_SAN, ",RC,RC-F01,-10,2026-01-05\n",
                "R2,AG,110105194912310021,Li Si,RC,RC-F01,-10,2026-01-06\n",
                "R3,AG,110105194912310021,Wang Wu,RC,RC-F", new byte[] {(byte) 0xFF}, "01,-10,2026-01-07\n"));

        assertThat(c.problems).isEmpty();
        assertThat(c.records).hasSize(3);
        assertThat(c.records.get(0).readingProblems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.where().position()).isEqualTo("line 2");
            assertThat(p.field()).isEqualTo("subject_name");
            assertThat(p.message()).contains("line 2", "D5 C5 C8 FD", "not valid UTF-8");
        });
        assertThat(c.records.get(1).readingProblems()).isEmpty();
        assertThat(c.records.get(2).readingProblems()).singleElement().satisfies(p -> {
            assertThat(p.where().position()).isEqualTo("line 4");
            assertThat(p.field()).isEqualTo("rule");
            assertThat(p.message()).contains("FF");
        });
    }

    @Test
    void a_bad_byte_on_a_later_line_of_a_multi_line_record_names_that_line() throws IOException {
        Collect c = readCsv(bytes(LEDGER_HEADER + "\nR1,AG,110105194912310021,\"Zhang\n", GBK_ZHANG_SAN,
                "\",RC,RC-F01,-10,2026-01-05\nR2,AG,110105194912310021,Li,RC,RC-F01,-10,2026-01-06\n"));

        assertThat(c.records).hasSize(2);
        assertThat(c.records.get(0).readingProblems()).singleElement().satisfies(p -> {
            assertThat(p.where().position()).isEqualTo("line 2");
            assertThat(p.message()).contains("line 3");
        });
        assertThat(c.records.get(1).where().position()).isEqualTo("line 4");
    }

    @Test
    void bad_bytes_in_a_json_string_are_reported_with_the_element_and_field_and_reading_goes_on() throws IOException {
        Path f = dir.resolve("feed.json");
        Files.write(f, bytes("{\"ledgerEvents\": [\n {\"reference\": \"R1\", \"subject_name\": \"", GBK_ZHANG_SAN,
                "\"},\n {\"reference\": \"R2\", \"subject_name\": \"Li Si\"}\n]}"));
        Collect c = new Collect();
        new JsonFeedReader().read(f, c);

        assertThat(c.problems).isEmpty();
        assertThat(c.records).hasSize(2);
        assertThat(c.records.get(0).readingProblems()).singleElement().satisfies(p -> {
            assertThat(p.where().position()).startsWith("ledgerEvents[0]");
            assertThat(p.field()).isEqualTo("subject_name");
            assertThat(p.message()).contains("line 2", "D5 C5 C8 FD");
        });
        assertThat(c.records.get(1).readingProblems()).isEmpty();
    }

    @Test
    void a_byte_order_mark_is_skipped() throws IOException {
        byte[] body = (LEDGER_HEADER + "\nR1,AG,110105194912310021,Zhang,RC,RC-F01,-10,2026-01-05\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Collect c = readCsv(withBom);
        assertThat(c.problems).isEmpty();
        assertThat(c.records).singleElement().satisfies(r -> assertThat(r.get("reference")).isEqualTo("R1"));
    }

    @Test
    void missing_and_unknown_header_columns_are_named() throws IOException {
        Collect c = readCsv("reference,agency,subject_id,scheme,rule,points,imposed_on,colour\n");
        assertThat(c.problems).extracting(FeedProblem::describe)
                .anySatisfy(d -> assertThat(d).contains("subject_name"))
                .anySatisfy(d -> assertThat(d).contains("line 1").contains("'colour'").contains("column 8")
                        .contains("unknown column"));
    }

    @Test
    void an_unterminated_quote_is_reported_not_thrown() throws IOException {
        Collect c = readCsv(LEDGER_HEADER + "\nR1,AG,110105194912310021,\"Zhang,RC,RC-F01,-10,2026-01-05\n");
        assertThat(c.problems).isNotEmpty();
        assertThat(c.problems.getFirst().where().position()).isEqualTo("line 2");
    }

    @Test
    void formula_like_cells_are_kept_as_text_on_the_way_in() throws IOException {
        Collect c = readCsv(LEDGER_HEADER + "\nR1,AG,110105194912310021,=HYPERLINK(\"x\"),RC,RC-F01,-10,2026-01-05\n");
        assertThat(c.records).singleElement()
                .satisfies(r -> assertThat(r.get("subject_name")).isEqualTo("=HYPERLINK(\"x\")"));
    }

    @Test
    void formula_like_cells_are_escaped_in_csv_we_write_but_negative_points_stay_numbers() throws IOException {
        StringWriter out = new StringWriter();
        try (var printer = SafeCsv.printer(out)) {
            SafeCsv.printRow(printer, List.of("=1+1", "+SUM(A1)", "@cmd", "-20", "-x", "plain"));
        }
        assertThat(out.toString().strip()).isEqualTo("'=1+1,'+SUM(A1),'@cmd,-20,'-x,plain");
    }

    static String readAll(java.io.Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[777];
        for (int n; (n = reader.read(buffer, 0, buffer.length)) >= 0; ) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    @Test
    void the_utf8_reader_decodes_valid_text_across_buffer_boundaries_unchanged() throws IOException {
        String text = "张三李四\r\n".repeat(40_000) + "😀\n";
        Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));

        assertThat(readAll(reader)).isEqualTo(text);
        assertThat(reader.badBytes()).isEmpty();
    }

    @Test
    void the_utf8_reader_replaces_each_run_of_bad_bytes_once_and_says_where_it_was() throws IOException {
        byte[] data = bytes("ok\r\nA", GBK_ZHANG_SAN, "B\rC", new byte[] {(byte) 0xC0}, "\n张", new byte[] {(byte) 0xE5, (byte) 0xBC});
        Utf8Reader reader = new Utf8Reader(new ByteArrayInputStream(data));

        assertThat(readAll(reader)).isEqualTo("ok\r\nA\uFFFDB\rC\uFFFD\n张\uFFFD");
        assertThat(reader.badBytes()).extracting(Utf8Reader.BadBytes::line, Utf8Reader.BadBytes::byteOffset,
                Utf8Reader.BadBytes::hex).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, 5L, "D5 C5 C8 FD"),
                org.assertj.core.groups.Tuple.tuple(3L, 12L, "C0"),
                org.assertj.core.groups.Tuple.tuple(4L, 17L, "E5 BC"));
    }

    @Test
    void json_feed_reports_syntax_errors_with_line_and_column() throws IOException {
        Path f = dir.resolve("feed.json");
        Files.writeString(f, "{\"ledgerEvents\": [\n {\"reference\": \"R1\",,}\n]}");
        Collect c = new Collect();
        new JsonFeedReader().read(f, c);
        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p.where().position()).startsWith("line 2");
            assertThat(p.message()).contains("not well-formed JSON");
        });
    }

    @Test
    void json_feed_reads_both_arrays_with_element_positions_and_joins_lists() throws IOException {
        Path f = dir.resolve("feed.json");
        Files.writeString(f, """
                {"ledgerEvents": [{"reference": "R1", "points": -10, "subject_name": "张三"}],
                 "appeals": [{"reference": "A1", "disputed": ["R1", "R2"], "grounds": ["NOT_ME"]}]}
                """);
        Collect c = new Collect();
        new JsonFeedReader().read(f, c);
        assertThat(c.problems).isEmpty();
        assertThat(c.records).hasSize(2);
        assertThat(c.records.get(0).kind()).isEqualTo(FeedKind.LEDGER);
        assertThat(c.records.get(0).get("points")).isEqualTo("-10");
        assertThat(c.records.get(0).where().position()).startsWith("ledgerEvents[0]");
        assertThat(c.records.get(1).get("disputed")).isEqualTo("R1;R2");
    }
}
