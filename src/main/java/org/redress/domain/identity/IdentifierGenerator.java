package org.redress.domain.identity;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.random.RandomGenerator;

/**
 * Makes valid identifiers, and deliberately broken ones, for tests and the demo workspace. The
 * same seed gives the same identifiers: pass e.g. {@code new SplittableRandom(seed)}.
 */
public final class IdentifierGenerator {

    /** Registration authority and category; enterprises (91) dominate the real register. */
    private static final List<String> AUTHORITY_AND_CATEGORY =
            List.of("91", "91", "91", "91", "92", "93", "11", "12", "51", "52", "53");
    /** ISO 3166-1 numeric codes, as positions 4–6 of a foreigner's permanent residence ID. */
    private static final List<String> NATIONALITIES =
            List.of("840", "826", "276", "250", "392", "410", "036", "124", "643", "702");
    private static final LocalDate LEGACY_FIRST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LEGACY_LAST = LocalDate.of(1999, 12, 31);
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;

    private final RandomGenerator random;

    public IdentifierGenerator(RandomGenerator random) {
        this.random = Objects.requireNonNull(random, "random");
    }

    /** A division picked from {@link AdministrativeDivisions#sample()}. */
    public AdministrativeDivision division() {
        return pick(AdministrativeDivisions.sample());
    }

    /** A valid 18-character resident ID of someone born between the two dates (inclusive). */
    public String residentId(LocalDate bornFrom, LocalDate bornTo) {
        return residentId(division(), birthDate(bornFrom, bornTo), random.nextBoolean() ? Sex.MALE : Sex.FEMALE);
    }

    /** A valid resident ID with the given address, birth date and sex; the sequence number is random. */
    public String residentId(AdministrativeDivision where, LocalDate birthDate, Sex sex) {
        return withCheck(where.code() + birthDate.format(YYYYMMDD) + sequence(sex));
    }

    /** A legacy 15-digit resident ID; births must fall in 1900–1999, the only years it can carry. */
    public String legacyResidentId(LocalDate bornFrom, LocalDate bornTo) {
        if (bornFrom.isBefore(LEGACY_FIRST) || bornTo.isAfter(LEGACY_LAST)) {
            throw new IllegalArgumentException("legacy resident IDs carry birth dates from 1900 to 1999");
        }
        String eighteen = residentId(bornFrom, bornTo);
        return eighteen.substring(0, 6) + eighteen.substring(8, 17);
    }

    /** A valid residence permit for a resident of Hong Kong (81), Macao (82) or Taiwan (83). */
    public String residencePermit(LocalDate bornFrom, LocalDate bornTo) {
        String address = "8" + (1 + random.nextInt(3)) + "0000";
        return withCheck(address + birthDate(bornFrom, bornTo).format(YYYYMMDD) + sequence(randomSex()));
    }

    /** A valid foreigner's permanent residence ID (2023 format). */
    public String foreignerPermanentResidenceId(LocalDate bornFrom, LocalDate bornTo) {
        String province = division().code().substring(0, 2);
        return withCheck("9" + province + pick(NATIONALITIES)
                + birthDate(bornFrom, bornTo).format(YYYYMMDD) + sequence(randomSex()));
    }

    /** A valid Unified Social Credit Code registered in a sample division. */
    public String socialCreditCode() {
        return socialCreditCode(division());
    }

    /** A valid Unified Social Credit Code registered in {@code where}. */
    public String socialCreditCode(AdministrativeDivision where) {
        String head = pick(AUTHORITY_AND_CATEGORY);
        String body = head.startsWith("9") && random.nextInt(10) < 7
                ? "MA" + characters(6) // the prefix newly registered enterprises get
                : digits(8);
        String first17 = head + where.code() + body + SocialCreditCodeValidator.organisationCodeCheck(body);
        return first17 + SocialCreditCodeValidator.checkCharacter(first17);
    }

    /**
     * {@code valid} with its final check character replaced by another one that the check could
     * have produced, so the result fails only its checksum.
     */
    public String withWrongCheckCharacter(String valid, SubjectKind subject) {
        if (valid.length() != 18) {
            throw new IllegalArgumentException("only 18-character identifiers carry a check character");
        }
        String pool = subject == SubjectKind.PERSON ? PersonIdValidator.CHECK_CHARACTERS : SocialCreditCodeValidator.ALPHABET;
        return valid.substring(0, 17) + other(pool, valid.charAt(17));
    }

    /**
     * A USCC whose organisation code check (position 17) is wrong while its final check character
     * is right for what precedes it: the inner check alone fails.
     */
    public String withWrongOrganisationCodeCheck(String validCode) {
        if (validCode.length() != 18) {
            throw new IllegalArgumentException("a Unified Social Credit Code has 18 characters");
        }
        String first17 = validCode.substring(0, 16) + other("0123456789X", validCode.charAt(16));
        return first17 + SocialCreditCodeValidator.checkCharacter(first17);
    }

    private String withCheck(String first17) {
        return first17 + PersonIdValidator.checkCharacter(first17);
    }

    private LocalDate birthDate(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("empty range of birth dates");
        }
        return LocalDate.ofEpochDay(random.nextLong(from.toEpochDay(), to.toEpochDay() + 1));
    }

    /** 001–999, odd for men and even for women. */
    private String sequence(Sex sex) {
        int n = sex == Sex.MALE ? 2 * random.nextInt(500) + 1 : 2 * (1 + random.nextInt(499));
        return String.format("%03d", n);
    }

    private Sex randomSex() {
        return random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
    }

    private String digits(int count) {
        var out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    private String characters(int count) {
        var out = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            out.append(SocialCreditCodeValidator.ALPHABET.charAt(random.nextInt(SocialCreditCodeValidator.ALPHABET.length())));
        }
        return out.toString();
    }

    private char other(String pool, char current) {
        String others = pool.replace(String.valueOf(current), "");
        return others.charAt(random.nextInt(others.length()));
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
