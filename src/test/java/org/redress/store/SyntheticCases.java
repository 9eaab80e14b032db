package org.redress.store;

import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Channel;
import org.redress.domain.appeal.Ground;
import org.redress.domain.appeal.Priority;
import org.redress.domain.identity.SubjectKind;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;
import org.redress.domain.scheme.RuleCategory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic, realistic-looking cases for tests and the benchmark: Chinese and English names and
 * statements, skewed status mix, ties on dates, unassigned and assigned cases.
 */
final class SyntheticCases {

    static final List<String> SCHEMES = List.of("RONGCHENG", "SESAME", "HONEST_SH", "BLACKLIST");
    static final List<String> REGIONS = List.of("110000", "310000", "440100", "370200", "510100", "330100");
    static final String[] SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈".split("");
    static final String[] GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华红玉梅建国志文斌海波宇浩然欣怡子涵思远晨雨佳琪俊杰嘉怡".split("");
    static final String[] DISTRICTS = {"朝阳区", "海淀区", "东城区", "西城区", "丰台区", "浦东新区", "黄浦区", "徐汇区",
            "天河区", "越秀区", "市南区", "武侯区", "西湖区", "荣成市"};
    static final String[] PLACES = {"地铁站", "火车站", "银行网点", "社区服务中心", "人民法院", "市场监管局", "公交车站", "医院"};
    static final String[] REASONS = {"逾期还款", "闯红灯", "合同违约", "未履行判决", "损坏公共设施", "欠缴物业费", "虚假宣传"};
    static final String[] EXCUSES = {"该笔款项早已还清", "当时我不在本市", "身份证被他人冒用", "处罚已超过公示期限",
            "同一事项被重复扣分", "未收到任何通知", "我是未成年人，需要就医出行"};
    static final String[] ENGLISH = {
            "The bank reported arrears that I had already repaid in full.",
            "I was abroad on the date of the alleged violation; my passport shows it.",
            "The contract dispute was settled by mediation and the banking records prove it.",
            "My identity card was stolen and someone else used it to open accounts.",
            "The publication period for this entry expired long ago."};

    final int agencies = 40;
    final int officers = 30;
    private final SplittableRandom random;
    private final LocalDate firstDay = LocalDate.of(2024, 1, 1);
    /** Days over which cases are received; a short span gives many ties on dates. */
    int daySpan = 730;
    private long subjectsMade;
    private long casesMade;

    SyntheticCases(long seed) {
        random = new SplittableRandom(seed);
    }

    static String agencyCode(int i) {
        return "AG%02d".formatted(i);
    }

    /** Agencies and officers (ids 1..officers); run once per workspace. */
    void reference(Connection c) throws SQLException {
        AgencyRepository agencyRepository = new AgencyRepository(c);
        for (int i = 0; i < agencies; i++) {
            agencyRepository.save(new AgencyRow(agencyCode(i), "机构" + i, "Agency " + i, REGIONS.get(i % REGIONS.size())));
        }
        OfficerRepository officerRepository = new OfficerRepository(c);
        for (int i = 1; i <= officers; i++) {
            officerRepository.insert(new OfficerRow(i, "officer" + i, SURNAMES[i % SURNAMES.length] + "官" + i,
                    "OFFICER", null, null, Instant.parse("2025-01-01T00:00:00Z")));
        }
    }

    String personName() {
        StringBuilder name = new StringBuilder(pick(SURNAMES)).append(pick(GIVEN));
        if (random.nextInt(3) > 0) {
            name.append(pick(GIVEN));
        }
        return name.toString();
    }

    String statement() {
        if (random.nextInt(5) == 0) {
            return pick(ENGLISH) + " " + pick(ENGLISH);
        }
        return "我于" + (2023 + random.nextInt(3)) + "年在" + pick(DISTRICTS) + pick(PLACES) + "因" + pick(REASONS)
                + "被扣分，但" + pick(EXCUSES) + "。请求撤销该记录并恢复信用分。";
    }

