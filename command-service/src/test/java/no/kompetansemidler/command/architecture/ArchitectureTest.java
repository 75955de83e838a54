package no.kompetansemidler.command.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import no.kompetansemidler.command.architecture.broken.first.Ping;
import no.kompetansemidler.command.architecture.broken.second.Pong;
import org.junit.jupiter.api.Test;

/**
 * The rules of command-service's structure, checked on its main classes: the domain decides in plain Java, each
 * capability owns its state and never reaches into the round aggregate, no package cycles, and the edge's input
 * policy knows nothing of the capabilities. Each rule is also shown to fail on a
 * class that breaks it ({@link BrokenDecider}, a test class), so a rule that can never fail would be noticed.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.kompetansemidler.command");

    private static final String COMMAND = "no.kompetansemidler.command";

    /** The capabilities of a round: each owns its commands, state slice, permissions and rules. */
    private static final String[] CAPABILITIES = {COMMAND + ".needs..", COMMAND + ".proposal..",
            COMMAND + ".forum..", COMMAND + ".decision..", COMMAND + ".reallocation..", COMMAND + ".reporting.."};

    /**
     * Deciders, state slices, permissions, the composed round state and the kernel are plain Java: no Spring, no
     * Axon.
     */
    static final ArchRule DOMAIN_IS_PLAIN_JAVA = noClasses()
            .that().haveSimpleNameEndingWith("Decider")
            .or().haveSimpleNameEndingWith("State").or().haveSimpleNameEndingWith("Access")
            .or().resideInAPackage(COMMAND + ".kernel..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.axonframework..")
            .because("the rules of the scheme are tested as plain Java, given events, when a command");

    /** The input limits bound any command body by field name: they need no capability, only refusals. */
    static final ArchRule INPUT_POLICY_KNOWS_NO_CAPABILITY = classes()
            .that().resideInAPackage("no.kompetansemidler.command.web.input..")
            .should().onlyDependOnClassesThat().resideOutsideOfPackages("no.kompetansemidler.command.round..",
                    "no.kompetansemidler.command.needs..", "no.kompetansemidler.command.proposal..",
                    "no.kompetansemidler.command.forum..", "no.kompetansemidler.command.decision..",
                    "no.kompetansemidler.command.reallocation..", "no.kompetansemidler.command.reporting..",
                    "no.kompetansemidler.command.plan..", "no.kompetansemidler.command.integration..");

    /**
     * A capability reads its own state slice and, where its rules need them, the slices of capabilities earlier in
     * the cycle; never the round aggregate that composes them. The grant, an aggregate of its own, learns of its
     * round through events only, and the kernel knows no capability at all.
     */
    static final ArchRule CAPABILITIES_NEVER_IMPORT_THE_ROUND = noClasses()
            .that().resideInAnyPackage(CAPABILITIES).or().resideInAPackage(COMMAND + ".kernel..")
            .or().resideInAPackage(COMMAND + ".access..").or().resideInAPackage(COMMAND + ".grant..")
            .or().resideInAPackage(COMMAND + ".scenario..")
            .should().dependOnClassesThat().resideInAPackage(COMMAND + ".round..")
            .because("the aggregate composes the capabilities; they do not reach back into it");

    static final ArchRule KERNEL_KNOWS_NO_CAPABILITY = noClasses()
            .that().resideInAPackage(COMMAND + ".kernel..")
            .should().dependOnClassesThat().resideInAnyPackage(CAPABILITIES);

    /**
     * The command pipeline (carrying out each command once, its metadata, its outcome) is the application's, not
     * HTTP's: another transport would use it as it is.
     */
    static final ArchRule PIPELINE_KNOWS_NO_HTTP = noClasses()
            .that().resideInAPackage(COMMAND + ".handling..")
            .should().dependOnClassesThat().resideInAnyPackage("org.springframework.http..",
                    "org.springframework.web..", "jakarta.servlet..", COMMAND + ".web..");

    /** The actor reaches a handler as a parameter ({@code ActorParameter}), never through a thread-local. */
    static final ArchRule NO_SIDE_CHANNEL_FOR_THE_ACTOR = noClasses()
            .should().dependOnClassesThat()
            .haveFullyQualifiedName("org.axonframework.messaging.unitofwork.CurrentUnitOfWork")
            .because("what a handler decides on is in its parameters");

    /**
     * HTTP request bodies are a published language of their own: no field of a request record is (or holds) an
     * internal event value type; the events' enumerations (target group, partner kind, ...) are the shared
     * vocabulary and may appear.
     */
    static final ArchRule REQUESTS_ARE_NOT_EVENTS = fields()
            .that().areDeclaredInClassesThat(DescribedPredicate.describe("HTTP request records",
                    (JavaClass type) -> type.isRecord()
                            && (type.getSimpleName().endsWith("Request") || type.getSimpleName().endsWith("Body"))))
            .should(new ArchCondition<JavaField>("not hold an internal event value type") {
                @Override
                public void check(JavaField field, ConditionEvents events) {
                    field.getAllInvolvedRawTypes().stream()
                            .filter(type -> type.getPackageName().startsWith("no.kompetansemidler.events"))
                            .filter(type -> !type.isEnum())
                            .forEach(type -> events.add(SimpleConditionEvent.violated(field,
                                    field.getFullName() + " holds the event type " + type.getName())));
                }
            });

    @Test
    void the_command_pipeline_knows_no_http() {
        PIPELINE_KNOWS_NO_HTTP.check(MAIN);
    }

    @Test
    void a_pipeline_that_answers_in_http_terms_breaks_the_rule() {
        JavaClasses broken = new ClassFileImporter().importPackages(COMMAND + ".handling")
                .that(DescribedPredicate.describe("BrokenLedger",
                        (JavaClass type) -> type.getSimpleName().equals("BrokenLedger")));

        assertThat(PIPELINE_KNOWS_NO_HTTP.evaluate(broken).hasViolation()).isTrue();
    }

    /** No two top-level packages under {@code root} depend on each other, directly or through others. */
    static ArchRule noPackageCycles(String root) {
        return slices().matching(root + ".(*)..").should().beFreeOfCycles();
    }

    @Test
    void command_service_has_no_package_cycles() {
        noPackageCycles(COMMAND).check(MAIN);
    }

    @Test
    void two_packages_that_use_each_other_break_the_cycle_rule() {
        JavaClasses broken = new ClassFileImporter().importClasses(Ping.class, Pong.class);

        assertThat(noPackageCycles(COMMAND + ".architecture.broken").evaluate(broken).hasViolation()).isTrue();
    }

    @Test
    void capabilities_and_the_kernel_never_import_the_round_aggregate() {
        CAPABILITIES_NEVER_IMPORT_THE_ROUND.check(MAIN);
        KERNEL_KNOWS_NO_CAPABILITY.check(MAIN);
    }

    @Test
    void a_capability_that_reads_the_composed_round_breaks_the_rule() {
        JavaClasses broken = new ClassFileImporter().importPackages(COMMAND + ".decision")
                .that(DescribedPredicate.describe("BrokenCapability",
                        (JavaClass type) -> type.getSimpleName().equals("BrokenCapability")));

        assertThat(CAPABILITIES_NEVER_IMPORT_THE_ROUND.evaluate(broken).hasViolation()).isTrue();
    }

    @Test
    void request_bodies_are_their_own_shapes_not_event_types() {
        REQUESTS_ARE_NOT_EVENTS.check(MAIN);
    }

    @Test
    void a_request_that_embeds_an_event_type_breaks_the_rule() {
        assertThat(REQUESTS_ARE_NOT_EVENTS.evaluate(new ClassFileImporter().importClasses(
                BrokenDecider.EmbeddingRequest.class)).hasViolation()).isTrue();
    }

    @Test
    void no_handler_reads_the_current_unit_of_work() {
        NO_SIDE_CHANNEL_FOR_THE_ACTOR.check(MAIN);
    }

    @Test
    void deciders_state_slices_permissions_and_kernel_are_plain_java() {
        DOMAIN_IS_PLAIN_JAVA.check(MAIN);
        assertThat(MAIN.stream().filter(type -> type.getSimpleName().endsWith("Decider")).count())
                .as("the rule has deciders to check").isGreaterThanOrEqualTo(7);
    }

    @Test
    void a_decider_that_uses_spring_breaks_the_rule() {
        JavaClasses broken = new ClassFileImporter().importClasses(BrokenDecider.class);

        assertThat(DOMAIN_IS_PLAIN_JAVA.evaluate(broken).hasViolation()).isTrue();
    }

    @Test
    void the_input_policy_knows_no_capability() {
        INPUT_POLICY_KNOWS_NO_CAPABILITY.check(MAIN);
    }

    @Test
    void an_input_policy_that_reads_a_capability_breaks_the_rule() {
        JavaClasses broken = new ClassFileImporter().importClasses(
                no.kompetansemidler.command.web.input.BrokenInputRule.class);

        assertThat(INPUT_POLICY_KNOWS_NO_CAPABILITY.evaluate(broken).hasViolation()).isTrue();
    }
}
