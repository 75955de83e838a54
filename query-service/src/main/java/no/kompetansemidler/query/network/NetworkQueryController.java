package no.kompetansemidler.query.network;

import io.swagger.v3.oas.annotations.Operation;
import no.kompetansemidler.query.access.ReadScope;
import no.kompetansemidler.query.allocation.AllocationViews;
import no.kompetansemidler.query.reporting.ReportingViews;
import no.kompetansemidler.query.web.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A network's own part of a round, for its representatives and university partners. */
@RestController
class NetworkQueryController {

    private final AllocationViews allocations;
    private final ReportingViews reporting;

    NetworkQueryController(AllocationViews allocations, ReportingViews reporting) {
        this.allocations = allocations;
        this.reporting = reporting;
    }

    @Operation(summary = "A network's own needs reports, proposal, decision and report in a round",
            description = "For the network's representatives and its university partners (the networks in their "
                    + "token), and for the county's administrators and auditors. Another network is answered "
                    + "404, as if it did not exist.")
    @GetMapping("/rounds/{roundId}/networks/{networkId}")
    NetworkView network(@PathVariable String roundId, @PathVariable String networkId) {
        String what = "network " + networkId + " in " + roundId;
        ReadScope.requireNetwork(roundId, networkId, what);
        return allocations.find(roundId)
                .flatMap(view -> NetworkView.of(view, networkId, reporting.of(roundId, networkId)))
                .orElseThrow(() -> NotFound.of(what));
    }
}
