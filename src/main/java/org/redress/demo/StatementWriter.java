package org.redress.demo;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.Ground;
import org.redress.domain.identity.SubjectKind;
import org.redress.domain.scheme.EssentialService;
import org.redress.domain.scheme.RuleCategory;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import java.util.random.RandomGenerator;

/**
 * Writes what an applicant sends: the statement and their own words on the grounds, in natural
 * Chinese (most) or English, varied from templates and filled with the case's details — agency,
 * rule, dates, amounts, places.
 */
final class StatementWriter {

    record Statement(String groundText, String statement) {
    }

    private static final String[] PLACES = {"成山大道与观海路路口", "石岛港客运站", "荣成站", "宁津街道东墩社区", "俚岛镇政府门前",
            "斥山街道好运角旅游区", "崂山街道天鹅湖景区", "人和镇集市"};
    private static final String[] ELSEWHERE = {"在济南出差", "在青岛住院陪护母亲", "在外地务工", "在上海参加培训", "在家中照顾孩子"};
    private static final String[] PROOF = {"火车票和酒店发票", "单位出具的考勤证明", "医院的陪护记录", "手机行程记录"};
    private static final String[] DOCS = {"银行出具的结清证明", "完税证明", "法院出具的履行完毕证明", "缴费收据", "整改验收单"};

    private StatementWriter() {
    }

    static Statement write(DemoSubject subject, List<DisputedItem> items, Set<Ground> grounds, LocalDate receivedOn,
                           @Nullable EssentialService urgentBecause, boolean minor, String listNameZh,
                           RandomGenerator random) {
        return subject.writesEnglish()
                ? english(subject, items, grounds, urgentBecause, minor, random)
                : chinese(subject, items, grounds, receivedOn, urgentBecause, minor, listNameZh, random);
    }

    private static Statement chinese(DemoSubject subject, List<DisputedItem> items, Set<Ground> grounds,
                                     LocalDate receivedOn, @Nullable EssentialService urgentBecause, boolean minor,
                                     String listNameZh, RandomGenerator random) {
        DisputedItem first = items.getFirst();
        String date = Wording.zh(first.entry().imposedOn());
        String amount = Wording.yuan(random, 300, 60_000);
        String fixDate = Wording.zh(first.entry().imposedOn().plusDays(3 + random.nextInt(40)));
        // Built only for the grounds that use them; the rest of the statement is cheap.
        var text = new StringBuilder();
        if (minor) {
            text.append("我是").append(subject.name()).append("的").append(Wording.pick(random, "父亲", "母亲"))
                    .append("，孩子今年").append(subject.birthDate() == null ? 16
                            : java.time.Period.between(subject.birthDate(), receivedOn).getYears())
                    .append("岁，还是未成年人，由我代为提出异议。");
        } else if (subject.kind() == SubjectKind.ORGANISATION) {
            text.append("我单位").append(subject.name()).append("对以下信用记录提出异议。");
        } else {
            int opening = random.nextInt(3);
            text.append(opening == 0 ? "我是" + subject.name() + "。" : opening == 1 ? "本人" + subject.name() + "，" : "");
        }
        text.append("对").append(first.agencyZh()).append("于").append(date).append("作出的“")
                .append(first.rule().title().zh()).append("”记录");
        if (first.entry().points() != 0) {
            text.append("（扣").append(-first.entry().points()).append("分）");
        }
        text.append("有异议。");
        for (Ground ground : grounds) {
            text.append(reasonZh(ground, first, date, amount, fixDate, random));
        }
        for (DisputedItem other : items.subList(1, items.size())) {
            text.append("另外，").append(Wording.zh(other.entry().imposedOn())).append(other.agencyZh()).append("的“")
                    .append(other.rule().title().zh()).append("”记录也存在同样问题，一并申请复核。");
        }
        if (urgentBecause != null) {
            text.append(impactZh(urgentBecause, random));
        }
        boolean listed = items.stream().allMatch(DisputedItem::isListEntry);
        text.append(listed ? "请求将" + (subject.kind() == SubjectKind.ORGANISATION ? "我单位" : "我") + "从" + listNameZh
                + "中移除，撤下公示信息。" : Wording.pick(random, "请求撤销该记录，恢复相应分值。",
                "请求依法撤销上述扣分记录。", "恳请复核办公室查明事实，撤销或减轻处理。"));
        if (random.nextInt(3) == 0) {
            text.append(Wording.pick(random, "相关材料已一并提交。", "联系电话见申请表。", "谢谢！"));
        }
        var words = new StringJoiner("；");
        grounds.forEach(g -> words.add(groundWordsZh(g)));
        return new Statement(words.toString(), text.toString());
    }

