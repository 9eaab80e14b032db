package org.redress.letters.print;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

import javax.print.PrintService;
import java.awt.image.BufferedImage;
import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Letters to print as one job (issue 17): one or several PDFs joined in order into one document,
 * its pages rendered for a preview, and printed through Java's printing system with PDFBox's
 * {@link PDFPageable} — each page at its own size and orientation, the text as vector outlines, so
 * the paper copy is the letter as issued. The platform's print dialog ({@link #printWithDialog})
 * chooses the printer; {@link #print(PrintService)} prints to a given service without asking.
 */
public final class PrintDocument implements AutoCloseable {

    private final PDDocument document;
    private final String jobName;
    private final PDFRenderer renderer;

    private PrintDocument(PDDocument document, String jobName) {
        this.document = document;
        this.jobName = jobName;
        this.renderer = new PDFRenderer(document);
    }

    /**
     * Joins {@code pdfs} in order.
     *
     * @throws IllegalArgumentException when there is nothing to print
     * @throws UncheckedIOException when a PDF cannot be read
     */
    public static PrintDocument of(List<byte[]> pdfs, String jobName) {
        if (pdfs.isEmpty()) {
            throw new IllegalArgumentException("nothing to print");
        }
        try {
            PDDocument joined = Loader.loadPDF(pdfs.getFirst());
            PDFMergerUtility merger = new PDFMergerUtility();
            for (byte[] next : pdfs.subList(1, pdfs.size())) {
                try (PDDocument more = Loader.loadPDF(next)) {
                    merger.appendDocument(joined, more);
                }
            }
            return new PrintDocument(joined, jobName);
        } catch (IOException e) {
            throw new UncheckedIOException("a letter to print cannot be read: " + e.getMessage(), e);
        }
    }

    public int pages() {
        return document.getNumberOfPages();
    }

    /** Page {@code index} (from 0) as an image, for the preview. */
    public BufferedImage page(int index, float dpi) {
        try {
            return renderer.renderImageWithDPI(index, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints every page to {@code service} (a printer, or a stream service writing PostScript). */
    public void print(PrintService service) throws PrinterException {
        PrinterJob job = job();
        job.setPrintService(service);
        job.print();
    }

    /**
     * Shows the platform's print dialog and prints if the officer confirms it; false when the dialog
     * was cancelled (nothing printed).
     */
    public boolean printWithDialog() throws PrinterException {
        PrinterJob job = job();
        if (!job.printDialog()) {
            return false;
        }
        job.print();
        return true;
    }

    private PrinterJob job() {
        PrinterJob job = PrinterJob.getPrinterJob();
        job.setJobName(jobName);
        job.setPageable(new PDFPageable(document));
        return job;
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
