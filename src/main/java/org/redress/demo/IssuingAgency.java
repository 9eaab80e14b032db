package org.redress.demo;

import java.util.Objects;

/**
 * An agency that imposes ledger entries, or the reviewing office itself.
 *
 * @param region the administrative division code of the area it serves
 */
public record IssuingAgency(String code, String nameZh, String nameEn, String region) {

    public IssuingAgency {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(nameZh, "nameZh");
        Objects.requireNonNull(nameEn, "nameEn");
        Objects.requireNonNull(region, "region");
    }
}
