package org.redress.domain.identity;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;

/**
 * What a person's identifier says about them: birth date and sex. Priority rules use it to tell
 * whether an applicant is a minor.
 */
public record PersonFacts(LocalDate birthDate, Sex sex) {

    private static final int AGE_OF_MAJORITY = 18;

    public PersonFacts {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(sex, "sex");
    }

    /**
     * The facts of a checked person's identifier; empty for organisations and format problems.
     * A checksum mismatch still has a readable birth date, so it counts.
     */
    public static Optional<PersonFacts> of(IdentifierCheck check) {
        String id = check.normalized();
        if (id == null || check.kind().subjectKind().orElse(null) != SubjectKind.PERSON) {
            return Optional.empty();
        }
        var birthDate = LocalDate.of(Integer.parseInt(id.substring(6, 10)),
                Integer.parseInt(id.substring(10, 12)), Integer.parseInt(id.substring(12, 14)));
        var sex = (id.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
        return Optional.of(new PersonFacts(birthDate, sex));
    }

    /**
     * Reads the facts from a person's identifier in any of its forms.
     *
     * @throws IllegalArgumentException if it has a format problem (a checksum mismatch is fine)
     */
    public static PersonFacts read(String personId, LocalDate today) {
        return of(PersonIdValidator.check(personId, today))
                .orElseThrow(() -> new IllegalArgumentException("not a readable person's identifier"));
    }

    /**
     * Age in completed years on {@code date}. A year is completed on the day after the birthday,
     * as Chinese courts count age ("从周岁生日的第二天起算"): on their 18th birthday a person is
     * still 17, and so still a minor.
     *
     * @throws IllegalArgumentException if {@code date} is before the birth date
     */
    public int ageOn(LocalDate date) {
        if (date.isBefore(birthDate)) {
            throw new IllegalArgumentException("date is before the birth date");
        }
        return Period.between(birthDate.plusDays(1), date).getYears();
    }

    /**
     * Whether the person is under 18 on {@code date} (see {@link #ageOn} for how years count).
     *
     * @throws IllegalArgumentException if {@code date} is before the birth date
     */
    public boolean isMinorOn(LocalDate date) {
        return ageOn(date) < AGE_OF_MAJORITY;
    }

    /** The same rule for a birth date alone; a day before birth counts as a minor's. */
    public static boolean isMinorOn(LocalDate birthDate, LocalDate date) {
        return date.isBefore(birthDate) || Period.between(birthDate.plusDays(1), date).getYears() < AGE_OF_MAJORITY;
    }
}
