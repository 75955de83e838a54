package no.kompetansemidler.command.kernel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;

/**
 * The round's state machine: which commands each step of the annual cycle allows. Each capability declares the
 * steps of its own commands beside its rules; the round aggregate composes those tables into one lifecycle. A
 * command in any other step is refused with the current step and the commands it does allow.
 */
public final class RoundLifecycle {

    private final Map<String, Set<RoundStep>> allowedIn = new TreeMap<>();
    private final Map<Class<?>, Set<RoundStep>> byType;

    @SafeVarargs
    public RoundLifecycle(Map<Class<? extends RoundCommand>, Set<RoundStep>>... capabilities) {
        Map<Class<?>, Set<RoundStep>> all = new HashMap<>();
        for (Map<Class<? extends RoundCommand>, Set<RoundStep>> capability : capabilities) {
            capability.forEach((type, steps) -> {
                if (all.put(type, Set.copyOf(steps)) != null
                        || allowedIn.put(type.getSimpleName(), Set.copyOf(steps)) != null) {
                    throw new IllegalArgumentException(type.getSimpleName() + " is declared twice");
                }
            });
        }
        byType = Map.copyOf(all);
    }

    public void check(RoundStep step, RoundCommand command) {
        Set<RoundStep> steps = byType.get(command.getClass());
        if (steps == null) {
            throw new IllegalStateException(command.getClass().getSimpleName() + " has no steps declared");
        }
        if (!steps.contains(step)) {
            throw new CommandRefused(Refusal.WRONG_STATE, "wrong-step", "The round " + command.roundId()
                    + " is at step " + step + ", where " + command.getClass().getSimpleName() + " is not allowed.",
                    List.of(), Map.of("currentStep", step.name(), "allowedCommands", allowedIn(step)));
        }
    }

    /** Whether a capability declared the steps of this command. */
    public boolean declares(Class<?> commandType) {
        return byType.containsKey(commandType);
    }

    /** The commands the step allows, by name in alphabetical order. */
    public List<String> allowedIn(RoundStep step) {
        return allowedIn.entrySet().stream().filter(allowed -> allowed.getValue().contains(step))
                .map(Map.Entry::getKey).toList();
    }
}
