package org.redress.domain.identity;

import java.util.Objects;

/**
 * A county-level administrative division (GB/T 2260): its 6-digit code and its name.
 *
 * @param code   six digits, e.g. {@code 110105}
 * @param nameZh the full Chinese name, e.g. 北京市朝阳区
 * @param nameEn the English name, e.g. Chaoyang, Beijing
 */
public record AdministrativeDivision(String code, String nameZh, String nameEn) {

    public AdministrativeDivision {
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        if (code.length() != 6 || !code.chars().allMatch(TypedValue::isAsciiDigit)) {
            throw new IllegalArgumentException("a division code has six digits");
        }
    }
}
