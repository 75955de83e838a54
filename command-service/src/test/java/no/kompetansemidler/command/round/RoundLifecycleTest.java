package no.kompetansemidler.command.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import no.kompetansemidler.command.kernel.RoundCommand;
import no.kompetansemidler.command.kernel.RoundStep;
import org.junit.jupiter.api.Test;

/**
 * The lifecycle the round composes from its capabilities' step tables: every command on a round has its steps
 * declared (a missing one would be a failure at run time, not a refusal), and every step but the last allows some.
 */
class RoundLifecycleTest {

    @Test
    void every_command_on_a_round_has_its_steps_declared_by_its_capability() {
        List<Class<?>> commands = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("no.kompetansemidler.command").stream()
                .filter(type -> type.isAssignableTo(RoundCommand.class) && !type.isInterface())
                .map(JavaClass::reflect).toList();

        assertThat(commands).hasSizeGreaterThanOrEqualTo(18);
        assertThat(commands).allSatisfy(command -> assertThat(Round.LIFECYCLE.declares(command))
                .as(command.getSimpleName()).isTrue());
    }

    @Test
    void each_step_before_closing_allows_some_command_and_a_closed_round_none() {
        for (RoundStep step : RoundStep.values()) {
            assertThat(Round.LIFECYCLE.allowedIn(step)).as(step.name())
                    .matches(allowed -> step == RoundStep.CLOSED ? allowed.isEmpty() : !allowed.isEmpty());
        }
    }
}
