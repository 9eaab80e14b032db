package org.redress.demo;

import org.jspecify.annotations.Nullable;
import org.redress.domain.identity.AdministrativeDivision;
import org.redress.domain.identity.AdministrativeDivisions;
import org.redress.domain.identity.IdentifierCheck;
import org.redress.domain.identity.IdentifierGenerator;
import org.redress.domain.identity.Identifiers;
import org.redress.domain.identity.PersonFacts;
import org.redress.domain.identity.Sex;
import org.redress.domain.identity.SubjectKind;
import org.redress.domain.identity.Verdict;

import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Makes subjects: 80% people (with a few minors, residence permits and foreign residents), 20%
 * organisations; each with a valid generated identifier never handed out before, except a handful
 * whose check character is deliberately wrong and which carry the reason an officer accepted them.
 */
final class SubjectMaker {

    static final String RONGCHENG = "371082";
    private static final List<String> SHANGHAI = List.of("310101", "310104", "310115");
    private static final String[] PERSON_OVERRIDE_REASONS = {
            "经核对公安机关出具的户籍证明，号码与居民身份证原件一致，系早期制证时校验码编制错误，予以受理。",
            "申请人提供的居民身份证原件与该号码一致，派出所已出具情况说明，校验码错误不影响身份认定。",
            "The number matches the permit presented at the counter; the issuing authority confirmed it in writing."};
    private static final String[] ORGANISATION_OVERRIDE_REASONS = {
            "核对营业执照正本，登记机关赋码与执照一致，校验位不符系赋码错误，按执照所载代码受理。",
            "市场监管部门出具证明：该统一社会信用代码为有效登记代码，校验位异常系历史换证遗留问题。"};

    private final LocalDate today;
    private final IdentifierRegistry registry = new IdentifierRegistry();

    SubjectMaker(LocalDate today) {
        this.today = today;
    }

    /**
     * @param forcePerson the first subjects are people, so the names that test fonts are always there
     * @param longLedger  subjects with a very long ledger are adults under a points or range scheme
     */
    DemoSubject make(long id, RandomGenerator random, boolean forcePerson, boolean longLedger) {
        boolean person = forcePerson || longLedger || random.nextInt(100) < 80;
        return person ? person(id, random, longLedger) : organisation(id, random);
    }

    private DemoSubject person(long id, RandomGenerator random, boolean longLedger) {
        boolean minor = !longLedger && random.nextInt(100) < 3;
        String scheme = longLedger ? (id % 2 == 0 ? Schemes.PLATFORM : Schemes.RONGCHENG) : personScheme(random, minor);
        LocalDate bornFrom = minor ? today.minusYears(17).plusDays(100) : today.minusYears(75);
        LocalDate bornTo = minor ? today.minusYears(14) : today.minusYears(20);
        var generator = new IdentifierGenerator(random);
        int form = random.nextInt(1_000);
        String identifier;
        String region;
        String name;
        boolean english = false;
        if (form < 25 && !minor) {
            identifier = unique(() -> generator.residencePermit(bornFrom, bornTo));
            region = division(random, scheme).code();
            name = PersonNames.traditional(random);
        } else if (form < 50 && !minor) {
            identifier = unique(() -> generator.foreignerPermanentResidenceId(bornFrom, bornTo));
            region = division(random, scheme).code();
            String nationality = identifier.substring(3, 6);
            name = PersonNames.foreign(random, nationality);
            english = PersonNames.writesEnglish(nationality);
        } else {
            AdministrativeDivision where = division(random, scheme);
            LocalDate birth = LocalDate.ofEpochDay(random.nextLong(bornFrom.toEpochDay(), bornTo.toEpochDay() + 1));
            Sex sex = random.nextBoolean() ? Sex.MALE : Sex.FEMALE;
            identifier = unique(() -> generator.residentId(where, birth, sex));
            region = where.code();
            name = switch ((int) id) {
                case 1 -> PersonNames.OUTSIDE_BMP_NAME;
                case 2, 3, 5, 8 -> PersonNames.withRareCharacter(random, (int) id);
                default -> PersonNames.mainland(random, sex == Sex.MALE);
            };
            english = random.nextInt(100) < 4;
        }
        PersonFacts facts = PersonFacts.read(identifier, today);
        String reason = null;
        if (random.nextInt(1_000) < 3) {
            String wrong = generator.withWrongCheckCharacter(identifier, SubjectKind.PERSON);
            if (registry.claim(wrong)) {
                identifier = wrong;
                reason = PERSON_OVERRIDE_REASONS[random.nextInt(PERSON_OVERRIDE_REASONS.length)];
            }
        }
        return subject(id, SubjectKind.PERSON, identifier, reason, name, region, facts.birthDate(), scheme, english);
    }

