package org.redress.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The published notice a year's calendar comes from, so letters and screens can cite it, e.g.
 * 国务院办公厅关于2026年部分节假日安排的通知 (国办发明电〔2025〕7号), issued 2025-11-04.
 */
public record OfficialNotice(String titleZh, String titleEn, String documentNumber, LocalDate issuedOn) {

    public OfficialNotice {
        PublicHoliday.requireText(titleZh, "titleZh");
        PublicHoliday.requireText(titleEn, "titleEn");
        PublicHoliday.requireText(documentNumber, "documentNumber");
        Objects.requireNonNull(issuedOn, "issuedOn");
    }
}
