package org.redress.casework;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.domain.appeal.CaseStatus;
import org.redress.store.Workspace;

import java.awt.image.BufferedImage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class EvidencePreviewsTest {

    private static CaseworkFixture fixture;
    private static List<AttachmentLine> attachments;

    @BeforeAll
    static void workspace() {
        fixture = CaseworkFixture.create();
        attachments = java.util.Arrays.stream(CaseStatus.values()).flatMap(s -> fixture.cases(s).stream())
                .flatMap(l -> fixture.caseFiles().load(l.caseId(), fixture.officer("sun.li")).attachments().stream())
                .toList();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static EvidencePreviews previews() {
        return new EvidencePreviews(new Workspace(fixture.folder.resolve("workspace")));
    }

    @Test
    void a_pdf_previews_as_its_first_page_rendered_at_the_asked_resolution() {
        AttachmentLine pdf = attachments.stream().filter(AttachmentLine::isPdf).findFirst().orElseThrow();

        Optional<BufferedImage> image = previews().preview(fixture.reader(), pdf, 72);

        // An A4 page at 72 dpi is 595 points wide.
        assertThat(image).get().satisfies(i -> assertThat(i.getWidth()).isBetween(580, 620));
        assertThat(previews().pages(fixture.reader(), pdf)).isPositive();
    }

    @Test
    void an_image_previews_as_itself() {
        AttachmentLine photo = attachments.stream().filter(AttachmentLine::isImage).findFirst().orElseThrow();

        assertThat(previews().preview(fixture.reader(), photo, 72)).get().satisfies(i -> assertThat(i.getWidth()).isPositive());
    }

    @Test
    void a_file_missing_from_the_workspace_has_no_preview() {
        AttachmentLine missing = new AttachmentLine(1, "lost.pdf", "ab".repeat(32), "application/pdf", 10, null,
                Instant.EPOCH, "OFFICER_SCAN", "test");

        assertThat(previews().preview(fixture.reader(), missing, 72)).isEmpty();
    }
}
