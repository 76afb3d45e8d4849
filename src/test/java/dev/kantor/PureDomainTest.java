package dev.kantor;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The domain and the mathematics are plain Java: no Spring, no servlets, no JSON library, so that
 * they are tested without a context and read without knowing the frameworks. A package not there
 * yet passes, so that the rule can name the packages before they are written.
 */
@AnalyzeClasses(packages = "dev.kantor", importOptions = ImportOption.DoNotIncludeTests.class)
class PureDomainTest {

    private static final String SPRING = "org.springframework..";
    private static final String SERVLET = "jakarta.servlet..";
    private static final String[] JACKSON = {"tools.jackson..", "com.fasterxml.jackson.."};

    @ArchTest
    static final ArchRule theQueueingMathematicsIsPlainJava = noClasses()
            .that()
            .resideInAPackage("dev.kantor.staffing.requirement..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(SPRING, SERVLET, JACKSON[0], JACKSON[1])
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule theSchedulingSolverBoundAndCheckerArePlainJava = noClasses()
            .that()
            .resideInAnyPackage(
                    "dev.kantor.scheduling.solver..", "dev.kantor.scheduling.bound..", "dev.kantor.scheduling.check..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(SPRING, SERVLET, JACKSON[0], JACKSON[1])
            .allowEmptyShould(true);

    /** The scheduling problem reads and writes its JSON format itself, so Jackson is allowed there. */
    @ArchTest
    static final ArchRule theSchedulingProblemUsesNoSpring = noClasses()
            .that()
            .resideInAPackage("dev.kantor.scheduling.problem..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(SPRING, SERVLET)
            .allowEmptyShould(true);

    /** The self-assessment's statements, scoring and reliability, and ranking against role profiles. */
    @ArchTest
    static final ArchRule theAssessmentInstrumentAndFitArePlainJava = noClasses()
            .that()
            .resideInAnyPackage("dev.kantor.assessment.instrument..", "dev.kantor.assessment.fit..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(SPRING, SERVLET, JACKSON[0], JACKSON[1])
            .allowEmptyShould(true);

    /** The coverage check of a work arrangement. */
    @ArchTest
    static final ArchRule theArrangementCoverageCheckIsPlainJava = noClasses()
            .that()
            .resideInAPackage("dev.kantor.arrangements.coverage..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(SPRING, SERVLET, JACKSON[0], JACKSON[1])
            .allowEmptyShould(true);

    /** Who is offered which waiting chat: the rule and what it weighs, apart from where the facts come from. */
    @ArchTest
    static final ArchRule theChatAssignmentIsPlainJava = noClasses()
            .that()
            .haveFullyQualifiedName("dev.kantor.chat.assignment.ChatAssignment")
            .or()
            .haveFullyQualifiedName("dev.kantor.chat.assignment.ChatAgent")
            .or()
            .haveFullyQualifiedName("dev.kantor.chat.assignment.WaitingChat")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(SPRING, SERVLET, JACKSON[0], JACKSON[1])
            .allowEmptyShould(true);

    /** The policies' one rule: scopes, versions in force, the most specific scope winning, conflicts, the matrix. */
    @ArchTest
    static final ArchRule thePoliciesRuleIsPlainJava = noClasses()
            .that()
            .resideInAPackage("dev.kantor.policies.rules..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(SPRING, SERVLET, JACKSON[0], JACKSON[1])
            .allowEmptyShould(true);
}
