package org.redress.domain.identity;

import java.util.List;
import java.util.Optional;

/**
 * A small sample of real county-level divisions, one or more per province, for generating
 * realistic identifiers in tests and the demo workspace. Not a register: checks never look codes
 * up here, because old identifiers keep codes that have since been renamed or merged.
 */
public final class AdministrativeDivisions {

    private static final List<AdministrativeDivision> SAMPLE = List.of(
            d("110101", "北京市东城区", "Dongcheng, Beijing"),
            d("110102", "北京市西城区", "Xicheng, Beijing"),
            d("110105", "北京市朝阳区", "Chaoyang, Beijing"),
            d("110106", "北京市丰台区", "Fengtai, Beijing"),
            d("110108", "北京市海淀区", "Haidian, Beijing"),
            d("120101", "天津市和平区", "Heping, Tianjin"),
            d("120116", "天津市滨海新区", "Binhai New Area, Tianjin"),
            d("130102", "河北省石家庄市长安区", "Chang'an, Shijiazhuang"),
            d("140105", "山西省太原市小店区", "Xiaodian, Taiyuan"),
            d("150102", "内蒙古自治区呼和浩特市新城区", "Xincheng, Hohhot"),
            d("210102", "辽宁省沈阳市和平区", "Heping, Shenyang"),
            d("210202", "辽宁省大连市中山区", "Zhongshan, Dalian"),
            d("220102", "吉林省长春市南关区", "Nanguan, Changchun"),
            d("230102", "黑龙江省哈尔滨市道里区", "Daoli, Harbin"),
            d("310101", "上海市黄浦区", "Huangpu, Shanghai"),
            d("310104", "上海市徐汇区", "Xuhui, Shanghai"),
            d("310115", "上海市浦东新区", "Pudong New Area, Shanghai"),
            d("320102", "江苏省南京市玄武区", "Xuanwu, Nanjing"),
            d("320508", "江苏省苏州市姑苏区", "Gusu, Suzhou"),
            d("330102", "浙江省杭州市上城区", "Shangcheng, Hangzhou"),
            d("330106", "浙江省杭州市西湖区", "Xihu, Hangzhou"),
            d("340102", "安徽省合肥市瑶海区", "Yaohai, Hefei"),
            d("350102", "福建省福州市鼓楼区", "Gulou, Fuzhou"),
            d("350203", "福建省厦门市思明区", "Siming, Xiamen"),
            d("360102", "江西省南昌市东湖区", "Donghu, Nanchang"),
            d("370102", "山东省济南市历下区", "Lixia, Jinan"),
            d("370202", "山东省青岛市市南区", "Shinan, Qingdao"),
            d("370211", "山东省青岛市黄岛区", "Huangdao, Qingdao"),
            d("371002", "山东省威海市环翠区", "Huancui, Weihai"),
            d("371082", "山东省威海市荣成市", "Rongcheng, Weihai"),
            d("410102", "河南省郑州市中原区", "Zhongyuan, Zhengzhou"),
            d("420102", "湖北省武汉市江岸区", "Jiang'an, Wuhan"),
            d("420106", "湖北省武汉市武昌区", "Wuchang, Wuhan"),
            d("430102", "湖南省长沙市芙蓉区", "Furong, Changsha"),
            d("440103", "广东省广州市荔湾区", "Liwan, Guangzhou"),
            d("440106", "广东省广州市天河区", "Tianhe, Guangzhou"),
            d("440303", "广东省深圳市罗湖区", "Luohu, Shenzhen"),
            d("440304", "广东省深圳市福田区", "Futian, Shenzhen"),
            d("440305", "广东省深圳市南山区", "Nanshan, Shenzhen"),
            d("450102", "广西壮族自治区南宁市兴宁区", "Xingning, Nanning"),
            d("460106", "海南省海口市龙华区", "Longhua, Haikou"),
            d("500103", "重庆市渝中区", "Yuzhong, Chongqing"),
            d("510104", "四川省成都市锦江区", "Jinjiang, Chengdu"),
            d("510107", "四川省成都市武侯区", "Wuhou, Chengdu"),
            d("520102", "贵州省贵阳市南明区", "Nanming, Guiyang"),
            d("530102", "云南省昆明市五华区", "Wuhua, Kunming"),
            d("540102", "西藏自治区拉萨市城关区", "Chengguan, Lhasa"),
            d("610103", "陕西省西安市碑林区", "Beilin, Xi'an"),
            d("620102", "甘肃省兰州市城关区", "Chengguan, Lanzhou"),
            d("630102", "青海省西宁市城东区", "Chengdong, Xining"),
            d("640104", "宁夏回族自治区银川市兴庆区", "Xingqing, Yinchuan"),
            d("650102", "新疆维吾尔自治区乌鲁木齐市天山区", "Tianshan, Urumqi"));

    private AdministrativeDivisions() {}

    /** The sample, in code order. */
    public static List<AdministrativeDivision> sample() {
        return SAMPLE;
    }

    public static Optional<AdministrativeDivision> byCode(String code) {
        return SAMPLE.stream().filter(d -> d.code().equals(code)).findFirst();
    }

    private static AdministrativeDivision d(String code, String nameZh, String nameEn) {
        return new AdministrativeDivision(code, nameZh, nameEn);
    }
}
