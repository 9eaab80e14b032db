package org.redress.demo;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceLibraryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static EvidenceLibrary library;

    @BeforeAll
    static void draw() {
        library = EvidenceLibrary.draw(20261127L, TODAY);
    }

    @Test
    void the_library_holds_forty_pdfs_and_forty_pictures_all_different() {
        List<EvidenceFile> files = library.files();

        assertThat(files.stream().filter(f -> f.mediaType().equals("application/pdf"))).hasSize(40);
        assertThat(files.stream().filter(f -> f.mediaType().startsWith("image/"))).hasSize(40);
        assertThat(files.stream().map(EvidenceFile::sha256).distinct()).hasSize(80);
        assertThat(files).allSatisfy(f -> assertThat(f.sha256()).isEqualTo(EvidenceLibrary.sha256(f.content())));
    }

    @Test
    void the_same_seed_and_day_draw_the_same_bytes_and_another_seed_other_ones() {
        var again = EvidenceLibrary.draw(20261127L, TODAY);
        var other = EvidenceLibrary.draw(1L, TODAY);

        assertThat(again.files()).map(EvidenceFile::sha256).containsExactlyElementsOf(
                library.files().stream().map(EvidenceFile::sha256).toList());
        assertThat(other.files().stream().map(EvidenceFile::sha256)).doesNotContainAnyElementsOf(
                library.files().stream().map(EvidenceFile::sha256).toList());
    }

    @Test
    void every_pdf_is_one_readable_page_with_latin_text() throws IOException {
        for (EvidenceFile file : library.files()) {
            if (!file.extension().equals("pdf")) {
                continue;
            }
            try (var document = Loader.loadPDF(file.content())) {
                assertThat(document.getNumberOfPages()).isEqualTo(1);
                assertThat(new PDFTextStripper().getText(document)).contains(EvidenceText.of(file.kind(),
                        new java.util.SplittableRandom(20261127L * 31 + file.kind().ordinal() * 1_000L + file.variant()),
                        TODAY).title());
            }
        }
    }

    @Test
    void every_picture_decodes_as_the_format_its_extension_names() throws IOException {
        for (EvidenceFile file : library.files()) {
            if (file.extension().equals("pdf")) {
                continue;
            }
            var image = ImageIO.read(new ByteArrayInputStream(file.content()));
            assertThat(image).as(file.toString()).isNotNull();
            assertThat(image.getWidth()).isGreaterThan(400);
            boolean png = file.content()[1] == 'P' && file.content()[2] == 'N' && file.content()[3] == 'G';
            assertThat(png).isEqualTo(file.extension().equals("png"));
            assertThat(file.extension()).isEqualTo(EvidenceLibrary.extension(file.kind(), file.variant()));
        }
    }
}