    private DemoSubject organisation(long id, RandomGenerator random) {
        String scheme = random.nextInt(100) < 45 ? Schemes.DISHONEST_DEBTORS : Schemes.RED_LIST;
        AdministrativeDivision where = division(random, scheme);
        var generator = new IdentifierGenerator(random);
        String identifier = unique(() -> generator.socialCreditCode(where));
        String name = OrganisationNames.name(random, where, identifier.substring(0, 2));
        String reason = null;
        if (random.nextInt(1_000) < 5) {
            String wrong = random.nextBoolean()
                    ? generator.withWrongCheckCharacter(identifier, SubjectKind.ORGANISATION)
                    : generator.withWrongOrganisationCodeCheck(identifier);
            if (registry.claim(wrong)) {
                identifier = wrong;
                reason = ORGANISATION_OVERRIDE_REASONS[random.nextInt(ORGANISATION_OVERRIDE_REASONS.length)];
            }
        }
        return subject(id, SubjectKind.ORGANISATION, identifier, reason, name, where.code(), null, scheme,
                random.nextInt(100) < 2);
    }

    private DemoSubject subject(long id, SubjectKind kind, String identifier, @Nullable String reason, String name,
                                String region, @Nullable LocalDate birthDate, String scheme, boolean english) {
        IdentifierCheck check = Identifiers.check(identifier, kind, today);
        boolean expected = reason == null ? check.verdict() == Verdict.VALID : check.verdict() == Verdict.CHECKSUM_MISMATCH;
        if (!expected) {
            throw new IllegalStateException("generated identifier of subject " + id + " checks " + check.verdict());
        }
        return new DemoSubject(id, kind, identifier, check.kind(), check.verdict(), reason, name, region, birthDate,
                scheme, english);
    }

    private String unique(java.util.function.Supplier<String> make) {
        for (int attempt = 0; attempt < 1_000; attempt++) {
            String candidate = make.get();
            if (registry.claim(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no fresh identifier after 1000 attempts");
    }

    private static String personScheme(RandomGenerator random, boolean minor) {
        int roll = random.nextInt(100);
        if (minor) {
            return roll < 60 ? Schemes.RONGCHENG : roll < 90 ? Schemes.PLATFORM : Schemes.HONEST_SHANGHAI;
        }
        if (roll < 44) {
            return Schemes.RONGCHENG;
        }
        if (roll < 76) {
            return Schemes.PLATFORM;
        }
        if (roll < 93) {
            return Schemes.HONEST_SHANGHAI;
        }
        return roll < 98 ? Schemes.DISHONEST_DEBTORS : Schemes.RED_LIST;
    }

    /** Rongcheng's schemes draw mostly local people, Honest Shanghai Shanghai's; the platform anyone. */
    private static AdministrativeDivision division(RandomGenerator random, String scheme) {
        int roll = random.nextInt(100);
        String code = switch (scheme) {
            case Schemes.RONGCHENG -> roll < 60 ? RONGCHENG : roll < 75 ? "371002" : null;
            case Schemes.HONEST_SHANGHAI -> roll < 70 ? SHANGHAI.get(roll % SHANGHAI.size()) : null;
            case Schemes.DISHONEST_DEBTORS, Schemes.RED_LIST -> roll < 55 ? RONGCHENG : null;
            default -> null;
        };
        List<AdministrativeDivision> sample = AdministrativeDivisions.sample();
        return code != null ? AdministrativeDivisions.byCode(code).orElseThrow() : sample.get(random.nextInt(sample.size()));
    }
}
