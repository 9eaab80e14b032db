package org.redress.letters;

import org.redress.domain.scheme.LocalizedText;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What letters take from the workspace's {@code settings} table. Keys:
 * <ul>
 *   <li>{@code office.code} (required): 2–8 capital letters, prefix of reference numbers;</li>
 *   <li>{@code office.name.zh}, {@code office.name.en} (required): the letterhead;</li>
 *   <li>{@code office.address.zh}, {@code office.address.en}: printed under the name when both set;</li>
 *   <li>{@code office.zone}: the office's time zone for dates of issue, default Asia/Shanghai;</li>
 *   <li>{@code letters.language}: default language, {@code zh}, {@code en} or {@code bilingual} (default);</li>
 *   <li>{@code letters.further_appeal.body.zh}/{@code .en}: where the applicant may appeal further;</li>
 *   <li>{@code letters.further_appeal.working_days}: how long they have, default 15;</li>
 *   <li>{@code letters.agency_action.working_days}: how long the issuing agency has to carry out
 *       the decision, default 10.</li>
 * </ul>
 */
public record LetterSettings(Letterhead letterhead, ZoneId zone, LetterLanguage defaultLanguage,
                             LocalizedText furtherAppealBody, int furtherAppealWorkingDays,
                             int agencyActionWorkingDays) {

    public static final String OFFICE_CODE = "office.code";
    public static final String OFFICE_NAME_ZH = "office.name.zh";
    public static final String OFFICE_NAME_EN = "office.name.en";
    public static final String OFFICE_ADDRESS_ZH = "office.address.zh";
    public static final String OFFICE_ADDRESS_EN = "office.address.en";
    public static final String OFFICE_ZONE = "office.zone";
    public static final String LANGUAGE = "letters.language";
    public static final String FURTHER_APPEAL_ZH = "letters.further_appeal.body.zh";
    public static final String FURTHER_APPEAL_EN = "letters.further_appeal.body.en";
    public static final String FURTHER_APPEAL_DAYS = "letters.further_appeal.working_days";
    public static final String AGENCY_ACTION_DAYS = "letters.agency_action.working_days";

    static final LocalizedText DEFAULT_FURTHER_APPEAL = new LocalizedText(
            "如对本决定不服，可以向上一级社会信用主管部门申请再次复核，或者依法提起行政诉讼。",
            "If you disagree with this decision, you may ask the social credit authority at the next level up"
                    + " for a further review, or bring an administrative action under the law.");
    private static final Pattern OFFICE = Pattern.compile("[A-Z]{2,8}");

    public LetterSettings {
        if (furtherAppealWorkingDays < 1 || agencyActionWorkingDays < 1) {
            throw new IllegalArgumentException("letter deadlines must be at least one working day");
        }
    }

    /** Reads the settings; throws {@link LetterException} naming every key that is missing or wrong. */
    public static LetterSettings from(Map<String, String> settings) {
        List<String> problems = new ArrayList<>();
        String code = text(settings, OFFICE_CODE);
        if (code.isEmpty()) {
            problems.add(OFFICE_CODE + " is not set (2 to 8 capital letters, e.g. RD)");
        } else if (!OFFICE.matcher(code).matches()) {
            problems.add(OFFICE_CODE + " must be 2 to 8 capital letters A-Z, not '" + code + "'");
        }
        String nameZh = text(settings, OFFICE_NAME_ZH);
        String nameEn = text(settings, OFFICE_NAME_EN);
        if (nameZh.isEmpty()) {
            problems.add(OFFICE_NAME_ZH + " is not set (the office's name in Chinese)");
        }
        if (nameEn.isEmpty()) {
            problems.add(OFFICE_NAME_EN + " is not set (the office's name in English)");
        }
        ZoneId zone = ZoneId.of("Asia/Shanghai");
        String zoneText = text(settings, OFFICE_ZONE);
        if (!zoneText.isEmpty()) {
            try {
                zone = ZoneId.of(zoneText);
            } catch (DateTimeException e) {
                problems.add(OFFICE_ZONE + " '" + zoneText + "' is not a time zone");
            }
        }
        LetterLanguage language = LetterLanguage.BILINGUAL;
        String languageText = text(settings, LANGUAGE);
        if (!languageText.isEmpty()) {
            try {
                language = LetterLanguage.parse(languageText);
            } catch (IllegalArgumentException e) {
                problems.add(LANGUAGE + ": " + e.getMessage());
            }
        }
        int appealDays = workingDays(settings, FURTHER_APPEAL_DAYS, 15, problems);
        int actionDays = workingDays(settings, AGENCY_ACTION_DAYS, 10, problems);
        if (!problems.isEmpty()) {
            throw new LetterException("letters cannot be issued until the settings are complete: "
                    + String.join("; ", problems));
        }
        String addressZh = text(settings, OFFICE_ADDRESS_ZH);
        String addressEn = text(settings, OFFICE_ADDRESS_EN);
        LocalizedText address = addressZh.isEmpty() || addressEn.isEmpty() ? null
                : new LocalizedText(addressZh, addressEn);
        String appealZh = text(settings, FURTHER_APPEAL_ZH);
        String appealEn = text(settings, FURTHER_APPEAL_EN);
        LocalizedText appeal = appealZh.isEmpty() || appealEn.isEmpty() ? DEFAULT_FURTHER_APPEAL
                : new LocalizedText(appealZh, appealEn);
        return new LetterSettings(new Letterhead(code, new LocalizedText(nameZh, nameEn), address), zone, language,
                appeal, appealDays, actionDays);
    }

    private static String text(Map<String, String> settings, String key) {
        String value = settings.get(key);
        return value == null ? "" : value.strip();
    }

    private static int workingDays(Map<String, String> settings, String key, int fallback, List<String> problems) {
        String value = text(settings, key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int days = Integer.parseInt(value);
            if (days >= 1 && days <= 365) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(key + " must be a number of working days from 1 to 365, not '" + value + "'");
        return fallback;
    }
}