    static CaseStatus status(int roll) {
        // Percent mix: many closed cases, a working set of open ones.
        if (roll < 8) return CaseStatus.RECEIVED;
        if (roll < 15) return CaseStatus.ASSIGNED;
        if (roll < 25) return CaseStatus.IN_REVIEW;
        if (roll < 30) return CaseStatus.AWAITING_INFORMATION;
        if (roll < 33) return CaseStatus.DECISION_DRAFTED;
        if (roll < 35) return CaseStatus.AWAITING_APPROVAL;
        if (roll < 40) return CaseStatus.DECIDED;
        if (roll < 45) return CaseStatus.LETTER_ISSUED;
        if (roll < 90) return CaseStatus.CLOSED;
        if (roll < 95) return CaseStatus.WITHDRAWN;
        return CaseStatus.NOT_ADMISSIBLE;
    }

    /** Adds {@code count} cases, each with a new subject and {@code ledgerPerCase} ledger entries. */
    void addCases(BulkLoader bulk, int count, int ledgerPerCase) throws SQLException {
        Instant created = Instant.parse("2025-01-01T00:00:00Z");
        for (int n = 0; n < count; n++) {
            long serial = ++casesMade;
            boolean person = random.nextInt(10) > 0;
            String name = person ? personName() : pick(DISTRICTS) + pick(GIVEN) + pick(GIVEN) + "科技有限公司";
            String region = REGIONS.get(random.nextInt(REGIONS.size()));
            long subjectNo = ++subjectsMade;
            long subjectId = bulk.subject(new SubjectRow(0, person ? SubjectKind.PERSON : SubjectKind.ORGANISATION,
                    (person ? "%s%012d" : "91%s%010d").formatted(region, subjectNo),
                    person ? "RESIDENT_ID" : "USCC", "VALID", null, name, region, null));
            String scheme = SCHEMES.get(random.nextInt(SCHEMES.size()));
            int agency = random.nextInt(agencies);
            String rule = "R" + random.nextInt(60);
            RuleCategory category = RuleCategory.values()[random.nextInt(RuleCategory.values().length)];
            LocalDate received = firstDay.plusDays(random.nextInt(daySpan));
            List<Long> disputed = new ArrayList<>();
            int points = 0;
            for (int e = 0; e < ledgerPerCase; e++) {
                int deduction = -10 * (1 + random.nextInt(10));
                long id = bulk.ledgerEntry(new LedgerEntryRow(subjectId, new LedgerEvent(0, scheme, rule,
                        LedgerEventKind.DEDUCTION, deduction, agencyCode(agency), received.minusDays(30 + e),
                        "REF-" + serial + "-" + e, null, null), null, null, null, "SYNTHETIC", created));
                if (e == 0 || random.nextInt(4) == 0) {
                    disputed.add(id);
                    points += deduction;
                }
            }
            CaseStatus status = status(random.nextInt(100));
            boolean paused = status == CaseStatus.AWAITING_INFORMATION && random.nextBoolean();
            Long assignee = status == CaseStatus.RECEIVED || random.nextInt(20) == 0 ? null
                    : (long) (1 + random.nextInt(officers));
            EnumSet<Ground> grounds = EnumSet.of(Ground.values()[random.nextInt(Ground.values().length)]);
            bulk.appealCase(new NewCase("RD-%d-%06d".formatted(received.getYear(), serial), subjectId, scheme, status,
                    random.nextInt(100) < 8 ? Priority.URGENT : Priority.NORMAL, received,
                    paused ? null : received.plusDays(21), received.plusDays(3), Channel.DEMO, grounds,
                    random.nextInt(4) == 0 ? "补充说明：" + pick(EXCUSES) : "", statement(), region,
                    agencyCode(agency), category, rule, points, assignee, disputed), name);
        }
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
