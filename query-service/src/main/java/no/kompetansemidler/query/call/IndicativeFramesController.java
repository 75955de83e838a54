package no.kompetansemidler.query.call;

import io.swagger.v3.oas.annotations.Operation;
import no.kompetansemidler.allocation.plans.PlanCatalogue;
import no.kompetansemidler.query.access.ReadScope;
import no.kompetansemidler.query.allocation.RoundEventHistory;
import no.kompetansemidler.query.published.IndicativeFramesAnswer;
import no.kompetansemidler.query.web.NotFound;
import no.kompetansemidler.recorded.IndicativeFramesOnFile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A round's call as networks read it before they write their needs reports: each network's indicative frame under
 * the round's plan, for everyone of the county (the call is the same for all).
 */
@RestController
class IndicativeFramesController {

    private final RoundEventHistory history;
    private final PlanCatalogue catalogue;

    IndicativeFramesController(RoundEventHistory history, PlanCatalogue catalogue) {
        this.history = history;
        this.catalogue = catalogue;
    }

    @Operation(summary = "Each network's indicative frame from the round's call, before the needs are in",
            description = "The round's plan applied to the frame and the key figures (and the year's figures) the "
                    + "call carried, without the rules that fund needs: Innlandet's «anslag», Trøndelag's "
                    + "«forhåndstildelt ramme». 404 until the call is sent; unavailableBecause says why there are "
                    + "none when the plan or the call lacks something.")
    @GetMapping("/rounds/{roundId}/indicative-frames")
    IndicativeFramesAnswer frames(@PathVariable String roundId) {
        ReadScope.requireRound(roundId, "call of " + roundId);
        return IndicativeFramesOnFile.of(history.events(roundId), catalogue)
                .map(indication -> new IndicativeFramesAnswer(roundId, indication.planVersion(),
                        indication.budgetFrameOre(), indication.commitmentsOre(),
                        indication.frames().entrySet().stream().map(frame ->
                                new IndicativeFramesAnswer.Frame(frame.getKey(), frame.getValue())).toList(),
                        indication.unavailableBecause()))
                .orElseThrow(() -> NotFound.of("call of " + roundId));
    }
}
