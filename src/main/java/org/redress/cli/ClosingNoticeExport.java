package org.redress.cli;

import org.redress.casework.LetterDesk;
import org.redress.catalog.SchemeCatalog;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Permission;
import org.redress.letters.LetterLanguage;
import org.redress.letters.templates.ClosingNotices;
import org.redress.letters.templates.NoticeIssuer;
import org.redress.letters.templates.NoticeKind;
import org.redress.letters.templates.NoticeLetter;
import org.redress.letters.templates.NoticePress;
import org.redress.security.Authorization;
import org.redress.store.Database;
import org.redress.vault.SealedFiles;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of {@code letters export} for cases that end without a decision: a case found not
 * admissible or withdrawn gets its not-admissible or withdrawal notice (issue 19, item 4) instead of
 * "has no decision", and a batch by date names them instead of passing them over.
 */
final class ClosingNoticeExport {

    /** What was done: notices issued, failures by case, cases left alone with their notice's reference. */
    record Outcome(List<NoticeLetter> issued, Map<String, String> failures, Map<String, String> leftAlone) {
    }

    private ClosingNoticeExport() {
    }

    /** The cases among {@code chosen} (and, for a batch, closed since the day) that end in a notice. */
    static Map<String, NoticeKind> closing(Database database, List<String> chosen, LocalDate since) {
        return database.read(c -> {
            ClosingNotices notices = new ClosingNotices(c);
            Map<String, NoticeKind> out = new LinkedHashMap<>(notices.among(chosen));
            if (since != null) {
                out.putAll(notices.closedSince(since));
            }
            return out;
        });
    }

    static Outcome issue(Database database, Map<String, NoticeKind> closing, boolean reissue, LetterLanguage language,
                         Officer officer, LetterDesk desk, Path out, PrintWriter o) throws java.io.IOException {
        Authorization.require(officer, Permission.ISSUE_LETTER);
        Map<String, String> leftAlone = reissue ? Map.of()
                : database.read(c -> new ClosingNotices(c).alreadySent(new ArrayList<>(closing.keySet())));
        Map<String, String> barred = desk.standAsideFrom(officer, new ArrayList<>(closing.keySet()));
        NoticeIssuer issuer = new NoticeIssuer(database, SchemeCatalog.loadDefault(), org.redress.casework.CalendarNotices.calendar(database),
                Clock.systemUTC());
        List<NoticeLetter> issued = new ArrayList<>();
        Map<String, String> failures = new LinkedHashMap<>();
        NoticePress press = null;
        for (Map.Entry<String, NoticeKind> e : closing.entrySet()) {
            String caseNo = e.getKey();
            if (leftAlone.containsKey(caseNo)) {
                o.println("left alone: " + caseNo + " already has its " + e.getValue().cliName() + " notice "
                        + leftAlone.get(caseNo) + " (--reissue issues a new one)");
                continue;
            }
            if (barred.containsKey(caseNo)) {
                failures.put(caseNo, "the officer must stand aside from this case: " + barred.get(caseNo));
                continue;
            }
            try {
                if (press == null) {
                    press = NoticePress.create();
                }
                NoticeLetter letter = issuer.issue(caseNo, e.getValue(), language, press,
                        org.redress.casework.Officers.storeId(officer));
                Path copy = out.resolve(letter.referenceNo() + ".pdf");
                SealedFiles.reading(database.workspace()).export(letter.file(), copy);
                o.println(letter.referenceNo() + "  " + caseNo + "  " + letter.language().name().toLowerCase()
                        + "  (" + e.getValue().cliName() + " notice)  " + copy);
                issued.add(letter);
            } catch (RuntimeException ex) {
                failures.put(caseNo, ex.getMessage());
            }
        }
        return new Outcome(issued, failures, leftAlone);
    }
}
