package no.kompetansemidler.query.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import io.swagger.v3.oas.annotations.Operation;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.scenario.ScenarioComputed;
import no.kompetansemidler.query.access.ReadScope;
import no.kompetansemidler.query.allocation.RoundEventHistory;
import no.kompetansemidler.query.published.Answers;
import no.kompetansemidler.query.published.ScenarioAnswer;
import no.kompetansemidler.query.published.ScenarioComparisonAnswer;
import no.kompetansemidler.query.web.NotFound;
import no.kompetansemidler.recorded.LineArithmetic;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A round's what-if scenarios, read from their own stream in the event store: listed with who ran them and what
 * they tried, and each compared with the proposal it started from, per recipient, for the administrator, the forum
 * and the auditor.
 */
@RestController
class ScenarioQueryController {

    private final EventStore eventStore;
    private final RoundEventHistory history;

    ScenarioQueryController(EventStore eventStore, RoundEventHistory history) {
        this.eventStore = eventStore;
        this.history = history;
    }

    @Operation(summary = "A round's what-if scenarios, in the order they were run")
    @GetMapping("/rounds/{roundId}/scenarios")
    List<ScenarioAnswer> scenarios(@PathVariable String roundId) {
        ReadScope.requireRound(roundId, "scenarios of " + roundId);
        if (history.events(roundId).isEmpty()) {
            throw NotFound.of("scenarios of " + roundId);
        }
        List<ScenarioAnswer> answers = new ArrayList<>();
        scenarioEvents(roundId).forEach(event -> {
            ScenarioComputed scenario = (ScenarioComputed) event.getPayload();
            answers.add(new ScenarioAnswer(scenario.scenarioNumber(), scenario.name(), scenario.basedOnProposal(),
                    scenario.planVersion(), scenario.differences(), (String) event.getMetaData().get("actorRole"),
                    (String) event.getMetaData().get("actorOrganisation"), event.getTimestamp(),
                    scenario.unallocatedOre()));
        });
        return answers;
    }

    @Operation(summary = "A what-if beside the proposal it started from, per recipient in øre",
            description = "What the proposal gives each recipient, what the scenario gives, the difference; the "
                    + "scenario's findings and trace.")
    @GetMapping("/rounds/{roundId}/scenarios/{scenarioNumber}/comparison")
    ScenarioComparisonAnswer comparison(@PathVariable String roundId, @PathVariable int scenarioNumber) {
        ReadScope.requireRound(roundId, "scenarios of " + roundId);
        ScenarioComputed scenario = scenarioEvents(roundId).stream().map(event -> (ScenarioComputed) event
                        .getPayload()).filter(computed -> computed.scenarioNumber() == scenarioNumber).findFirst()
                .orElseThrow(() -> NotFound.of("scenario " + scenarioNumber + " of " + roundId));
        ProposalDrafted proposal = history.events(roundId).stream().filter(ProposalDrafted.class::isInstance)
                .map(ProposalDrafted.class::cast)
                .filter(drafted -> drafted.proposalNumber() == scenario.basedOnProposal()).findFirst()
                .orElseThrow(() -> NotFound.of("proposal " + scenario.basedOnProposal() + " of " + roundId));
        Map<String, Long> proposed = LineArithmetic.totalsByRecipient(proposal.lines());
        Map<String, Long> tried = LineArithmetic.totalsByRecipient(scenario.lines());
        TreeSet<String> recipients = new TreeSet<>(proposed.keySet());
        recipients.addAll(tried.keySet());
        return new ScenarioComparisonAnswer(roundId, scenario.scenarioNumber(), scenario.name(),
                proposal.proposalNumber(), scenario.differences(), recipients.stream().map(recipient -> {
                    long before = proposed.getOrDefault(recipient, 0L);
                    long after = tried.getOrDefault(recipient, 0L);
                    return new ScenarioComparisonAnswer.Recipient(recipient, before, after, after - before);
                }).toList(), proposal.unallocatedOre(), scenario.unallocatedOre(),
                Answers.findings(scenario.findings()), Answers.trace(scenario.trace()));
    }

    private List<? extends DomainEventMessage<?>> scenarioEvents(String roundId) {
        return eventStore.readEvents("scenarios-" + roundId).asStream()
                .filter(event -> event.getPayload() instanceof ScenarioComputed).toList();
    }
}
