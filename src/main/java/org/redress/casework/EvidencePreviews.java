package org.redress.casework;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Permission;
import org.redress.evidence.EvidenceStore;
import org.redress.security.Authorization;
import org.redress.store.Workspace;
import org.redress.vault.SealedFiles;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Previews of evidence files, read from the workspace's content-addressed folder: a PDF's first
 * page rendered as an image, an image as it is. Rendering takes time: call it off the UI thread.
 */
public final class EvidencePreviews {

    private final EvidenceStore store;
    private final SealedFiles files;

    public EvidencePreviews(Workspace workspace) {
        this.store = new EvidenceStore(workspace.evidenceDir());
        this.files = SealedFiles.reading(workspace);
    }

    /** Where the evidence store keeps a file: {@code evidence/ab/cd/<sha256>}. */
    public Path file(Officer viewer, String sha256) {
        Authorization.require(viewer, Permission.READ_CASES);
        return store.file(sha256);
    }

    /**
     * The first page of a PDF at {@code dpi}, or the image itself; empty for other kinds of file
     * (and for a file missing from the workspace).
     */
    public Optional<BufferedImage> preview(Officer viewer, AttachmentLine attachment, float dpi) {
        Path path = file(viewer, attachment.sha256());
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = files.read(path);
            if (attachment.isPdf()) {
                try (PDDocument document = Loader.loadPDF(bytes)) {
                    if (document.getNumberOfPages() == 0) {
                        return Optional.empty();
                    }
                    return Optional.of(new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB));
                }
            }
            if (attachment.isImage()) {
                return Optional.ofNullable(ImageIO.read(new java.io.ByteArrayInputStream(bytes)));
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot preview " + attachment.fileName(), e);
        }
    }

    /** How many pages a PDF has; 1 for an image. */
    public int pages(Officer viewer, AttachmentLine attachment) {
        Authorization.require(viewer, Permission.READ_CASES);
        if (!attachment.isPdf()) {
            return 1;
        }
        try (PDDocument document = Loader.loadPDF(files.read(file(viewer, attachment.sha256())))) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + attachment.fileName(), e);
        }
    }
}
