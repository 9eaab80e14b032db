package org.redress.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.redress.domain.access.Officer;

import java.util.Map;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;

/**
 * Every public method of a casework service takes the acting officer (TRUST.md, rule 3: every act
 * has an actor, checked for role, office and recusal inside the service). A service is a public
 * class of {@code org.redress.casework} that is not a record, an enum, an interface or an
 * exception; its public instance methods must have a parameter of type {@link Officer}. The few
 * that cannot are listed below, each with its reason.
 */
@AnalyzeClasses(packages = "org.redress", importOptions = ImportOption.DoNotIncludeTests.class)
class ActorParameterTest {

    /** Class.method → why it takes no officer. */
    static final Map<String, String> EXEMPT = pairs(
            "SignInService.signIn", "signing in is how an officer becomes the actor",
            "SignInService.attempt", "signing in is how an officer becomes the actor",
            "SignInService.demoOfficer", "passwordless sign-in for pictures and measured starts; refuses any workspace "
                    + "the demo generator did not make, and is audited",
            "SignInService.isDemo", "asked before anyone signs in, to offer the passwordless sign-in or not",
            "WorkstationSettings.all", "read before anyone signs in (language, theme, office name, demo day); settings "
                    + "hold no personal data",
            "QueueService.today", "the office's date, read from the clock; no data of the workspace",
            "RepresentativeCases.caseId", "picks a case for a picture of a demo workspace before anyone signs in; "
                    + "case numbers only",
            "RepresentativeCases.caseNo", "as caseId",
            "RepresentativeCases.officer", "picks the demo account to sign in as, before anyone signs in; account names only",
            "LetterDesk.close", "AutoCloseable: stops the batch's threads",
            "DecisionService.letterLanguage", "the office's letter language(s), a setting with no personal data, read to "
                    + "ask for the reasons in each",
            "DeadlineService.terms", "a scheme's deadline terms from the catalogue; no data of the workspace");

    /** Method name, then why it needs no officer, and so on (more than Map.of takes). */
    private static Map<String, String> pairs(String... namesAndReasons) {
        java.util.Map<String, String> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndReasons.length; i += 2) {
            map.put(namesAndReasons[i], namesAndReasons[i + 1]);
        }
        return Map.copyOf(map);
    }

    private static final DescribedPredicate<JavaClass> SERVICE = new DescribedPredicate<>("a casework service") {
        @Override
        public boolean test(JavaClass c) {
            return c.getPackageName().equals("org.redress.casework") && c.getModifiers().contains(JavaModifier.PUBLIC)
                    && !c.isRecord() && !c.isEnum() && !c.isInterface() && !c.isAssignableTo(Throwable.class)
                    && !c.isNestedClass();
        }
    };

    private static final ArchCondition<JavaMethod> TAKE_AN_OFFICER = new ArchCondition<>("take the acting officer") {
        @Override
        public void check(JavaMethod method, ConditionEvents events) {
            String name = method.getOwner().getSimpleName() + "." + method.getName();
            boolean takes = method.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(Officer.class));
            if (!takes && !EXEMPT.containsKey(name)) {
                events.add(SimpleConditionEvent.violated(method, name + " takes no " + Officer.class.getSimpleName()
                        + ": a casework service acts for an officer, checked inside it (or add it to the allow-list "
                        + "with its reason)"));
            }
        }
    };

    @ArchTest
    static final ArchRule public_casework_service_methods_take_the_acting_officer =
            methods().that().areDeclaredInClassesThat(SERVICE).and().arePublic()
                    .and().doNotHaveModifier(JavaModifier.STATIC)
                    .should(TAKE_AN_OFFICER);

    @ArchTest
    static final ArchRule the_allow_list_names_only_methods_that_exist =
            methods().that().areDeclaredInClassesThat(SERVICE).should(new ArchCondition<>("be named by the allow-list") {
                private final java.util.Set<String> seen = new java.util.HashSet<>();

                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    seen.add(method.getOwner().getSimpleName() + "." + method.getName());
                }

                @Override
                public void finish(ConditionEvents events) {
                    for (String exempt : EXEMPT.keySet()) {
                        if (!seen.contains(exempt)) {
                            events.add(SimpleConditionEvent.violated(exempt, exempt + " is on the allow-list but is "
                                    + "not a method of a casework service any more"));
                        }
                    }
                }
            });
}
