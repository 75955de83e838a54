package no.kompetansemidler.query.reporting;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import no.kompetansemidler.query.access.ReadScope;
import no.kompetansemidler.query.web.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The reporting view of a round: granted vs used vs unspent per recipient, and where each report stands. */
@RestController
class ReportingQueryController {

    private final ReportingViews views;

    ReportingQueryController(ReportingViews views) {
        this.views = views;
    }

    @Operation(summary = "Granted, used and unspent per recipient, and where each report stands")
    @GetMapping("/rounds/{roundId}/reporting")
    List<RecipientReporting> reporting(@PathVariable String roundId) {
        ReadScope.requireRound(roundId, "reporting of " + roundId);
        List<RecipientReporting> recipients = views.of(roundId);
        if (recipients.isEmpty() && !views.roundExists(roundId)) {
            throw NotFound.of("reporting of " + roundId);
        }
        return recipients;
    }
}
