package org.redress.letters;

import org.jspecify.annotations.Nullable;
import org.redress.domain.scheme.LocalizedText;

import java.time.LocalDate;

/**
 * What a letter says about one disputed entry, in the words of its kind: points for a deduction,
 * the rating a rating entry sets, the period of publication of a listing; and what the outcome
 * does to it ("10 points are restored", never "0 points are restored" for a rating entry).
 */
final class EntryWords {

    private EntryWords() {
    }

    /** The column header for what the entry imposed. */
    static LocalizedText header(LetterKind kind) {
        return switch (kind) {
            case SCORE -> LetterWords.H_POINTS;
            case RATING -> LetterWords.H_RATING;
            case BLACKLIST, RED_LIST -> LetterWords.H_PUBLICATION;
        };
    }

    /** What the entry imposed, for a table cell: "-10 分", "评价：不好", "列入名单，公示至 2026-12-11". */
    static LocalizedText imposed(LetterContent.Disputed d) {
        if (d.isListEntry()) {
            LocalDate until = d.publicationUntil();
            return until == null ? new LocalizedText("列入名单", "Listed")
                    : new LocalizedText("列入名单，公示至 " + until, "Listed until " + until);
        }
        LocalizedText rating = d.rating();
        if (rating != null && d.points() == 0) {
            return new LocalizedText("评价：" + rating.zh(), "Rating: " + rating.en());
        }
        if (d.points() == 0) {
            return new LocalizedText("不计分", "No points");
        }
        return LetterWords.points(d.points());
    }

    /** What the outcome does to the entry, in a sentence. */
    static LocalizedText detail(LetterContent.Disputed d) {
        return switch (d.outcome()) {
            case UPHELD -> new LocalizedText("原记录维持不变。", "The entry stands as recorded.");
            case REVERSED -> reversed(d);
            case AMENDED -> amended(d);
            case REFERRED_BACK -> new LocalizedText("发回作出机关重新认定。",
                    "Sent back to the issuing agency to decide again.");
            case NOT_ADMISSIBLE -> new LocalizedText("申请不予受理。", "The appeal cannot be admitted.");
            case WITHDRAWN -> new LocalizedText("申请人已撤回申请。", "You withdrew the appeal.");
        };
    }

    private static LocalizedText reversed(LetterContent.Disputed d) {
        if (d.isListEntry()) {
            return new LocalizedText("撤销列入名单，停止公示。", "The listing is reversed and its publication ends.");
        }
        if (d.points() < 0) {
            return new LocalizedText("撤销扣分，恢复 " + -d.points() + " 分。",
                    "The deduction is reversed; " + pointsEn(-d.points()) + " restored.");
        }
        if (d.points() > 0) {
            return new LocalizedText("撤销加分，扣回 " + d.points() + " 分。",
                    "The entry is reversed; its " + pointsEn(d.points()) + " withdrawn.");
        }
        if (d.rating() != null) {
            return new LocalizedText("撤销该记录，其对信用评价的影响随之消除。",
                    "The entry is reversed and no longer affects your rating.");
        }
        return new LocalizedText("撤销该记录。", "The entry is reversed.");
    }

    private static String pointsEn(int n) {
        return n == 1 ? "1 point is" : n + " points are";
    }

    private static LocalizedText amended(LetterContent.Disputed d) {
        StringBuilder zh = new StringBuilder();
        StringBuilder en = new StringBuilder();
        Integer points = d.newPoints();
        if (points != null && points != d.points()) {
            zh.append("分值由 ").append(d.points()).append(" 分变更为 ").append(points).append(" 分。");
            en.append("Points changed from ").append(d.points()).append(" to ").append(points).append(". ");
        }
        LocalDate until = d.newPublicationUntil();
        if (until != null) {
            LocalDate was = d.publicationUntil();
            if (was == null) {
                zh.append("公示期限确定为至 ").append(LetterWords.dateZh(until)).append("。");
                en.append("Publication now ends on ").append(LetterWords.dateEn(until)).append('.');
            } else if (until.isBefore(was)) {
                zh.append("公示截止日期由 ").append(LetterWords.dateZh(was)).append(" 提前至 ")
                        .append(LetterWords.dateZh(until)).append("。");
                en.append("Publication now ends earlier, on ").append(LetterWords.dateEn(until)).append(" instead of ")
                        .append(LetterWords.dateEn(was)).append('.');
            } else if (until.isAfter(was)) {
                zh.append("公示截止日期由 ").append(LetterWords.dateZh(was)).append(" 延至 ")
                        .append(LetterWords.dateZh(until)).append("。");
                en.append("Publication now ends later, on ").append(LetterWords.dateEn(until)).append(" instead of ")
                        .append(LetterWords.dateEn(was)).append('.');
            }
        }
        return new LocalizedText(zh.isEmpty() ? "原记录予以变更。" : zh.toString(),
                en.isEmpty() ? "The entry is amended." : en.toString().strip());
    }

    /** A listing named in a sentence: "《title》（2025年3月1日列入，公示至 …）". */
    static LocalizedText listing(LetterContent.Listing l) {
        LocalDate until = l.until();
        return new LocalizedText("“" + l.title().zh() + "”（" + LetterWords.dateZh(l.listedOn()) + "列入"
                + (until == null ? "" : "，公示至 " + LetterWords.dateZh(until)) + "）",
                "“" + l.title().en() + "” (listed on " + LetterWords.dateEn(l.listedOn())
                        + (until == null ? "" : ", published until " + LetterWords.dateEn(until)) + ")");
    }

    /** One change to a listing, in a sentence. */
    static LocalizedText listingChange(LetterContent.ListingChange change) {
        LocalizedText named = listing(change.listing());
        LocalDate newUntil = change.newUntil();
        return switch (change.change()) {
            case REMOVED -> new LocalizedText("移出名单：" + named.zh() + "，停止公示。",
                    "Removed from the list: " + named.en() + "; its publication ends.");
            case ENDS_EARLIER -> new LocalizedText("公示提前结束：" + named.zh() + "的公示截止日期提前至 "
                    + dateZh(newUntil) + "，届时停止公示。",
                    "Publication ends earlier: " + named.en() + " is now published only until " + dateEn(newUntil)
                            + ", when its publication ends.");
            case ENDS_LATER -> new LocalizedText("公示期限延长：" + named.zh() + "的公示截止日期延至 "
                    + dateZh(newUntil) + "。",
                    "Publication ends later: " + named.en() + " is now published until " + dateEn(newUntil) + ".");
        };
    }

    /** Heading of the listings the decision leaves in place. */
    static final LocalizedText REMAINING = new LocalizedText("您仍因以下记录列于名单", "You remain on the list under");

    /** What the listings left in place mean. */
    static LocalizedText remainingMeans(LetterKind kind) {
        return kind == LetterKind.RED_LIST
                ? new LocalizedText("公示期间，名单所附激励措施继续适用。",
                "The incentives that come with the list continue while you remain listed.")
                : new LocalizedText("公示期间，名单所附惩戒措施继续适用。",
                "The measures that come with the list continue while you remain listed.");
    }

    private static String dateZh(@Nullable LocalDate d) {
        return d == null ? "" : LetterWords.dateZh(d);
    }

    private static String dateEn(@Nullable LocalDate d) {
        return d == null ? "" : LetterWords.dateEn(d);
    }
}
