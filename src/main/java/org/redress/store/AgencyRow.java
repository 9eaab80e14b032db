package org.redress.store;

import java.util.Objects;

/** An issuing agency as stored: its code and bilingual name, and the region it serves. */
public record AgencyRow(String code, String nameZh, String nameEn, String region) {
    public AgencyRow {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(region, "region");
    }
}
