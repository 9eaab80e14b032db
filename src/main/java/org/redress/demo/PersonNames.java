package org.redress.demo;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Realistic Chinese personal names: surnames weighted roughly by how common they are, given names
 * of one or two characters, a sprinkling of rare characters (some outside the basic set many fonts
 * cover) and, for residents of Hong Kong, Macao and Taiwan, traditional characters. Names of
 * foreign residents follow their nationality. None is meant to be a real person.
 */
final class PersonNames {

    /** The commonest surnames first; the draw favours the head of the list. */
    private static final String[] SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡"
            + "余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
            + "鞠毕丛初衣于曲宫隋滕").split("");
    private static final String[] COMPOUND_SURNAMES = {"欧阳", "司马", "诸葛", "上官", "慕容", "东方"};
    private static final String[] MALE = ("伟强磊军勇涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林杰建国峰志文海成东亮晨阳博"
            + "浩然子轩宇航俊杰明轩晨曦正阳天佑振华国栋德胜永刚立新春生").split("");
    private static final String[] FEMALE = ("芳娜敏静丽艳娟霞秀玲桂英华红梅琳颖洁倩婷雪慧欣怡佳琪晶萍燕玉兰凤云莉萱雨涵梓"
            + "婉清诗琪思彤语嫣若曦可馨雅静梦瑶").split("");
    /**
     * Rare characters real people carry and fonts often lack: 䶮 and 㛃 are in CJK extension A,
     * the rest in the basic block but seldom covered by small fonts.
     */
    private static final String[] RARE = {"䶮", "㛃", "堃", "喆", "昇", "玥", "赟", "燚", "淼", "犇", "垚", "龑", "翀", "彧", "珺", "祎"};
    /** 𠮷 (U+20BB7) lies outside the Basic Multilingual Plane: one subject always carries it. */
    static final String OUTSIDE_BMP_NAME = "吉𠮷祥";
    private static final String[] TRADITIONAL_SURNAMES = "陳黃張劉林吳鄭李王許蔡楊謝郭洪曾".split("");
    private static final String[] TRADITIONAL_GIVEN = {"志明", "家豪", "嘉欣", "詠詩", "俊傑", "美玲", "偉倫", "淑芬",
            "建宏", "雅婷", "冠宇", "怡君", "國華", "寶儀", "子維"};
    private static final List<String> FOREIGN_BY_NATIONALITY = List.of(
            "840:James Miller", "840:Emily Johnson", "826:Oliver Smith", "826:Charlotte Brown",
            "276:Lukas Schmidt", "276:Anna Müller", "250:Camille Martin", "250:Hugo Lefèvre",
            "392:佐藤 健太", "392:鈴木 美咲", "410:김민준", "410:이서연", "036:Jack Wilson",
            "124:Liam Tremblay", "643:Иван Петров", "643:Ольга Смирнова", "702:Tan Wei Ming");

    private PersonNames() {
    }

    /** A mainland name; {@code male} picks the pool of given-name characters. */
    static String mainland(RandomGenerator random, boolean male) {
        String surname = random.nextInt(400) == 0
                ? COMPOUND_SURNAMES[random.nextInt(COMPOUND_SURNAMES.length)]
                : SURNAMES[skewed(random, SURNAMES.length)];
        String[] pool = male ? MALE : FEMALE;
        var name = new StringBuilder(surname);
        int given = random.nextInt(10) < 3 ? 1 : 2;
        for (int i = 0; i < given; i++) {
            name.append(random.nextInt(300) == 0 ? RARE[random.nextInt(RARE.length)] : pool[random.nextInt(pool.length)]);
        }
        return name.toString();
    }

    /** A name carrying one of the rare characters, for the subjects placed to test fonts. */
    static String withRareCharacter(RandomGenerator random, int which) {
        return SURNAMES[skewed(random, 20)] + RARE[Math.floorMod(which, RARE.length)];
    }

    /** A Hong Kong, Macao or Taiwan resident's name in traditional characters. */
    static String traditional(RandomGenerator random) {
        return TRADITIONAL_SURNAMES[random.nextInt(TRADITIONAL_SURNAMES.length)]
                + TRADITIONAL_GIVEN[random.nextInt(TRADITIONAL_GIVEN.length)];
    }

    /**
     * A foreign resident's name matching the ISO 3166 numeric code in positions 4–6 of their
     * permanent residence ID, when the list has one.
     */
    static String foreign(RandomGenerator random, String nationality) {
        List<String> matching = FOREIGN_BY_NATIONALITY.stream().filter(n -> n.startsWith(nationality + ":")).toList();
        List<String> pool = matching.isEmpty() ? FOREIGN_BY_NATIONALITY : matching;
        String entry = pool.get(random.nextInt(pool.size()));
        return entry.substring(entry.indexOf(':') + 1);
    }

    /** Whether a foreigner's name reads as English text (for the language of their statement). */
    static boolean writesEnglish(String nationality) {
        return switch (nationality) {
            case "840", "826", "036", "124", "702" -> true;
            default -> false;
        };
    }

    /** An index in [0, size) that favours the start: surnames are far from equally common. */
    private static int skewed(RandomGenerator random, int size) {
        double u = random.nextDouble();
        return Math.min(size - 1, (int) (size * u * u));
    }
}
