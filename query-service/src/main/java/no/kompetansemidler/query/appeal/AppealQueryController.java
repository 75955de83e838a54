package no.kompetansemidler.query.appeal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import no.kompetansemidler.access.Actor;
import no.kompetansemidler.access.Role;
import no.kompetansemidler.access.web.CurrentActor;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.query.access.ReadScope;
import no.kompetansemidler.query.published.AppealsAnswer;
import no.kompetansemidler.query.web.NotFound;
import no.kompetansemidler.recorded.AppealsOnFile;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A round's appeals, read from the event store on each request ({@link AppealsOnFile}). */
@RestController
class AppealQueryController {

    private final EventStore eventStore;

    AppealQueryController(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Operation(summary = "A round's appeals (klager) of its grant letters",
            description = "Each appeal from lodging to its outcome: the letter and its last day to appeal (three "
                    + "weeks, moved past weekends and holidays), whether it came late and was considered (fvl. § "
                    + "31), the county governor's reconsideration (§ 33), the forwarding to the appeal body with "
                    + "the statement, the appeal body's decision, and what each outcome gave as a reallocation with "
                    + "its letter. A network representative sees only its own network's appeals. 404 until the "
                    + "round is decided.")
    @GetMapping("/rounds/{roundId}/appeals")
    AppealsAnswer appeals(@PathVariable String roundId) {
        ReadScope.requireRound(roundId, "appeals of " + roundId);
        List<RoundEvent> history = eventStore.readEvents(roundId).asStream().map(EventMessage::getPayload)
                .filter(RoundEvent.class::isInstance).map(RoundEvent.class::cast).toList();
        if (history.stream().noneMatch(event -> event instanceof AllocationDecided)) {
            throw NotFound.of("appeals of " + roundId);
        }
        AppealsOnFile onFile = new AppealsOnFile();
        history.forEach(onFile::apply);
        Actor reader = CurrentActor.get();
        boolean ownOnly = reader.is(Role.NETWORK_REPRESENTATIVE);
        return new AppealsAnswer(roundId,
                onFile.periodEnded().map(ended -> ended.lastDay()).orElse(null),
                ownOnly ? null : onFile.periodEnded().map(ended -> ended.notAppealed()).orElse(null),
                onFile.appeals().stream().filter(appeal -> !ownOnly || reader.speaksFor(appeal.lodged().recipientId()))
                        .map(AppealQueryController::answer).toList());
    }

    private static AppealsAnswer.Appeal answer(AppealsOnFile.Appeal appeal) {
        var lodged = appeal.lodged();
        return new AppealsAnswer.Appeal(lodged.appealNumber(), lodged.recipientId(), lodged.letterReference(),
                lodged.letterDate(), lodged.lastDay(), lodged.receivedOn(), lodged.late(), lodged.grounds(),
                appeal.stage(),
                appeal.lateConsideration() == null ? null : new AppealsAnswer.LateConsideration(
                        appeal.lateConsideration().considered(), appeal.lateConsideration().reason()),
                appeal.reconsideration() == null ? null : new AppealsAnswer.Reconsideration(
                        appeal.reconsideration().outcome().name(), appeal.reconsideration().reason(),
                        appeal.reconsideration().reallocationNumber()),
                appeal.forwarding() == null ? null : new AppealsAnswer.Forwarding(appeal.forwarding().appealBody(),
                        appeal.forwarding().statement()),
                appeal.appealBodyDecision() == null ? null : new AppealsAnswer.AppealBodyDecision(
                        appeal.appealBodyDecision().outcome().name(), appeal.appealBodyDecision().caseReference(),
                        appeal.appealBodyDecision().reason(), appeal.appealBodyDecision().reallocationNumber()),
                appeal.grants().stream().map(grant -> new AppealsAnswer.Grant(grant.decidedBy(),
                        grant.reallocationNumber(), grant.amountOre(), grant.letterReference())).toList());
    }
}
