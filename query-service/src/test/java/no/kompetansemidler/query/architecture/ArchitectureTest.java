package no.kompetansemidler.query.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * The rules of query-service's structure that hold today: it reads the event store and never command-service's
 * code (ADR 3), and the folds behind the views and the as-of replay are plain Java. Each rule is also shown to fail
 * on a class that breaks it ({@link BrokenViewFold}).
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.kompetansemidler.query");

    static final ArchRule NO_COMMAND_SIDE = noClasses().should()
            .dependOnClassesThat().resideInAPackage("no.kompetansemidler.command..")
            .because("views are folded from the event store, never from command-service's state (ADR 3)");

    static final ArchRule FOLDS_ARE_PLAIN_JAVA = noClasses()
            .that().haveSimpleNameEndingWith("Fold").or().haveSimpleName("NetworkView")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..")
            .because("the projection and the as-of replay run the same fold, testable without a framework");

    @Test
    void query_service_never_reads_command_service_code() {
        NO_COMMAND_SIDE.check(MAIN);
    }

    @Test
    void the_folds_behind_the_views_are_plain_java() {
        FOLDS_ARE_PLAIN_JAVA.check(MAIN);
        assertThat(MAIN.contain("no.kompetansemidler.query.allocation.AllocationFold")).isTrue();
    }

    @Test
    void a_fold_that_uses_spring_breaks_the_rule() {
        assertThat(FOLDS_ARE_PLAIN_JAVA.evaluate(new ClassFileImporter().importClasses(BrokenViewFold.class))
                .hasViolation()).isTrue();
    }
}
