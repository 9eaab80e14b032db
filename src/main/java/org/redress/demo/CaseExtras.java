package org.redress.demo;

import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Channel;
import org.redress.domain.appeal.Ground;
import org.redress.domain.scheme.EssentialService;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Notes officers leave on about a third of the cases, and the evidence attached to about a third:
 * the applicant's own files when the appeal arrives, and material the officer obtains later from
 * the agency or at the counter — each attachment with who, when, from where and why.
 */
final class CaseExtras {

    private static final DateTimeFormatter COMPACT = DateTimeFormatter.BASIC_ISO_DATE;

    /** What the notes and attachments of one case need to know about it. */
    record Facts(CaseStatus status, Channel channel, List<DisputedItem> items, java.util.Set<Ground> grounds,
                 Instant receivedAt, Instant firstAssignedAt, Instant lastEventAt, long assigneeId,
                 List<Long> supervisors, @Nullable EssentialService urgentBecause, boolean english) {
    }

    private CaseExtras() {
    }

    static List<DemoNote> notes(Facts facts, RandomGenerator random, DemoIds ids) {
        if (facts.status() == CaseStatus.RECEIVED || facts.assigneeId() == 0 || random.nextInt(100) >= 36) {
            return List.of();
        }
        int count = 1 + (random.nextInt(10) < 6 ? 0 : random.nextInt(1, 3));
        List<Instant> times = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            times.add(between(facts.firstAssignedAt(), facts.lastEventAt(), random));
        }
        times.sort(null);
        List<DemoNote> notes = new ArrayList<>(count);
        for (Instant at : times) {
            long author = random.nextInt(10) < 8 ? facts.assigneeId()
                    : facts.supervisors().get(random.nextInt(facts.supervisors().size()));
            notes.add(new DemoNote(ids.note(), author, at, noteBody(facts, random)));
        }
        return notes;
    }

    private static String noteBody(Facts facts, RandomGenerator random) {
        DisputedItem item = facts.items().get(random.nextInt(facts.items().size()));
        String agency = item.agencyZh();
        if (facts.english() && random.nextBoolean()) {
            return Wording.pick(random,
                    "Called the applicant; they will send the bank's settlement letter by Friday.",
                    "Applicant writes in English; reply in both languages.",
                    "Asked " + item.agencyEn() + " for the original record of entry " + item.entry().reference() + ".");
        }
        return Wording.pick(random,
                "已电话联系申请人，核实其" + Wording.pick(random, "已于上月结清欠款", "当天确实在外地", "对扣分依据不清楚") + "。",
                "已向" + agency + "发函调取原始记录（荣复函〔" + item.entry().imposedOn().getYear() + "〕"
                        + (100 + random.nextInt(900)) + "号），请对方五个工作日内回复。",
                agency + "经办人回复：" + Wording.pick(random, "系录入错误，同意更正", "原始记录齐全，维持原处理意见",
                        "需请示领导后答复") + "。",
                "申请人到窗口补交了" + Wording.pick(random, "银行结清证明", "完税凭证", "法院执行结案通知书", "整改验收单")
                        + "原件，已扫描入卷。",
                "初步意见：" + Wording.pick(random, "维持", "撤销", "减轻处理", "退回原单位核实") + "，待科长把关。",
                "申请人情绪较激动，称因该记录" + Wording.pick(random, "贷款被拒", "孩子入学受影响", "无法购买高铁票")
                        + "，已做好解释工作。",
                "核对" + item.rule().legalBasis().citation().zh() + "，该条自" + Wording.zh(item.rule().effectiveFrom())
                        + "起施行，适用无误。");
    }

    static List<DemoAttachment> attachments(Facts facts, RandomGenerator random, DemoIds ids) {
        if (random.nextInt(100) >= 35) {
            return List.of();
        }
        int roll = random.nextInt(10);
        int count = roll < 4 ? 1 : roll < 7 ? 2 : roll < 9 ? 3 : 4;
        boolean assigned = facts.assigneeId() != 0;
        List<DemoAttachment> attachments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            EvidenceKind kind = choose(facts, random);
            int drawn = random.nextInt(EvidenceLibrary.variants(kind));
            // A file that concerns the entry is the library's file about its rule and agency (variant 0).
            boolean about = EvidenceTopic.concerns(kind);
            int variant = about ? 0 : drawn;
            DisputedItem item = facts.items().getFirst();
            boolean fromApplicant = i == 0 || !assigned || random.nextBoolean();
            Instant at;
            Long addedBy;
            String source;
            String reason;
            if (fromApplicant) {
                at = facts.receivedAt().plusSeconds(5L + i);
                addedBy = facts.channel() == Channel.MANUAL && assigned ? facts.supervisors().getFirst() : null;
                source = switch (facts.channel()) {
                    case MANUAL -> "COUNTER_SCAN";
                    case IMPORT -> "IMPORT_FILE";
                    default -> "HUB_UPLOAD";
                };
                reason = "申请人提交的" + kind.nameZh() + "，用于证明" + purpose(facts, random);
            } else {
                at = between(facts.firstAssignedAt(), facts.lastEventAt(), random);
                addedBy = facts.assigneeId();
                boolean agency = random.nextBoolean();
                source = agency ? "AGENCY_REPLY" : "OFFICER_SCAN";
                reason = agency ? "向" + facts.items().getFirst().agencyZh() + "调取的" + kind.nameZh()
                        : "窗口现场扫描申请人补交的" + kind.nameZh() + "原件";
            }
            attachments.add(new DemoAttachment(ids.attachment(), kind, variant,
                    fileName(kind, EvidenceLibrary.extension(kind, variant), at, i), addedBy, at, source, reason,
                    about ? item.entry().ruleCode() : null, about ? item.entry().agencyCode() : null));
        }
        return attachments;
    }

    private static EvidenceKind choose(Facts facts, RandomGenerator random) {
        List<EvidenceKind> kinds = new ArrayList<>();
        for (EvidenceKind kind : EvidenceKind.values()) {
            if (kind != EvidenceKind.MEDICAL_CERTIFICATE && kind.supports(facts.items().getFirst().rule().category())) {
                kinds.add(kind);
            }
        }
        if (facts.urgentBecause() != null) {
            kinds.add(EvidenceKind.MEDICAL_CERTIFICATE);
            kinds.add(EvidenceKind.MEDICAL_CERTIFICATE);
        }
        if (facts.grounds().contains(Ground.NOT_ME)) {
            kinds.add(EvidenceKind.TRAVEL_RECORD);
            kinds.add(EvidenceKind.TICKET_PHOTO);
        }
        return kinds.get(random.nextInt(kinds.size()));
    }

    private static String purpose(Facts facts, RandomGenerator random) {
        if (facts.grounds().contains(Ground.NOT_ME)) {
            return "当天不在现场";
        }
        if (facts.grounds().contains(Ground.ALREADY_RECTIFIED)) {
            return "已经整改或还清";
        }
        return Wording.pick(random, "原记录事实有误", "异议理由", "实际情况");
    }

    /** Phones name photos by the moment they were taken; documents keep a readable name. */
    private static String fileName(EvidenceKind kind, String extension, Instant at, int index) {
        LocalDate day = OfficeClock.dayOf(at);
        return switch (kind) {
            case RECEIPT_PHOTO, TICKET_PHOTO, SCENE_PHOTO -> "IMG_" + day.format(COMPACT) + "_" + (100_000 + index * 7_919 % 90_000)
                    + "." + extension;
            case REPAYMENT_SCREENSHOT -> "Screenshot_" + day + "-" + (10 + index) + "." + extension;
            default -> kind.nameZh() + "_" + day.format(COMPACT) + (index == 0 ? "" : "_" + index) + "." + extension;
        };
    }

    /** A moment in office hours between two instants (inclusive of their days). */
    static Instant between(Instant from, Instant to, RandomGenerator random) {
        LocalDate first = OfficeClock.dayOf(from);
        LocalDate last = OfficeClock.dayOf(to);
        long span = Math.max(0, last.toEpochDay() - first.toEpochDay());
        LocalDate day = first.plusDays(random.nextLong(span + 1));
        return OfficeClock.during(day, from, random);
    }
}
