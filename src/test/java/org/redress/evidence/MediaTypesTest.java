package org.redress.evidence;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MediaTypesTest {

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    @Test
    void the_magic_number_decides_not_the_name() {
        assertThat(MediaTypes.sniff("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), "photo.jpg")).isEqualTo(MediaTypes.PDF);
        assertThat(MediaTypes.sniff(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0), "x.pdf")).isEqualTo(MediaTypes.PNG);
        assertThat(MediaTypes.sniff(bytes(0xFF, 0xD8, 0xFF, 0xE0), "scan")).isEqualTo(MediaTypes.JPEG);
        assertThat(MediaTypes.sniff("GIF89a..".getBytes(StandardCharsets.US_ASCII), "a")).isEqualTo(MediaTypes.GIF);
        assertThat(MediaTypes.sniff(bytes('P', 'K', 3, 4, 20), "report.docx")).isEqualTo(MediaTypes.ZIP);
        assertThat(MediaTypes.sniff(bytes('M', 'Z', 0x90, 0, 3, 0), "photo.jpg")).isEqualTo(MediaTypes.UNKNOWN);
    }

    @Test
    void text_is_plain_or_csv_by_its_name() {
        byte[] text = "申请人说明\r\nline two\t".getBytes(StandardCharsets.UTF_8);
        assertThat(MediaTypes.sniff(text, "statement.txt")).isEqualTo(MediaTypes.TEXT);
        assertThat(MediaTypes.sniff(text, "LEDGER.CSV")).isEqualTo(MediaTypes.CSV);
        assertThat(MediaTypes.sniff(new byte[0], "empty.txt")).isEqualTo(MediaTypes.UNKNOWN);
    }

    @Property
    void any_bytes_get_a_media_type(@ForAll byte[] head, @ForAll String name) {
        assertThat(MediaTypes.sniff(head, name)).isNotBlank().contains("/");
    }

    @Property
    void anything_after_a_pdf_header_is_a_pdf(@ForAll byte[] tail) {
        byte[] head = new byte[5 + tail.length];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, head, 0, 5);
        System.arraycopy(tail, 0, head, 5, tail.length);
        assertThat(MediaTypes.sniff(head, "x")).isEqualTo(MediaTypes.PDF);
    }
}
