package org.redress.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.GeneralCodingRules.ACCESS_STANDARD_STREAMS;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The layering rules of ARCHITECTURE.md, held by the normal test run. */
@AnalyzeClasses(packages = "org.redress", importOptions = ImportOption.DoNotIncludeTests.class)
class LayeringTest {

    @ArchTest
    static final ArchRule domain_depends_only_on_the_jdk =
            noClasses().that().resideInAPackage("org.redress.domain..")
                    .should().dependOnClassesThat().resideOutsideOfPackages(
                            "org.redress.domain..", "java..", "org.jspecify..")
                    .because("the domain is pure model and rules");

    @ArchTest
    static final ArchRule domain_never_touches_io_of_the_outside_world =
            noClasses().that().resideInAPackage("org.redress.domain..")
                    .should().dependOnClassesThat().resideInAnyPackage(
                            "java.sql..", "javafx..", "java.net.http..", "java.awt..")
                    .because("JDBC, JavaFX and HTTP belong to outer layers");

    @ArchTest
    static final ArchRule ui_never_uses_jdbc =
            noClasses().that().resideInAPackage("org.redress.ui..")
                    .should().dependOnClassesThat().resideInAPackage("java.sql..")
                    .because("the UI talks to services, not to the database")
                    .allowEmptyShould(true);

    @ArchTest
    static final ArchRule hub_never_imports_ui_or_store =
            noClasses().that().resideInAPackage("org.redress.hub..")
                    .should().dependOnClassesThat().resideInAnyPackage("org.redress.ui..", "org.redress.store..")
                    .allowEmptyShould(true);

    @ArchTest
    static final ArchRule only_the_ui_uses_javafx =
            noClasses().that().resideOutsideOfPackages("org.redress.ui..", "org.redress.cli..")
                    .should().dependOnClassesThat().resideInAPackage("javafx..");

    @ArchTest
    static final ArchRule no_package_cycles =
            slices().matching("org.redress.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule no_diagnostics_on_standard_streams_outside_the_cli =
            noClasses().that().resideOutsideOfPackages("org.redress.cli..")
                    .should(ACCESS_STANDARD_STREAMS)
                    .because("diagnostics go through SLF4J; only commands print their results");
}
