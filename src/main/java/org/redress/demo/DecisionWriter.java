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
 * ordered, in Chinese.
 */
final class DecisionWriter {

    /** Illustrative, like the catalog's articles: the office's procedure for objections. */
    private static final String PROCEDURE = "《荣成市社会信用信息异议处理办法》";

    private DecisionWriter() {
    }

    static String reasons(List<DisputedItem> items, List<DeductionOutcome> outcomes, Set<Ground> grounds,
                          RandomGenerator random) {
        var text = new StringBuilder("经审查，");
        for (int i = 0; i < items.size(); i++) {
            DisputedItem item = items.get(i);
            DeductionOutcome outcome = outcomes.get(i);
            String entry = item.agencyZh() + "于" + Wording.zh(item.entry().imposedOn()) + "作出的“" + item.rule().title().zh()
                    + "”记录（编号" + item.entry().reference() + "）";
            text.append(switch (outcome.kind()) {
                case UPHELD -> entry + "认定事实清楚，证据确实充分，适用" + item.rule().legalBasis().citation().zh()
                        + "正确，程序合法。" + Wording.pick(random, "申请人所称理由未提供相应证据予以证明，本办不予采纳。",
                        "申请人提交的材料不足以推翻原记录。", "申请人虽已事后整改，但不影响原记录的认定。");
                case REVERSED -> entry + (grounds.contains(Ground.NOT_ME)
                        ? "所记载的行为人与申请人身份信息不符，经与" + item.agencyZh() + "核实，系信息归集错误。"
                        : grounds.contains(Ground.DUPLICATE) ? "与此前已记录的同一事项重复。"
                        : Wording.pick(random, "缺乏足以证明申请人存在该行为的证据，认定事实不清。",
                        "作出前未依法告知申请人并听取其陈述申辩，程序违法。",
                        "所依据的事实已被有权机关撤销。")) + "原记录应予撤销。";
                case AMENDED -> entry + (outcome.newPublicationUntil() != null
                        ? "所涉失信行为属实，但申请人已主动履行全部义务，公示期限可依法缩短至"
                        + Wording.zh(outcome.newPublicationUntil()) + "。"
                        : "所涉行为属实，但情节轻微且已主动纠正，原扣" + -item.entry().points() + "分明显过重，依法变更为扣"
                        + (outcome.newPoints() == null ? 0 : -outcome.newPoints()) + "分。");
                case REFERRED_BACK -> entry + "所依据的原始文书与申请人提交的材料存在矛盾，需由" + item.agencyZh()
                        + "重新核实，本办退回其重新处理，并要求其在十五个工作日内书面答复。";
                case NOT_ADMISSIBLE, WITHDRAWN -> entry + "不属于本次复核范围。";
            });
        }
        return text.toString();
    }

    static String legalBasis(List<DisputedItem> items, List<DeductionOutcome> outcomes) {
        var basis = new ArrayList<String>();
        for (DisputedItem item : items) {
            String citation = item.rule().legalBasis().citation().zh();
            if (!basis.contains(citation)) {
                basis.add(citation);
            }
        }
        for (DeductionOutcome outcome : outcomes) {
            String article = PROCEDURE + switch (outcome.kind()) {
                case UPHELD -> "第十五条";
                case REVERSED -> "第十六条";
                case AMENDED -> "第十七条";
                case REFERRED_BACK -> "第十八条";
                case NOT_ADMISSIBLE, WITHDRAWN -> "第九条";
            };
            if (!basis.contains(article)) {
                basis.add(article);
            }
        }
        return String.join("；", basis);
    }

    static String remedy(DisputedItem item, OutcomeKind kind, DeductionOutcome outcome) {
        String reference = item.entry().reference();
        return switch (kind) {
            case REVERSED -> item.isListEntry()
                    ? "将申请人从名单中移出（记录编号" + reference + "），并于三个工作日内撤下公示信息"
                    : "撤销记录" + reference + "，恢复" + -item.entry().points() + "分";
            case AMENDED -> outcome.newPublicationUntil() != null
                    ? "将记录" + reference + "的公示截止日期变更为" + Wording.zh(outcome.newPublicationUntil())
                    : "将记录" + reference + "的扣分由" + -item.entry().points() + "分变更为"
                    + (outcome.newPoints() == null ? 0 : -outcome.newPoints()) + "分";
            case REFERRED_BACK -> "退回" + item.agencyZh() + "重新核查，十五个工作日内书面答复";
            default -> "";
        };
    }
}
