package org.redress.domain.calendar;

/** The festivals on which every citizen has a day off under the national holidays measures. */
public enum Festival {
    NEW_YEAR("元旦", "New Year's Day"),
    SPRING_FESTIVAL("春节", "Spring Festival"),
    QINGMING("清明节", "Qingming Festival"),
    LABOUR_DAY("劳动节", "Labour Day"),
    DRAGON_BOAT("端午节", "Dragon Boat Festival"),
    MID_AUTUMN("中秋节", "Mid-Autumn Festival"),
    NATIONAL_DAY("国庆节", "National Day");

    private final String nameZh;
    private final String nameEn;

    Festival(String nameZh, String nameEn) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }
}