    private static String reasonZh(Ground ground, DisputedItem item, String date, String amount, String fixDate,
                                   RandomGenerator random) {
        String agency = item.agencyZh();
        return switch (ground) {
            case NOT_ME -> switch (random.nextInt(3)) {
                case 0 -> "当天我" + Wording.pick(random, ELSEWHERE) + "，有" + Wording.pick(random, PROOF) + "为证，记录所称行为并非本人所为。";
                case 1 -> "我的身份证曾经遗失并已挂失，怀疑被他人冒用，记录中的行为人不是我。";
                default -> "经查询，" + agency + "登记的账户并不属于我，可能是同名同姓人员的信息被错误归集到我名下。";
            };
            case FACTS_WRONG -> switch (random.nextInt(3)) {
                case 0 -> agency + "认定的事实有误，实际情况是" + actualZh(item.rule().category(), fixDate, random) + "。";
                case 1 -> "记录所载金额与实际不符，实际欠款只有" + amount + "元，且已在宽限期内还清。";
                default -> "记录上写的地点是" + Wording.pick(random, PLACES) + "，但我当天根本没有去过那里。";
            };
            case EVIDENCE_INSUFFICIENT -> random.nextBoolean()
                    ? agency + "作出记录时没有向我出示任何证据，也没有现场照片或书面材料，仅凭举报就认定我有责任，证据不足。"
                    : "我多次要求查看原始记录，" + agency + "一直未能提供，无法证明我存在“" + item.rule().title().zh() + "”的行为。";
            case PROCEDURE_NOT_FOLLOWED -> random.nextBoolean()
                    ? agency + "在将该事项纳入信用记录前没有书面告知我，也没有给我陈述和申辩的机会，程序违法。"
                    : "我直到" + Wording.pick(random, "办理贷款", "购买高铁票", "申请补贴", "孩子报名入学") + "时才知道被扣分，事先没有收到任何通知。";
            case RULE_NOT_APPLICABLE -> random.nextBoolean()
                    ? "“" + item.rule().title().zh() + "”的规定与我的情况不符，不应适用该条扣分。"
                    : "该行为发生时相关规定尚未施行或者已经废止，不能据此扣分。";
            case DISPROPORTIONATE -> random.nextBoolean()
                    ? "即便我有过失，" + (item.entry().points() != 0 ? "一次就扣" + -item.entry().points() + "分" : "列入名单")
                    + "也明显过重，与情节不相称。"
                    : "事情本身很轻微，也没有造成任何损失，这样的处理过于严厉。";
            case ALREADY_RECTIFIED -> switch (item.rule().category()) {
                case FINANCIAL, JUDICIAL -> random.nextBoolean()
                        ? "我已于" + fixDate + "全额缴清" + amount + "元，并取得" + Wording.pick(random, DOCS) + "，应当进行信用修复。"
                        : "欠款早已还清，" + agency + "也出具了结清证明，记录却一直没有更新。";
                case ADMINISTRATIVE -> "我已于" + fixDate + "缴纳罚款并按要求整改完毕，取得了整改验收单，应当进行信用修复。";
                case SOCIAL_MORAL -> "事后我已于" + fixDate + "参加了" + Wording.pick(random, "交通安全学习", "社区志愿服务",
                        "垃圾分类培训") + "，主动纠正了错误，申请信用修复。";
            };
            case PUBLISHED_PAST_PERIOD -> "该信息自" + date + "起公示，已经超过规定的最长公示期限，应当停止公示。";
            case DUPLICATE -> "同一事项已在" + Wording.zh(item.entry().imposedOn().minusDays(1 + random.nextInt(30)))
                    + "被记录过一次，这次属于重复记录。";
            case OTHER -> random.nextBoolean() ? "我对记录的依据和计算方式有疑问，希望得到解释。"
                    : "该记录对我的工作和生活影响很大，请求尽快处理。";
        };
    }

    private static String actualZh(RuleCategory category, String fixDate, RandomGenerator random) {
        return switch (category) {
            case FINANCIAL -> Wording.pick(random, "银行系统扣款失败，我接到通知当天就补缴了",
                    "贷款已在到期前通过他行转账还清，是银行没有及时入账");
            case ADMINISTRATIVE -> Wording.pick(random, "当时我已经取得临时许可，只是证件还在办理中",
                    "该处罚决定已经被复议机关撤销");
            case JUDICIAL -> random.nextBoolean() ? "判决确定的义务已按执行和解协议分期履行，我一直按期支付"
                    : "该案已于" + fixDate + "执行完毕";
            case SOCIAL_MORAL -> Wording.pick(random, "当时信号灯故障，现场有交警指挥通行",
                    "我每月都给父母生活费，也经常回家照顾他们", "我是按照社区的要求分类投放的，只是当天垃圾桶已满");
        };
    }

