package org.redress.letters;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

import java.io.ByteArrayInputStream;
import java.util.List;

/**
 * veraPDF for the suite: initialised once (its first call takes seconds) and one validator reused
 * for every file, under a lock since the validator keeps state while it runs.
 */
public final class PdfAValidation {

    private static PDFAValidator validator;

    private PdfAValidation() {
    }

    /** The failed rules ("6.2.11.4.1-1: message"); empty when the file is PDF/A-3u. */
    public static synchronized List<String> violations(byte[] pdf) {
        try {
            if (validator == null) {
                VeraGreenfieldFoundryProvider.initialise();
                validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_3_U, false);
            }
            try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf),
                    PDFAFlavour.PDFA_3_U)) {
                ValidationResult result = validator.validate(parser);
                return result.getTestAssertions().stream()
                        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                        .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": "
                                + a.getMessage())
                        .distinct().toList();
            }
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate the file: " + e, e);
        }
    }
}
