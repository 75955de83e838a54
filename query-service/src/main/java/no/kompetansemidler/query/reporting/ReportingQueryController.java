package no.kompetansemidler.query.reporting;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import no.kompetansemidler.query.access.ReadScope;
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
        return views.of(roundId);
    }
}
