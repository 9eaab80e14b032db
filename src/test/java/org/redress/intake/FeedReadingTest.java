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

    @Test
    void bad_utf8_is_reported_with_line_and_bytes_and_no_record_is_read() throws IOException {
        byte[] head = (LEDGER_HEADER + "\nR1,AG,110105194912310021,").getBytes(StandardCharsets.UTF_8);
        byte[] gbk = {(byte) 0xD5, (byte) 0xC5, (byte) 0xC8, (byte) 0xFD}; // 张三 in GBK
        byte[] tail = ",RC,RC-F01,-10,2026-01-05\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + gbk.length + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(gbk, 0, all, head.length, gbk.length);
        System.arraycopy(tail, 0, all, head.length + gbk.length, tail.length);
        Collect c = readCsv(all);
        assertThat(c.records).isEmpty();
        assertThat(c.problems).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.where().position()).isEqualTo("line 2");
            assertThat(p.message()).contains("not valid UTF-8").contains("D5");
        });
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
                .anySatisfy(d -> assertThat(d).contains("'colour'").contains("unknown column"));
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

    @Test
    void utf8_check_accepts_valid_text_across_buffer_boundaries() throws IOException {
        String text = "张三李四".repeat(40_000) + "\n";
        assertThat(Utf8Check.firstMalformed(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)))).isNull();
    }

    @Test
    void utf8_check_reports_a_truncated_sequence_at_the_end() throws IOException {
        byte[] good = "ok\n张".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(good, good.length - 1);
        assertThat(Utf8Check.firstMalformed(new ByteArrayInputStream(cut))).isNotNull()
                .satisfies(m -> assertThat(m.line()).isEqualTo(2));
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
