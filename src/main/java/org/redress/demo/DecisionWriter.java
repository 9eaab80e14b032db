package org.redress.demo;

import org.redress.domain.appeal.DeductionOutcome;
import org.redress.domain.appeal.Ground;
import org.redress.domain.appeal.OutcomeKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Writes a decision as the office would: reasons for each disputed entry, the legal basis (the
 * rule's own article and the article of the office's procedure for that outcome) and the remedies
 * ordered, in Chinese and in English (the office's letters are bilingual). The English says what
 * the Chinese says; writing both draws from the random source exactly as the Chinese alone did.
 */
final class DecisionWriter {

    /** Illustrative, like the catalog's articles: the office's procedure for objections. */
    private static final String PROCEDURE = "《荣成市社会信用信息异议处理办法》";
    private static final String PROCEDURE_EN = "Rongcheng Measures for Handling Objections to Social Credit Information";

    /** The decision's text in one language. */
    record Text(String reasons, String legalBasis, List<String> remedies) {
        Text {
            remedies = List.copyOf(remedies);
        }
    }

    private DecisionWriter() {
    }

    /** The reasons in Chinese and in English. */
    static String[] reasons(List<DisputedItem> items, List<DeductionOutcome> outcomes, Set<Ground> grounds,
                            RandomGenerator random) {
        var zh = new StringBuilder("经审查，");
        var en = new StringBuilder("Having reviewed the case: ");
        for (int i = 0; i < items.size(); i++) {
            DisputedItem item = items.get(i);
            DeductionOutcome outcome = outcomes.get(i);
            String entry = item.agencyZh() + "于" + Wording.zh(item.entry().imposedOn()) + "作出的“" + item.rule().title().zh()
                    + "”记录（编号" + item.entry().reference() + "）";
            String entryEn = "the entry \"" + item.rule().title().en() + "\" made by " + item.agencyEn() + " on "
                    + Wording.en(item.entry().imposedOn()) + " (reference " + item.entry().reference() + ")";
            switch (outcome.kind()) {
                case UPHELD -> {
                    int pick = random.nextInt(3);
                    zh.append(entry).append("认定事实清楚，证据确实充分，适用").append(item.rule().legalBasis().citation().zh())
                            .append("正确，程序合法。").append(new String[] {"申请人所称理由未提供相应证据予以证明，本办不予采纳。",
                                    "申请人提交的材料不足以推翻原记录。", "申请人虽已事后整改，但不影响原记录的认定。"}[pick]);
                    en.append(capital(entryEn)).append(" rests on clear facts and sufficient evidence, applies ")
                            .append(item.rule().legalBasis().citation().en()).append(" correctly and followed the proper"
                                    + " procedure. ").append(new String[] {"The applicant offered no evidence for the grounds"
                                    + " given, and the office does not accept them. ", "What the applicant submitted does"
                                    + " not overturn the record. ", "The applicant has since put things right, which does"
                                    + " not change what the record found. "}[pick]);
                }
                case REVERSED -> {
                    String why;
                    String whyEn;
                    if (grounds.contains(Ground.NOT_ME)) {
                        why = "所记载的行为人与申请人身份信息不符，经与" + item.agencyZh() + "核实，系信息归集错误。";
                        whyEn = " names a person whose identity does not match the applicant's; " + item.agencyEn()
                                + " confirmed that the information was collected in error.";
                    } else if (grounds.contains(Ground.DUPLICATE)) {
                        why = "与此前已记录的同一事项重复。";
                        whyEn = " duplicates an earlier record of the same matter.";
                    } else {
                        int pick = random.nextInt(3);
                        why = new String[] {"缺乏足以证明申请人存在该行为的证据，认定事实不清。",
                                "作出前未依法告知申请人并听取其陈述申辩，程序违法。", "所依据的事实已被有权机关撤销。"}[pick];
                        whyEn = new String[] {" lacks evidence that the applicant did what it records; the facts are not"
                                + " established.", " was made without telling the applicant and hearing them as the law"
                                + " requires; the procedure was unlawful.", " rests on facts that the competent authority"
                                + " has since set aside."}[pick];
                    }
                    zh.append(entry).append(why).append("原记录应予撤销。");
                    en.append(capital(entryEn)).append(whyEn).append(" The record is reversed. ");
                }
                case AMENDED -> {
                    if (outcome.newPublicationUntil() != null) {
                        zh.append(entry).append("所涉失信行为属实，但申请人已主动履行全部义务，公示期限可依法缩短至")
                                .append(Wording.zh(outcome.newPublicationUntil())).append("。");
                        en.append(capital(entryEn)).append(" is accurate, but the applicant has since met every"
                                + " obligation, so its publication may lawfully end on ")
                                .append(Wording.en(outcome.newPublicationUntil())).append(". ");
                    } else {
                        int from = -item.entry().points();
                        int to = outcome.newPoints() == null ? 0 : -outcome.newPoints();
                        zh.append(entry).append("所涉行为属实，但情节轻微且已主动纠正，原扣").append(from)
                                .append("分明显过重，依法变更为扣").append(to).append("分。");
                        en.append(capital(entryEn)).append(" is accurate, but the conduct was minor and was put right"
                                + " of the applicant's own accord; a deduction of ").append(from).append(" points is"
                                + " plainly excessive and is reduced to ").append(to).append(" points. ");
                    }
                }
                case REFERRED_BACK -> {
                    zh.append(entry).append("所依据的原始文书与申请人提交的材料存在矛盾，需由").append(item.agencyZh())
                            .append("重新核实，本办退回其重新处理，并要求其在十五个工作日内书面答复。");
                    en.append(capital(entryEn)).append(" rests on original documents that contradict what the applicant"
                            + " submitted; the office sends it back to ").append(item.agencyEn()).append(" to check"
                            + " again and to answer in writing within fifteen working days. ");
                }
                case NOT_ADMISSIBLE, WITHDRAWN -> {
                    zh.append(entry).append("不属于本次复核范围。");
                    en.append(capital(entryEn)).append(" is outside this review. ");
                }
            }
        }
        return new String[] {zh.toString(), en.toString().strip()};
    }

    private static String capital(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The legal basis in Chinese and in English: the rules' articles, then the office's procedure for each outcome. */
    static String[] legalBasis(List<DisputedItem> items, List<DeductionOutcome> outcomes) {
        var basis = new ArrayList<String>();
        var basisEn = new ArrayList<String>();
        for (DisputedItem item : items) {
            String citation = item.rule().legalBasis().citation().zh();
            if (!basis.contains(citation)) {
                basis.add(citation);
                basisEn.add(item.rule().legalBasis().citation().en());
            }
        }
        for (DeductionOutcome outcome : outcomes) {
            int article = switch (outcome.kind()) {
                case UPHELD -> 15;
                case REVERSED -> 16;
                case AMENDED -> 17;
                case REFERRED_BACK -> 18;
                case NOT_ADMISSIBLE, WITHDRAWN -> 9;
            };
            String zh = PROCEDURE + "第" + CHINESE_NUMBERS[article] + "条";
            if (!basis.contains(zh)) {
                basis.add(zh);
                basisEn.add("Article " + article + ", " + PROCEDURE_EN);
            }
        }
        return new String[] {String.join("；", basis), String.join("; ", basisEn)};
    }

    private static final String[] CHINESE_NUMBERS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十",
            "十一", "十二", "十三", "十四", "十五", "十六", "十七", "十八"};

    static String remedy(DisputedItem item, OutcomeKind kind, DeductionOutcome outcome) {
        String reference = item.entry().reference();
        return switch (kind) {
            case REVERSED -> item.isListEntry()
                    ? "将申请人从名单中移出（记录编号" + reference + "），并于三个工作日内撤下公示信息"
                    : item.entry().points() == 0 ? "撤销记录" + reference
                    : "撤销记录" + reference + "，恢复" + -item.entry().points() + "分";
            case AMENDED -> outcome.newPublicationUntil() != null
                    ? "将记录" + reference + "的公示截止日期变更为" + Wording.zh(outcome.newPublicationUntil())
                    : "将记录" + reference + "的扣分由" + -item.entry().points() + "分变更为"
                    + (outcome.newPoints() == null ? 0 : -outcome.newPoints()) + "分";
            case REFERRED_BACK -> "退回" + item.agencyZh() + "重新核查，十五个工作日内书面答复";
            default -> "";
        };
    }

    /** The remedy of {@link #remedy} in English. */
    static String remedyEn(DisputedItem item, DeductionOutcome outcome) {
        String reference = item.entry().reference();
        return switch (outcome.kind()) {
            case REVERSED -> item.isListEntry()
                    ? "Remove the applicant from the list (entry " + reference + ") and take the published notice down"
                    + " within three working days"
                    : item.entry().points() == 0 ? "Reverse entry " + reference
                    : "Reverse entry " + reference + " and restore " + -item.entry().points() + " points";
            case AMENDED -> outcome.newPublicationUntil() != null
                    ? "Change the last day of publication of entry " + reference + " to "
                    + Wording.en(outcome.newPublicationUntil())
                    : "Change the deduction of entry " + reference + " from " + -item.entry().points() + " to "
                    + (outcome.newPoints() == null ? 0 : -outcome.newPoints()) + " points";
            case REFERRED_BACK -> "Send the entry back to " + item.agencyEn() + " to check again and answer in writing"
                    + " within fifteen working days";
            default -> "";
        };
    }
}
