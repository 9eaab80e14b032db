package org.redress.letters;

import org.redress.domain.scheme.LocalizedText;
import org.redress.letters.pdf.PdfA;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

/**
 * The document information every letter carries, decision letter or notice: title, author and
 * subject in the letter's language, created at the moment of issue in the office's zone.
 */
public final class LetterMetadata {

    private LetterMetadata() {
    }

    public static PdfA.Metadata of(LetterLanguage language, LocalizedText title, String referenceNo,
                                   Letterhead letterhead, String caseNo, OffsetDateTime issuedAt) {
        String shownTitle = switch (language) {
            case ZH -> title.zh();
            case EN -> title.en();
            case BILINGUAL -> title.zh() + " / " + title.en();
        } + " " + referenceNo;
        String author = language == LetterLanguage.EN ? letterhead.name().en() : letterhead.name().zh();
        String subject = switch (language) {
            case ZH -> "案件 " + caseNo;
            case EN -> "Case " + caseNo;
            case BILINGUAL -> "案件 Case " + caseNo;
        };
        Calendar created = new GregorianCalendar(TimeZone.getTimeZone(issuedAt.getOffset()));
        // Whole seconds: the document information's date format has no fractions, and XMP must agree with it.
        created.setTimeInMillis(issuedAt.toInstant().truncatedTo(ChronoUnit.SECONDS).toEpochMilli());
        return new PdfA.Metadata(shownTitle, author, subject, created, language == LetterLanguage.EN ? "en" : "zh-CN");
    }
}
