package org.redress.demo;

import org.redress.domain.identity.AdministrativeDivision;

import java.util.random.RandomGenerator;

/**
 * Realistic names of organisations, shaped by the registration category of their Unified Social
 * Credit Code (enterprise, individual business, co-operative, public body, association) and
 * prefixed with their city, as 荣成市海达水产有限公司. Trade names are invented.
 */
final class OrganisationNames {

    private static final String[] TRADE_NAMES = {"海达", "恒信", "宏运", "鑫源", "华盛", "金海湾", "东泰", "蓝港", "瑞丰",
            "隆昌", "永兴", "鸿福", "天成", "泰和", "鼎盛", "佳和", "联创", "海晟", "成山", "俚岛", "桑沟湾", "远洋", "福瑞",
            "德润", "嘉禾", "顺通", "安泰", "润丰", "海之源", "新澳", "利群", "晨光", "北极星", "金桥", "宏图", "长青"};
    private static final String[] INDUSTRIES = {"水产", "渔业", "食品", "海洋生物科技", "建筑工程", "物流", "贸易", "机械制造",
            "船舶修造", "农业开发", "旅游开发", "餐饮管理", "电子科技", "汽车销售", "房地产开发", "网络科技", "海参养殖", "冷链仓储",
            "建材", "物业管理"};
    private static final String[] SHOP_KINDS = {"海鲜大排档", "便利店", "五金店", "渔具店", "水产批发部", "理发店", "汽车修理部",
            "小吃部", "干洗店", "粮油店"};
    private static final String[] PUBLIC_BODIES = {"镇人民政府", "街道办事处", "自然资源局", "住房和城乡建设局", "农业农村局"};
    private static final String[] INSTITUTIONS = {"第二实验小学", "人民医院", "职业中等专业学校", "海洋经济发展中心", "图书馆",
            "中医院"};
    private static final String[] ASSOCIATIONS = {"渔业协会", "个体劳动者协会", "海参产业协会", "民宿行业协会", "餐饮烹饪协会"};
    private static final String[] NON_PROFITS = {"阳光康复中心", "启智幼儿园", "夕阳红养老院", "海韵艺术培训学校", "爱心助学服务中心"};
    private static final String[] SURNAMES = "王李张刘陈杨赵孙于曲".split("");

    private OrganisationNames() {
    }

    /**
     * A name for an organisation registered in {@code where} whose code starts with
     * {@code authorityAndCategory} (GB 32100: 91 enterprise, 92 individual business, 93 farmers'
     * co-operative, 11 public body, 12 public institution, 51–53 social organisations).
     */
    static String name(RandomGenerator random, AdministrativeDivision where, String authorityAndCategory) {
        String city = cityOf(where);
        String trade = pick(random, TRADE_NAMES);
        return switch (authorityAndCategory) {
            case "92" -> city + trade.charAt(0) + pick(random, SURNAMES) + "记" + pick(random, SHOP_KINDS);
            case "93" -> city + trade + pick(random, new String[] {"渔业", "海参养殖", "果蔬种植", "农机"}) + "专业合作社";
            case "11" -> city + trade.charAt(0) + "山" + pick(random, PUBLIC_BODIES);
            case "12" -> city + pick(random, INSTITUTIONS);
            case "51" -> city + pick(random, ASSOCIATIONS);
            case "52", "53" -> city + trade + pick(random, NON_PROFITS);
            default -> city + trade + pick(random, INDUSTRIES)
                    + (random.nextInt(8) == 0 ? "股份有限公司" : "有限公司");
        };
    }

    /**
     * The city a name starts with: the municipality (北京市), the county-level city (荣成市), else the
     * prefecture-level city (威海市 for 环翠区).
     */
    static String cityOf(AdministrativeDivision where) {
        String name = where.nameZh();
        for (String municipality : new String[] {"北京市", "天津市", "上海市", "重庆市"}) {
            if (name.startsWith(municipality)) {
                return municipality;
            }
        }
        int province = Math.max(name.indexOf('省'), name.indexOf("自治区") >= 0 ? name.indexOf("自治区") + 2 : -1);
        String rest = name.substring(province + 1);
        int firstCity = rest.indexOf('市');
        if (firstCity < 0) {
            return rest;
        }
        String afterCity = rest.substring(firstCity + 1);
        return afterCity.endsWith("市") ? afterCity : rest.substring(0, firstCity + 1);
    }

    private static String pick(RandomGenerator random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