    private static String impactZh(EssentialService service, RandomGenerator random) {
        String impact = switch (service) {
            case MEDICAL_CARE -> Wording.pick(random, "现在医院要求先交押金才能住院，我母亲急需手术，",
                    "因为这条记录，我看病住院必须先交押金，家里实在拿不出钱，");
            case EDUCATION -> Wording.pick(random, "孩子已被学校告知因我被列入名单不能入读，开学在即，",
                    "孩子的入学资格因此受到影响，");
            case MEDICAL_TRAVEL -> Wording.pick(random, "我需要出境就医，却因被限制出境无法成行，",
                    "因被限制出行，无法带孩子去外地看病，");
        };
        return impact + "情况紧急，恳请优先处理。";
    }

    private static String groundWordsZh(Ground ground) {
        return switch (ground) {
            case NOT_ME -> "非本人行为";
            case FACTS_WRONG -> "事实认定错误";
            case EVIDENCE_INSUFFICIENT -> "证据不足";
            case PROCEDURE_NOT_FOLLOWED -> "未履行告知程序";
            case RULE_NOT_APPLICABLE -> "适用条款错误";
            case DISPROPORTIONATE -> "处理明显过重";
            case ALREADY_RECTIFIED -> "已经整改完毕，申请信用修复";
            case PUBLISHED_PAST_PERIOD -> "超过公示期限";
            case DUPLICATE -> "重复记录";
            case OTHER -> "其他";
        };
    }

    private static Statement english(DemoSubject subject, List<DisputedItem> items, Set<Ground> grounds,
                                     @Nullable EssentialService urgentBecause, boolean minor, RandomGenerator random) {
        DisputedItem first = items.getFirst();
        String date = Wording.en(first.entry().imposedOn());
        var text = new StringBuilder();
        if (minor) {
            text.append("I am writing on behalf of my child ").append(subject.name()).append(", who is a minor. ");
        } else {
            text.append(Wording.pick(random, "My name is " + subject.name() + ". ", "Dear Review Office, ", ""));
        }
        text.append("I dispute the entry \"").append(first.rule().title().en()).append("\" recorded by ")
                .append(first.agencyEn()).append(" on ").append(date);
        text.append(first.entry().points() != 0 ? " (" + first.entry().points() + " points). " : ". ");
        for (Ground ground : grounds) {
            text.append(switch (ground) {
                case NOT_ME -> Wording.pick(random, "I was not in Rongcheng that day; my flight tickets show it. ",
                        "My ID card was lost last year and someone else must have used it. ");
                case FACTS_WRONG -> "The facts recorded are wrong: the amount was settled within the grace period. ";
                case EVIDENCE_INSUFFICIENT -> "No evidence was ever shown to me. ";
                case PROCEDURE_NOT_FOLLOWED -> "I was never notified and had no chance to explain before the entry was made. ";
                case RULE_NOT_APPLICABLE -> "The rule applied does not fit my situation. ";
                case DISPROPORTIONATE -> "Even if I made a mistake, the penalty is out of all proportion. ";
                case ALREADY_RECTIFIED -> "I paid the full amount on " + Wording.en(first.entry().imposedOn().plusDays(12))
                        + " and have the receipt. ";
                case PUBLISHED_PAST_PERIOD -> "The entry has been published for longer than the rules allow. ";
                case DUPLICATE -> "The same matter was already recorded once before. ";
                case OTHER -> "I would like an explanation of how the score was calculated. ";
            });
        }
        if (items.size() > 1) {
            text.append("The other ").append(items.size() - 1).append(" entr").append(items.size() > 2 ? "ies" : "y")
                    .append(" listed in my application have the same problem. ");
        }
        if (urgentBecause != null) {
            text.append(switch (urgentBecause) {
                case MEDICAL_CARE -> "The hospital now demands a deposit before treating me. ";
                case EDUCATION -> "My child's school place depends on this. ";
                case MEDICAL_TRAVEL -> "I cannot travel for medical treatment while this stands. ";
            }).append("Please treat this as urgent. ");
        }
        text.append(Wording.pick(random, "Please remove the entry and restore my score.",
                "I ask that the entry be reversed.", "I respectfully request a review and correction."));
        var words = new StringJoiner("; ");
        grounds.forEach(g -> words.add(g.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')));
        return new Statement(words.toString(), text.toString());
    }
}
