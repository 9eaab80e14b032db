package org.redress.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The agencies whose entries the demo office reviews — courts, banks, the tax bureau, traffic
 * police, city management, market regulation, the railway, the education bureau, civil affairs, a
 * residents' committee, a platform operator and others — and which of them impose each rule of the
 * shipped catalog.
 */
public final class IssuingAgencies {

    public static final String COURT = "RC-COURT";
    public static final String TRAFFIC_POLICE = "RC-TRAFFIC";
    public static final String TAX_BUREAU = "RC-TAX";

    private static final List<IssuingAgency> ALL = List.of(
            new IssuingAgency(COURT, "荣成市人民法院", "Rongcheng People's Court", "371082"),
            new IssuingAgency("SH-PD-COURT", "上海市浦东新区人民法院", "Shanghai Pudong New Area People's Court", "310115"),
            new IssuingAgency("WH-ICBC", "中国工商银行威海荣成支行", "ICBC Weihai Rongcheng Sub-branch", "371082"),
            new IssuingAgency("RC-RCB", "山东荣成农村商业银行", "Shandong Rongcheng Rural Commercial Bank", "371082"),
            new IssuingAgency(TAX_BUREAU, "国家税务总局荣成市税务局", "Rongcheng Tax Bureau, State Taxation Administration",
                    "371082"),
            new IssuingAgency(TRAFFIC_POLICE, "荣成市公安局交通警察大队", "Rongcheng Public Security Traffic Police Brigade",
                    "371082"),
            new IssuingAgency("RC-PSB", "荣成市公安局", "Rongcheng Public Security Bureau", "371082"),
            new IssuingAgency("RC-ENFORCE", "荣成市综合行政执法局", "Rongcheng Comprehensive Administrative Law Enforcement Bureau",
                    "371082"),
            new IssuingAgency("RC-SAMR", "荣成市市场监督管理局", "Rongcheng Market Regulation Administration", "371082"),
            new IssuingAgency("CR-JINAN", "中国铁路济南局集团有限公司", "China Railway Jinan Group Co., Ltd.", "370102"),
            new IssuingAgency("RC-EDU", "荣成市教育和体育局", "Rongcheng Education and Sports Bureau", "371082"),
            new IssuingAgency("RC-CIVIL", "荣成市民政局", "Rongcheng Civil Affairs Bureau", "371082"),
            new IssuingAgency("RC-DONGDUN", "荣成市宁津街道东墩社区居民委员会",
                    "Dongdun Community Residents' Committee, Ningjin Subdistrict, Rongcheng", "371082"),
            new IssuingAgency("QH-PLATFORM", "青禾信用科技（杭州）有限公司", "Qinghe Credit Technology (Hangzhou) Co., Ltd.",
                    "330106"),
            new IssuingAgency("SH-CREDIT", "上海市公共信用信息服务中心", "Shanghai Public Credit Information Service Centre",
                    "310101"),
            new IssuingAgency("QD-CUSTOMS", "中华人民共和国青岛海关", "Qingdao Customs of the People's Republic of China",
                    "370202"));

    /** Rule code (or code prefix ending in '-') to the agencies that impose it, first one most often. */
    private static final Map<String, List<String>> BY_RULE = Map.ofEntries(
            Map.entry("RC-FIN-01", List.of("WH-ICBC", "RC-RCB")),
            Map.entry("RC-FIN-02", List.of("RC-DONGDUN")),
            Map.entry("RC-FIN-03", List.of(COURT, "RC-SAMR")),
            Map.entry("RC-ADM-01", List.of(TAX_BUREAU)),
            Map.entry("RC-ADM-02", List.of("RC-ENFORCE")),
            Map.entry("RC-ADM-03", List.of(TRAFFIC_POLICE)),
            Map.entry("RC-ADM-04", List.of("RC-SAMR")),
            Map.entry("RC-ADM-05", List.of("RC-ENFORCE")),
            Map.entry("RC-JUD-", List.of(COURT)),
            Map.entry("RC-SOC-01", List.of(TRAFFIC_POLICE)),
            Map.entry("RC-SOC-02", List.of("RC-DONGDUN", "RC-CIVIL")),
            Map.entry("RC-SOC-03", List.of("RC-DONGDUN", "RC-ENFORCE")),
            Map.entry("RC-SOC-04", List.of("CR-JINAN")),
            Map.entry("RC-SOC-05", List.of("RC-DONGDUN")),
            Map.entry("RC-SOC-06", List.of("RC-PSB")),
            Map.entry("RC-ADD-01", List.of("RC-CIVIL")),
            Map.entry("RC-ADD-02", List.of("RC-CIVIL")),
            Map.entry("RC-ADD-03", List.of("RC-DONGDUN", "RC-EDU")),
            Map.entry("PS-", List.of("QH-PLATFORM")),
            Map.entry("HS-", List.of("SH-CREDIT")),
            Map.entry("DD-", List.of(COURT, "SH-PD-COURT")),
            Map.entry("RL-ADM-01", List.of(TAX_BUREAU)),
            Map.entry("RL-ADM-02", List.of("QD-CUSTOMS")),
            Map.entry("RL-FIN-01", List.of("RC-SAMR")),
            Map.entry("RL-SOC-01", List.of("RC-CIVIL")),
            Map.entry("RL-SOC-02", List.of("RC-CIVIL", "RC-EDU")));

    private static final Map<String, IssuingAgency> BY_CODE = byCode();

    private IssuingAgencies() {
    }

    private static Map<String, IssuingAgency> byCode() {
        var map = new java.util.HashMap<String, IssuingAgency>();
        ALL.forEach(a -> map.put(a.code(), a));
        map.put(ReviewOffice.OFFICE.code(), ReviewOffice.OFFICE);
        return Map.copyOf(map);
    }

    /** Every issuing agency, in a stable order (the reviewing office is not among them). */
    public static List<IssuingAgency> all() {
        return ALL;
    }

    public static Optional<IssuingAgency> byCode(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    /** The agencies that impose {@code ruleCode}; the office itself for a rule nobody mapped. */
    static List<String> imposing(String ruleCode) {
        List<String> exact = BY_RULE.get(ruleCode);
        if (exact != null) {
            return exact;
        }
        for (int dash = ruleCode.lastIndexOf('-'); dash > 0; dash = ruleCode.lastIndexOf('-', dash - 1)) {
            List<String> byPrefix = BY_RULE.get(ruleCode.substring(0, dash + 1));
            if (byPrefix != null) {
                return byPrefix;
            }
        }
        return List.of(ReviewOffice.OFFICE.code());
    }

    static String nameZh(String code) {
        return byCode(code).map(IssuingAgency::nameZh).orElse(code);
    }

    static String nameEn(String code) {
        return byCode(code).map(IssuingAgency::nameEn).orElse(code);
    }
}
