package org.redress.domain.identity;

import java.util.Map;
import java.util.Optional;

/**
 * The province-level divisions of GB/T 2260 by their two-digit codes: the first two digits of a
 * resident ID's address code, of the issuing province in a foreigner's permanent residence ID, and
 * of a Unified Social Credit Code's division code. Unlike county codes, these have not changed
 * since resident IDs were first issued (1984): Hainan (46, 1988) and Chongqing (50, 1997) were
 * added, none was removed, so an identifier of any age carries one of them.
 *
 * <p>Taiwan (71), Hong Kong (81) and Macao (82) are province-level codes of GB/T 2260 but no
 * mainland authority registers residents or organisations under them; residence permits for their
 * residents carry the fixed address codes 810000, 820000 and 830000 instead.
 */
public final class ProvinceCodes {

    private static final Map<String, String> MAINLAND = Map.ofEntries(
            Map.entry("11", "北京市 Beijing"),
            Map.entry("12", "天津市 Tianjin"),
            Map.entry("13", "河北省 Hebei"),
            Map.entry("14", "山西省 Shanxi"),
            Map.entry("15", "内蒙古自治区 Inner Mongolia"),
            Map.entry("21", "辽宁省 Liaoning"),
            Map.entry("22", "吉林省 Jilin"),
            Map.entry("23", "黑龙江省 Heilongjiang"),
            Map.entry("31", "上海市 Shanghai"),
            Map.entry("32", "江苏省 Jiangsu"),
            Map.entry("33", "浙江省 Zhejiang"),
            Map.entry("34", "安徽省 Anhui"),
            Map.entry("35", "福建省 Fujian"),
            Map.entry("36", "江西省 Jiangxi"),
            Map.entry("37", "山东省 Shandong"),
            Map.entry("41", "河南省 Henan"),
            Map.entry("42", "湖北省 Hubei"),
            Map.entry("43", "湖南省 Hunan"),
            Map.entry("44", "广东省 Guangdong"),
            Map.entry("45", "广西壮族自治区 Guangxi"),
            Map.entry("46", "海南省 Hainan"),
            Map.entry("50", "重庆市 Chongqing"),
            Map.entry("51", "四川省 Sichuan"),
            Map.entry("52", "贵州省 Guizhou"),
            Map.entry("53", "云南省 Yunnan"),
            Map.entry("54", "西藏自治区 Tibet"),
            Map.entry("61", "陕西省 Shaanxi"),
            Map.entry("62", "甘肃省 Gansu"),
            Map.entry("63", "青海省 Qinghai"),
            Map.entry("64", "宁夏回族自治区 Ningxia"),
            Map.entry("65", "新疆维吾尔自治区 Xinjiang"));

    private ProvinceCodes() {}

    /** Whether {@code code} (two digits) is one of the 31 mainland province-level divisions. */
    public static boolean isMainland(String code) {
        return MAINLAND.containsKey(code);
    }

    /** The division's name in Chinese and English, e.g. {@code 山东省 Shandong}. */
    public static Optional<String> name(String code) {
        return Optional.ofNullable(MAINLAND.get(code));
    }
}
