package org.redress.letters.pdf;

import org.jspecify.annotations.Nullable;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.AdobePDFSchema;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.PDFAIdentificationSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.type.BadFieldValueException;
import org.apache.xmpbox.xml.XmpSerializer;

import javax.xml.transform.TransformerException;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.Map;

/**
 * What makes a letter PDF/A-3u besides its embedded fonts: XMP metadata agreeing with the
 * document information, an sRGB output intent (Java's built-in profile), and the decision record
 * embedded as an associated file ({@code AFRelationship Data}). One instance per worker: it reuses
 * its {@link XmpSerializer}, whose creation costs a service lookup.
 */
public final class PdfA {

    public static final String PRODUCER = "Redress (Apache PDFBox 3)";
    private static final String SRGB = "sRGB IEC61966-2.1";
    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private final XmpSerializer serializer = new XmpSerializer();

    /**
     * Document information and XMP that say the same, plus PDF/A-3u identification.
     *
     * @param created the moment of issue with the office's offset; also the modification date
     * @param lang    the document's language (as in {@code /Lang}), for the XMP's language alternatives
     */
    public record Metadata(String title, String author, String subject, Calendar created, String lang) {
    }

    /** An attachment carried inside the PDF. */
    public record Attachment(String fileName, String mimeType, String description, byte[] bytes) {
    }

    public void apply(PDDocument document, Metadata metadata, Attachment attachment) {
        try {
            PDDocumentCatalog catalog = document.getDocumentCatalog();
            describe(document, catalog, metadata);
            PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB_PROFILE));
            intent.setInfo(SRGB);
            intent.setOutputCondition(SRGB);
            intent.setOutputConditionIdentifier(SRGB);
            intent.setRegistryName("http://www.color.org");
            catalog.addOutputIntent(intent);
            attach(document, catalog, metadata.created(), attachment);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void describe(PDDocument document, PDDocumentCatalog catalog, Metadata m) throws IOException {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(m.title());
        info.setAuthor(m.author());
        info.setSubject(m.subject());
        info.setCreator("Redress");
        info.setProducer(PRODUCER);
        info.setCreationDate(m.created());
        info.setModificationDate(m.created());

        XMPMetadata xmp = XMPMetadata.createXMPMetadata();
        DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
        dc.setTitle(m.title());
        dc.addCreator(m.author());
        dc.setDescription(m.subject());
        dc.addLanguage(m.lang());
        AdobePDFSchema pdf = xmp.createAndAddAdobePDFSchema();
        pdf.setProducer(PRODUCER);
        XMPBasicSchema basic = xmp.createAndAddXMPBasicSchema();
        basic.setCreatorTool("Redress");
        basic.setCreateDate(m.created());
        basic.setModifyDate(m.created());
        basic.setMetadataDate(m.created());
        PDFAIdentificationSchema id = xmp.createAndAddPDFAIdentificationSchema();
        id.setPart(3);
        try {
            id.setConformance("U");
        } catch (BadFieldValueException e) {
            throw new IllegalStateException("U is a PDF/A conformance level", e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            serializer.serialize(xmp, out, true);
        } catch (TransformerException e) {
            throw new IOException("cannot write the XMP metadata", e);
        }
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(out.toByteArray());
        catalog.setMetadata(metadata);
    }

    private static void attach(PDDocument document, PDDocumentCatalog catalog, Calendar when, Attachment a)
            throws IOException {
        PDEmbeddedFile file = new PDEmbeddedFile(document, new ByteArrayInputStream(a.bytes()), COSName.FLATE_DECODE);
        file.setSubtype(a.mimeType());
        file.setSize(a.bytes().length);
        file.setCreationDate(when);
        file.setModDate(when);
        PDComplexFileSpecification spec = new PDComplexFileSpecification();
        spec.setFile(a.fileName());
        spec.setFileUnicode(a.fileName());
        spec.setEmbeddedFile(file);
        spec.setEmbeddedFileUnicode(file);
        spec.setFileDescription(a.description());
        spec.getCOSObject().setItem(COSName.getPDFName("AFRelationship"), COSName.getPDFName("Data"));
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(Map.of(a.fileName(), spec));
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(catalog);
        names.setEmbeddedFiles(tree);
        catalog.setNames(names);
        COSArray associated = new COSArray();
        associated.add(spec);
        catalog.getCOSObject().setItem(COSName.AF, associated);
    }

    /** The bytes of the attachment named {@code fileName}, or null when the document carries none. */
    public static byte @Nullable [] attachment(PDDocument document, String fileName) throws IOException {
        PDDocumentNameDictionary names = document.getDocumentCatalog().getNames();
        if (names == null || names.getEmbeddedFiles() == null) {
            return null;
        }
        Map<String, PDComplexFileSpecification> files = names.getEmbeddedFiles().getNames();
        if (files == null) {
            return null;
        }
        PDComplexFileSpecification spec = files.get(fileName);
        if (spec == null) {
            return null;
        }
        PDEmbeddedFile file = spec.getEmbeddedFileUnicode() != null ? spec.getEmbeddedFileUnicode()
                : spec.getEmbeddedFile();
        return file == null ? null : file.toByteArray();
    }
}
