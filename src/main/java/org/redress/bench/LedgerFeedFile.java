package org.redress.bench;

import org.redress.domain.identity.IdentifierGenerator;
import org.redress.intake.SafeCsv;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a valid ledger feed of {@code rows} rows for benchmarks: about ten entries per subject,
 * Rongcheng rules with fixed points, dates in the year before {@code today}.
 */
public final class LedgerFeedFile {
    public static final String HEADER = "reference,agency,subject_id,subject_name,scheme,rule,kind,points,imposed_on";
    private static final List<String[]> RULES = List.of(
            new String[] {"RC-FIN-02", "-5"}, new String[] {"RC-FIN-03", "-20"}, new String[] {"RC-ADM-02", "-100"},
            new String[] {"RC-ADM-03", "-20"}, new String[] {"RC-JUD-01", "-50"}, new String[] {"RC-SOC-01", "-5"},
            new String[] {"RC-SOC-04", "-10"}, new String[] {"RC-ADD-02", "5"});
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "强", "磊", "洋", "艳", "勇", "军", "杰"};

    private LedgerFeedFile() {}

    public static void write(Path file, int rows, String agency, LocalDate today, long seed) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        IdentifierGenerator ids = new IdentifierGenerator(random);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
             var csv = SafeCsv.printer(out)) {
            out.write(HEADER);
            out.write("\r\n");
            String subject = null;
            String name = null;
            for (int i = 0; i < rows; i++) {
                if (i % 10 == 0) {
                    subject = ids.residentId(LocalDate.of(1950, 1, 1), LocalDate.of(2000, 12, 31));
                    name = SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)]
                            + GIVEN[random.nextInt(GIVEN.length)];
                }
                String[] rule = RULES.get(random.nextInt(RULES.size()));
                LocalDate imposed = today.minusDays(1 + random.nextInt(365));
                SafeCsv.printRow(csv, List.of("BENCH-" + i, agency, subject, name, "RONGCHENG_POINTS", rule[0],
                        rule[1].startsWith("-") ? "DEDUCTION" : "ADDITION", rule[1],
                        imposed.toString()));
            }
        }
    }
}
