package dev.kantor.scheduling;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The scheduling core is plain Java: no framework in the model, the solver, the bound or the checker. */
class SchedulingArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.kantor.scheduling");

    @Test
    void theSchedulingCoreUsesNoSpring() {
        ArchRule rule = noClasses()
                .that()
                .resideInAnyPackage(
                        "dev.kantor.scheduling.problem..",
                        "dev.kantor.scheduling.grid..",
                        "dev.kantor.scheduling.solver..",
                        "dev.kantor.scheduling.bound..",
                        "dev.kantor.scheduling.check..",
                        "dev.kantor.scheduling.ortools..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..");
        rule.check(classes);
    }

    @Test
    void theCheckerSharesNoCodeWithTheSolver() {
        ArchRule rule = noClasses()
                .that()
                .resideInAPackage("dev.kantor.scheduling.check..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "dev.kantor.scheduling.solver..",
                        "dev.kantor.scheduling.grid..",
                        "dev.kantor.scheduling.bound..");
        rule.check(classes);
    }
}
