package no.kompetansemidler.query.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The rules of query-service's structure: it reads the event store and never command-service's code (ADR 3), the
 * folds behind the views and the as-of replay are plain Java, and what it answers is its own published shape, never
 * a recorded event. Each rule is also shown to fail
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

    /**
     * What a GET endpoint answers, its return type and everything that holds transitively, is the query API's own
     * shape: never an internal event type (the events' enumerations are the shared vocabulary and may appear).
     */
    static final ArchRule ANSWERS_ARE_NOT_EVENTS = methods().that().areAnnotatedWith(GetMapping.class)
            .should(new ArchCondition<JavaMethod>("answer only the query API's own shapes") {
                @Override
                public void check(JavaMethod method, ConditionEvents events) {
                    Deque<JavaClass> reachable = new ArrayDeque<>(method.getReturnType().getAllInvolvedRawTypes());
                    Set<String> seen = new HashSet<>();
                    while (!reachable.isEmpty()) {
                        JavaClass type = reachable.pop();
                        if (!seen.add(type.getName()) || !type.getPackageName().startsWith("no.kompetansemidler")) {
                            continue;
                        }
                        if (type.getPackageName().startsWith("no.kompetansemidler.events") && !type.isEnum()) {
                            events.add(SimpleConditionEvent.violated(method,
                                    method.getFullName() + " answers the event type " + type.getName()));
                            continue;
                        }
                        type.getFields().stream().filter(field -> !field.getModifiers().contains(JavaModifier.STATIC))
                                .forEach(field -> reachable.addAll(field.getAllInvolvedRawTypes()));
                    }
                }
            });

    @Test
    void every_answer_is_the_query_apis_own_shape_not_an_event() {
        ANSWERS_ARE_NOT_EVENTS.check(MAIN);
    }

    @Test
    void an_answer_that_holds_an_event_breaks_the_rule() {
        assertThat(ANSWERS_ARE_NOT_EVENTS.evaluate(new ClassFileImporter().importClasses(
                BrokenAnswerController.class, BrokenAnswerController.LeakingAnswer.class)).hasViolation()).isTrue();
    }

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
