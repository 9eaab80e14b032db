package org.redress.letters;

import org.junit.jupiter.api.Test;
import org.redress.catalog.CalendarCatalog;
import org.redress.domain.calendar.WorkingDayCalendar;

import java.io.IOException;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, item 7: a letter issued on 11 December 2026 counts its further-appeal date into 2027,
 * for which no holiday notice is loaded; the date skips New Year's Day (computed from the measures)
 * and the letter says the weekend working days of 2027 are not yet known.
 */
class LetterCaveatTest {

    private static final WorkingDayCalendar CALENDAR = CalendarCatalog.fromClasspath();

    @Test
    void a_further_appeal_date_in_a_year_without_its_notice_carries_the_caveat_in_both_languages() throws IOException {
        var furtherBy = CALENDAR.addWorkingDays(LocalDate.of(2026, 12, 11), 15);
        assertThat(furtherBy.value()).isNotEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(furtherBy.warnings()).extracting(w -> w.year()).containsExactly(2027);

        LetterContent sample = LetterSamples.shortLetter(LetterLanguage.BILINGUAL);
        LetterContent withCaveat = new LetterContent(sample.letterhead(), sample.referenceNo(), sample.issuedAt(),
                sample.language(), sample.kind(), sample.caseNo(), sample.receivedOn(), sample.addressee(),
                sample.disputed(), sample.grounds(), sample.groundText(), sample.texts(), sample.effects(),
                sample.evidence(), sample.signatories(), new LetterContent.NextStep(
                LetterSettings.DEFAULT_FURTHER_APPEAL, null, furtherBy.value(), 15, 6, 2027), sample.supersedesReference());
        String text = LetterText.of(LetterPress.create().render(withCaveat).pdf()).replaceAll("\\s+", " ");
        assertThat(text).contains("notice of the 2027 public holidays");
        assertThat(text.replace(" ", "")).contains("2027年部分节假日安排通知尚未公布");

        String without = LetterText.of(LetterPress.create().render(sample).pdf()).replaceAll("\\s+", " ");
        assertThat(without).doesNotContain("has not yet published its notice");
    }
}
