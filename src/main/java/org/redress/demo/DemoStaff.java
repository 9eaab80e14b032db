package org.redress.demo;

import org.redress.domain.access.Role;

import java.security.SecureRandom;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The office's accounts: six officers (two seconded from issuing agencies, so recusal has work to
 * do), two supervisors, an auditor and an administrator. Everything but the passwords comes from the
 * seed: the passwords are drawn at random for each workspace (the seed is public, printed with every
 * demo), shown once, and only their hashes are stored.
 */
public final class DemoStaff {

    private static final String[] WORDS = {"chengshan", "shidao", "haibin", "tianehu", "yuhuang", "lidao", "sanggou",
            "moye", "xiashi", "ningjin", "haiou", "dengta", "yuanyang", "jiaojiang", "yangyu", "baiqiao"};

    private final List<DemoOfficer> officers;
    private final List<DemoOfficer> caseWorkers;
    private final List<DemoOfficer> supervisors;

    /** The staff with passwords drawn from the system's secure random source. */
    public DemoStaff() {
        this(new SecureRandom());
    }

    /** The staff with passwords drawn from {@code random} (tests that need them fixed pass their own). */
    DemoStaff(RandomGenerator random) {
        String office = ReviewOffice.OFFICE.code();
        officers = List.of(
                new DemoOfficer(1, "admin", "赵立新", Role.ADMINISTRATOR, office, password(random)),
                new DemoOfficer(2, "chen.jing", "陈静", Role.SUPERVISOR, office, password(random)),
                new DemoOfficer(3, "liu.yang", "刘洋", Role.SUPERVISOR, office, password(random)),
                new DemoOfficer(4, "sun.li", "孙莉", Role.AUDITOR, office, password(random)),
                new DemoOfficer(5, "wang.fang", "王芳", Role.OFFICER, office, password(random)),
                new DemoOfficer(6, "li.qiang", "李强", Role.OFFICER, office, password(random)),
                new DemoOfficer(7, "zhang.min", "张敏", Role.OFFICER, office, password(random)),
                new DemoOfficer(8, "zhao.lei", "赵磊", Role.OFFICER, IssuingAgencies.TRAFFIC_POLICE, password(random)),
                new DemoOfficer(9, "huang.hui", "黄慧", Role.OFFICER, IssuingAgencies.TAX_BUREAU, password(random)),
                new DemoOfficer(10, "wu.haitao", "吴海涛", Role.OFFICER, office, password(random)));
        caseWorkers = officers.stream().filter(o -> o.role().worksCases()).toList();
        supervisors = officers.stream().filter(o -> o.role() == Role.SUPERVISOR).toList();
    }

    public List<DemoOfficer> all() {
        return officers;
    }

    /** Those who work cases: officers and supervisors. */
    List<DemoOfficer> caseWorkers() {
        return caseWorkers;
    }

    List<DemoOfficer> supervisors() {
        return supervisors;
    }

    DemoOfficer byId(long id) {
        return officers.stream().filter(o -> o.id() == id).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no demo officer " + id));
    }

    /** Two words and four digits: easy to type from the printout, different for every account. */
    private static String password(RandomGenerator random) {
        String first = WORDS[random.nextInt(WORDS.length)];
        String second = WORDS[random.nextInt(WORDS.length)];
        return first + "-" + (1000 + random.nextInt(9000)) + "-" + second;
    }
}
