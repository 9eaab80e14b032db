package org.redress.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The words on a generated evidence file: a heading, a title and a few lines, in Latin letters
 * (the shipped PDF fonts and the image font have no Chinese; CJK fonts come later). Names appear
 * masked, as on real copies handed in by applicants.
 */
record EvidenceText(String issuer, String title, List<String> lines) {

    private static final String[] BANKS = {"ICBC WEIHAI RONGCHENG SUB-BRANCH", "SHANDONG RONGCHENG RURAL COMMERCIAL BANK"};
    private static final String[] COURTS = {"RONGCHENG PEOPLE'S COURT", "SHANGHAI PUDONG NEW AREA PEOPLE'S COURT"};
    private static final String[] SURNAMES = {"WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "ZHAO", "SUN", "YU", "QU"};
    private static final String[] DIAGNOSES = {"ACUTE APPENDICITIS, SURGERY ADVISED", "CORONARY HEART DISEASE, STENT ADVISED",
            "TYPE 2 DIABETES WITH KIDNEY COMPLICATIONS", "FRACTURE OF THE LEFT FEMUR", "LUNG NODULE, BIOPSY ADVISED"};
    private static final String[] STATIONS = {"RONGCHENG", "WEIHAI", "YANTAI", "QINGDAO", "JINAN", "BEIJING SOUTH", "SHANGHAI HONGQIAO"};

    static EvidenceText of(EvidenceKind kind, RandomGenerator random, LocalDate today) {
        return of(kind, random, today, null);
    }

    /**
     * The words of a file about one case's entry: the agency that imposed it issues (or is named by) the
     * document, the rule it was imposed under is what the document concerns, and sums fit the rule's kind
     * (a fine for littering is not a 50,000-yuan debt). Without a topic: a file about no case in particular.
     */
    static EvidenceText of(EvidenceKind kind, RandomGenerator random, LocalDate today,
                           @org.jspecify.annotations.Nullable EvidenceTopic topic) {
        LocalDate date = today.minusDays(10 + random.nextInt(300));
        String person = SURNAMES[random.nextInt(SURNAMES.length)] + " *" + (char) ('A' + random.nextInt(26)) + "**";
        boolean large = topic == null || topic.category() == org.redress.domain.scheme.RuleCategory.FINANCIAL
                || topic.category() == org.redress.domain.scheme.RuleCategory.JUDICIAL;
        String amount = large ? money(random, 200, 90_000) : money(random, 50, 2_000);
        int serial = 1 + random.nextInt(99_999);
        List<String> lines = new ArrayList<>();
        EvidenceText generic = generic(kind, random, date, person, amount, serial, lines);
        return topic == null ? generic : topic.apply(kind, generic);
    }

    private static EvidenceText generic(EvidenceKind kind, RandomGenerator random, LocalDate date, String person,
                                        String amount, int serial, List<String> lines) {
        return switch (kind) {
            case LOAN_SETTLEMENT -> {
                lines.add("CERTIFICATE NO. RCB-" + date.getYear() + "-" + "%06d".formatted(serial));
                lines.add("BORROWER: " + person);
                lines.add("LOAN CONTRACT: PL" + date.getYear() + "%08d".formatted(serial * 37L % 100_000_000));
                lines.add("PRINCIPAL REPAID: CNY " + amount);
                lines.add("INTEREST REPAID: CNY " + money(random, 10, 3_000));
                lines.add("SETTLED ON: " + date);
                lines.add("THE LOAN HAS BEEN REPAID IN FULL. NO BALANCE IS OUTSTANDING.");
                lines.add("CREDIT MANAGEMENT DEPARTMENT (SEAL)");
                yield new EvidenceText(pick(random, BANKS), "LOAN SETTLEMENT CERTIFICATE", lines);
            }
            case BANK_STATEMENT -> {
                lines.add("ACCOUNT: 6222 **** **** " + "%04d".formatted(random.nextInt(10_000)) + "   HOLDER: " + person);
                lines.add("PERIOD: " + date.minusMonths(2).withDayOfMonth(1) + " TO " + date);
                long balance = 2_000 + random.nextInt(40_000);
                LocalDate day = date.minusMonths(2);
                String[] what = {"SALARY", "AUTO DEBIT FAILED", "LOAN REPAYMENT", "TRANSFER IN", "UTILITY PAYMENT", "CARD REPAYMENT"};
                for (int i = 0; i < 7; i++) {
                    day = day.plusDays(3 + random.nextInt(8));
                    long change = (random.nextBoolean() ? 1 : -1) * (50L + random.nextInt(6_000));
                    balance = Math.max(0, balance + change);
                    lines.add(day + "  " + pick(random, what) + "  " + (change > 0 ? "+" : "") + change + ".00  BAL " + balance + ".00");
                }
                yield new EvidenceText(pick(random, BANKS), "ACCOUNT STATEMENT", lines);
            }
            case COURT_NOTICE -> {
                lines.add("CASE NO. (" + date.getYear() + ") LU 1082 ZHI " + serial);
                lines.add("TO THE JUDGMENT DEBTOR: " + person);
                lines.add("THE JUDGMENT OF " + date.minusMonths(4) + " HAS TAKEN EFFECT.");
                lines.add("AMOUNT TO BE PERFORMED: CNY " + amount);
                lines.add("PERFORM WITHIN 10 DAYS OF RECEIVING THIS NOTICE, OR REPORT YOUR ASSETS.");
                lines.add("FAILING THAT, THE COURT MAY LIST YOU AS A DISHONEST JUDGMENT DEBTOR.");
                lines.add("ISSUED ON " + date);
                yield new EvidenceText(pick(random, COURTS), "NOTICE OF ENFORCEMENT", lines);
            }
            case PERFORMANCE_CERTIFICATE -> {
                lines.add("CASE NO. (" + date.getYear() + ") LU 1082 ZHI " + serial);
                lines.add("JUDGMENT DEBTOR: " + person);
                lines.add("ALL OBLIGATIONS SET BY THE EFFECTIVE JUDGMENT WERE PERFORMED ON " + date + ".");
                lines.add("AMOUNT PERFORMED: CNY " + amount);
                lines.add("ENFORCEMENT IS CONCLUDED. LISTING MEASURES SHALL BE REMOVED.");
                lines.add("ENFORCEMENT DIVISION (SEAL)");
                yield new EvidenceText(pick(random, COURTS), "CERTIFICATE OF PERFORMANCE", lines);
            }
            case TAX_CLEARANCE -> {
                lines.add("CERTIFICATE NO. 337108" + "%08d".formatted(serial * 113L % 100_000_000));
                lines.add("TAXPAYER: " + person);
                lines.add("TAX TYPE: " + (random.nextBoolean() ? "VALUE-ADDED TAX" : "INDIVIDUAL INCOME TAX"));
                lines.add("TAX PERIOD: " + date.minusMonths(3).withDayOfMonth(1) + " TO " + date.minusMonths(1));
                lines.add("AMOUNT PAID: CNY " + amount);
                lines.add("LATE PAYMENT SURCHARGE: CNY " + money(random, 5, 900));
                lines.add("PAID ON: " + date);
                yield new EvidenceText("STATE TAXATION ADMINISTRATION RONGCHENG TAX BUREAU", "TAX PAYMENT CERTIFICATE", lines);
            }
            case PENALTY_DECISION -> {
                lines.add("RONG ZONG ZHI FA JUE ZI [" + date.getYear() + "] NO. " + serial);
                lines.add("PARTY: " + person);
                lines.add("FACTS: " + pick(random, new String[] {"UNAUTHORISED STRUCTURE ON THE ROOF",
                        "DAMAGE TO A PUBLIC BENCH ON CHENGSHAN AVENUE", "WASTE NOT SORTED ON THREE OCCASIONS",
                        "STALL OPERATED WITHOUT A LICENCE"}));
                lines.add("PENALTY: " + (random.nextBoolean() ? "WARNING" : "FINE OF CNY " + money(random, 50, 2_000)));
                lines.add("DECIDED ON: " + date);
                lines.add("YOU MAY APPLY FOR ADMINISTRATIVE RECONSIDERATION WITHIN 60 DAYS.");
                yield new EvidenceText("RONGCHENG COMPREHENSIVE ADMINISTRATIVE LAW ENFORCEMENT BUREAU",
                        "ADMINISTRATIVE PENALTY DECISION", lines);
            }
            case MEDICAL_CERTIFICATE -> {
                lines.add("PATIENT: " + person + "   AGE: " + (8 + random.nextInt(75)));
                lines.add("OUTPATIENT NO. " + "%09d".formatted(serial * 7919L % 1_000_000_000));
                lines.add("DIAGNOSIS: " + pick(random, DIAGNOSES));
                lines.add("RECOMMENDATION: INPATIENT TREATMENT AT SHANDONG PROVINCIAL HOSPITAL, JINAN.");
                lines.add("TRAVEL FOR TREATMENT IS MEDICALLY NECESSARY.");
                lines.add("PHYSICIAN: DR. " + pick(random, SURNAMES) + "   DATE: " + date);
                yield new EvidenceText("RONGCHENG PEOPLE'S HOSPITAL", "DIAGNOSIS CERTIFICATE", lines);
            }
            case TRAVEL_RECORD -> {
                lines.add("PASSENGER: " + person);
                LocalDate day = date.minusDays(20);
                for (int i = 0; i < 5; i++) {
                    day = day.plusDays(1 + random.nextInt(6));
                    lines.add(day + "  G" + (100 + random.nextInt(9_800)) + "  " + pick(random, STATIONS) + " - "
                            + pick(random, STATIONS) + "  TICKET CHECKED");
                }
                yield new EvidenceText("CHINA RAILWAY 12306", "TRAVEL RECORD", lines);
            }
            case RECEIPT_PHOTO -> {
                lines.add("NO. " + "%08d".formatted(serial * 31L % 100_000_000));
                lines.add("PAYER: " + person);
                lines.add("ITEM: " + pick(random, new String[] {"HEATING FEE", "WATER FEE", "FINE", "TAX ARREARS", "LOAN"}));
                lines.add("AMOUNT: CNY " + amount);
                lines.add("DATE: " + date);
                yield new EvidenceText(pick(random, BANKS), "RECEIPT", lines);
            }
            case TICKET_PHOTO -> {
                lines.add("G" + (100 + random.nextInt(9_800)) + "  " + pick(random, STATIONS) + " - " + pick(random, STATIONS));
                lines.add(date + " " + "%02d:%02d".formatted(6 + random.nextInt(15), random.nextInt(60)) + " DEP");
                lines.add("CAR " + "%02d".formatted(1 + random.nextInt(16)) + " SEAT " + (1 + random.nextInt(18))
                        + (char) ('A' + random.nextInt(6)));
                lines.add("CNY " + money(random, 30, 600));
                lines.add("3710821*********" + "%02d".formatted(random.nextInt(100)) + "  " + person);
                yield new EvidenceText("CHINA RAILWAY", "TICKET", lines);
            }
            case SCENE_PHOTO -> {
                lines.add(date + " " + "%02d:%02d:%02d".formatted(random.nextInt(24), random.nextInt(60), random.nextInt(60)));
                lines.add(pick(random, new String[] {"CHENGSHAN AVE / GUANHAI RD", "SHIDAO PORT", "RONGCHENG STATION",
                        "NINGJIN SUBDISTRICT", "HAIBIN PARK"}));
                yield new EvidenceText("CAMERA", "PHOTO", lines);
            }
            case REPAYMENT_SCREENSHOT -> {
                LocalDate day = date.minusMonths(6);
                for (int i = 0; i < 6; i++) {
                    day = day.plusMonths(1);
                    lines.add(day + "  CNY " + money(random, 300, 5_000) + "  " + (i == 2 && random.nextBoolean() ? "LATE" : "PAID"));
                }
                yield new EvidenceText("QINGHE CREDIT", "REPAYMENT RECORDS", lines);
            }
        };
    }

    private static String money(RandomGenerator random, int min, int max) {
        long cents = random.nextLong(min * 100L, max * 100L);
        return String.format(Locale.ROOT, "%,d.%02d", cents / 100, cents % 100);
    }

    private static String pick(RandomGenerator random, String[] values) {
        return values[random.nextInt(values.length)];
    }
}
