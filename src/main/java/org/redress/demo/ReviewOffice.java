package org.redress.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The reviewing office the demo workspace belongs to. It is also the issuer of the ledger
 * corrections its decisions order, so it is stored among the agencies.
 */
public final class ReviewOffice {

    public static final IssuingAgency OFFICE = new IssuingAgency("RC-REVIEW", "荣成市社会信用复核办公室",
            "Rongcheng Social Credit Review Office", "371082");
    /** The prefix of the office's case numbers, RD-2026-000123. */
    public static final String CASE_NUMBER_PREFIX = "RD";
    /**
     * The series opened when a year's first series runs out of its 999,999 numbers (only a demo of a
     * million cases in one year needs it).
     */
    public static final String OVERFLOW_CASE_NUMBER_PREFIX = "RDA";
    public static final String ADDRESS_ZH = "山东省威海市荣成市成山大道1166号市民服务中心四楼";
    public static final String ADDRESS_EN = "4F Citizens' Service Centre, 1166 Chengshan Avenue, Rongcheng, Shandong";
    public static final String TELEPHONE = "0631-7580123";
    /** Where a further review is asked for, and how long the applicant has (the letters print them). */
    public static final String FURTHER_APPEAL_BODY_ZH = "威海市社会信用体系建设领导小组办公室";
    public static final String FURTHER_APPEAL_BODY_EN = "the Weihai Municipal Social Credit System Office";
    public static final String FURTHER_APPEAL_ADDRESS_ZH = "山东省威海市环翠区新威路17号";
    public static final String FURTHER_APPEAL_ADDRESS_EN = "17 Xinwei Road, Huancui District, Weihai, Shandong";
    /** Share of decisions needing no approval otherwise that go to a second officer anyway. */
    public static final double FOUR_EYES_SAMPLE_RATE = 0.10;

    private ReviewOffice() {
    }

    /** The office as settings rows, in a stable order. */
    public static Map<String, String> settings() {
        Map<String, String> settings = new LinkedHashMap<>();
        // office.code prefixes case and letter numbers; the office's own agency row has its agency code.
        settings.put("office.code", CASE_NUMBER_PREFIX);
        settings.put("office.agency_code", OFFICE.code());
        settings.put("office.name.zh", OFFICE.nameZh());
        settings.put("office.name.en", OFFICE.nameEn());
        settings.put("office.region", OFFICE.region());
        settings.put("office.address.zh", ADDRESS_ZH);
        settings.put("office.address.en", ADDRESS_EN);
        settings.put("office.telephone", TELEPHONE);
        settings.put("letters.further_appeal.body.zh", FURTHER_APPEAL_BODY_ZH);
        settings.put("letters.further_appeal.body.en", FURTHER_APPEAL_BODY_EN);
        settings.put("letters.further_appeal.address.zh", FURTHER_APPEAL_ADDRESS_ZH);
        settings.put("letters.further_appeal.address.en", FURTHER_APPEAL_ADDRESS_EN);
        settings.put("letters.further_appeal.working_days", "15");
        settings.put("letters.lawsuit.months", "6");
        settings.put("letters.agency_action.working_days", "10");
        settings.put("office.case_number_prefix", CASE_NUMBER_PREFIX);
        settings.put("four_eyes.sample_rate", Double.toString(FOUR_EYES_SAMPLE_RATE));
        return settings;
    }
}
