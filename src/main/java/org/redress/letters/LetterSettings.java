package org.redress.letters;

import org.jspecify.annotations.Nullable;
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
 *   <li>{@code office.telephone}: printed in the letterhead and beside the verification code;</li>
 *   <li>{@code office.zone}: the office's time zone for dates of issue, default Asia/Shanghai;</li>
 *   <li>{@code letters.language}: default language, {@code zh}, {@code en} or {@code bilingual} (default);</li>
 *   <li>{@code letters.further_appeal.body.zh}/{@code .en}: the body that hears a further review
 *       (its name), default "the social credit authority at the next level up";</li>
 *   <li>{@code letters.further_appeal.address.zh}/{@code .en}: its address, printed when both are set;</li>
 *   <li>{@code letters.further_appeal.working_days}: how long the applicant has, default 15;</li>
 *   <li>{@code letters.lawsuit.months}: how long an administrative action may be brought, default 6;</li>
 *   <li>{@code letters.agency_action.working_days}: how long the issuing agency has to carry out
 *       the decision, default 10.</li>
 * </ul>
 */
public record LetterSettings(Letterhead letterhead, ZoneId zone, LetterLanguage defaultLanguage,
                             LocalizedText furtherAppealBody, @Nullable LocalizedText furtherAppealAddress,
                             int furtherAppealWorkingDays, int lawsuitMonths, int agencyActionWorkingDays) {

    public static final String OFFICE_CODE = "office.code";
    public static final String OFFICE_NAME_ZH = "office.name.zh";
    public static final String OFFICE_NAME_EN = "office.name.en";
    public static final String OFFICE_ADDRESS_ZH = "office.address.zh";
    public static final String OFFICE_ADDRESS_EN = "office.address.en";
    public static final String OFFICE_TELEPHONE = "office.telephone";
    public static final String OFFICE_ZONE = "office.zone";
    public static final String LANGUAGE = "letters.language";
    public static final String FURTHER_APPEAL_ZH = "letters.further_appeal.body.zh";
    public static final String FURTHER_APPEAL_EN = "letters.further_appeal.body.en";
    public static final String FURTHER_APPEAL_ADDRESS_ZH = "letters.further_appeal.address.zh";
    public static final String FURTHER_APPEAL_ADDRESS_EN = "letters.further_appeal.address.en";
    public static final String FURTHER_APPEAL_DAYS = "letters.further_appeal.working_days";
    public static final String LAWSUIT_MONTHS = "letters.lawsuit.months";
    public static final String AGENCY_ACTION_DAYS = "letters.agency_action.working_days";

    static final LocalizedText DEFAULT_FURTHER_APPEAL = new LocalizedText("上一级社会信用主管部门",
            "the social credit authority at the next level up");
    private static final Pattern OFFICE = Pattern.compile("[A-Z]{2,8}");

    public LetterSettings {
        if (furtherAppealWorkingDays < 1 || agencyActionWorkingDays < 1) {
            throw new IllegalArgumentException("letter deadlines must be at least one working day");
        }
        if (lawsuitMonths < 1) {
            throw new IllegalArgumentException("the time for an administrative action is at least one month");
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
        int appealDays = number(settings, FURTHER_APPEAL_DAYS, 15, 365, "working days", problems);
        int actionDays = number(settings, AGENCY_ACTION_DAYS, 10, 365, "working days", problems);
        int lawsuitMonths = number(settings, LAWSUIT_MONTHS, 6, 60, "months", problems);
        if (!problems.isEmpty()) {
            throw new LetterException("letters cannot be issued until the settings are complete: "
                    + String.join("; ", problems));
        }
        LocalizedText address = pair(settings, OFFICE_ADDRESS_ZH, OFFICE_ADDRESS_EN);
        LocalizedText appeal = pair(settings, FURTHER_APPEAL_ZH, FURTHER_APPEAL_EN);
        String telephone = text(settings, OFFICE_TELEPHONE);
        return new LetterSettings(new Letterhead(code, new LocalizedText(nameZh, nameEn), address,
                telephone.isEmpty() ? null : telephone), zone, language,
                appeal == null ? DEFAULT_FURTHER_APPEAL : appeal,
                pair(settings, FURTHER_APPEAL_ADDRESS_ZH, FURTHER_APPEAL_ADDRESS_EN), appealDays, lawsuitMonths,
                actionDays);
    }

    /** Both languages of a text, or null unless both are set. */
    private static @Nullable LocalizedText pair(Map<String, String> settings, String zhKey, String enKey) {
        String zh = text(settings, zhKey);
        String en = text(settings, enKey);
        return zh.isEmpty() || en.isEmpty() ? null : new LocalizedText(zh, en);
    }

    private static String text(Map<String, String> settings, String key) {
        String value = settings.get(key);
        return value == null ? "" : value.strip();
    }

    private static int number(Map<String, String> settings, String key, int fallback, int max, String unit,
                              List<String> problems) {
        String value = text(settings, key);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(key + " must be a number of " + unit + " from 1 to " + max + ", not '" + value + "'");
        return fallback;
    }
}
