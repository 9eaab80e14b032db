package org.redress.domain.scheme;

import java.util.Objects;

/**
 * The instrument and article a rule rests on, e.g. 《最高人民法院关于公布失信被执行人名单信息的若干规定》
 * 第一条. Letters cite it; officers check a deduction against it.
 */
public record LegalBasis(LocalizedText instrument, LocalizedText article) {

    public LegalBasis {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(article, "article");
    }

    /** The full citation: "《…》第一条" and "Article 1, …". */
    public LocalizedText citation() {
        return new LocalizedText(instrument.zh() + article.zh(), article.en() + ", " + instrument.en());
    }
}
