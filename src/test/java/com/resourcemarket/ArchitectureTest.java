package com.resourcemarket;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** Module boundaries: the core knows no feature, no feature knows the console, features form no cycles. */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.resourcemarket");
    }

    @Test
    void coreDependsOnNoFeature() {
        noClasses().that().resideInAPackage("com.resourcemarket.core..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "feature classes", c -> c.getPackageName().startsWith("com.resourcemarket.")
                                && !c.getPackageName().startsWith("com.resourcemarket.core")))
                .because("the shared core must not depend on any feature package")
                .check(production);
    }

    @Test
    void noFeatureDependsOnConsole() {
        noClasses().that().resideOutsideOfPackage("com.resourcemarket.console..")
                .should().dependOnClassesThat().resideInAPackage("com.resourcemarket.console..")
                .allowEmptyShould(true)
                .check(production);
    }

    @Test
    void featuresAreFreeOfCycles() {
        slices().matching("com.resourcemarket.(*)..").should().beFreeOfCycles().check(production);
    }

    @Test
    void resourcesNeverHandleEntities() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().areAnnotatedWith(jakarta.persistence.Entity.class)
                .because("resources stay thin: services return DTOs, never entities")
                .check(production);
    }

    @Test
    void entitiesLiveInFeaturePackages() {
        classes().that().areAnnotatedWith(jakarta.persistence.Entity.class)
                .should().resideOutsideOfPackage("com.resourcemarket.core..")
                .check(production);
    }
}
