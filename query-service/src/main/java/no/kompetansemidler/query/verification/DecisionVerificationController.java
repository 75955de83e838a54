package no.kompetansemidler.query.verification;

import io.swagger.v3.oas.annotations.Operation;
import no.kompetansemidler.query.access.ReadScope;
import no.kompetansemidler.query.published.Answers;
import no.kompetansemidler.query.published.VerificationAnswer;
import no.kompetansemidler.query.web.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An auditor's check of a round's decision ({@link DecisionVerifications}). */
@RestController
class DecisionVerificationController {

    private final DecisionVerifications verifications;

    DecisionVerificationController(DecisionVerifications verifications) {
        this.verifications = verifications;
    }

    @Operation(summary = "Verify a round's decision by recomputing it",
            description = "Recomputes the proposal the decision was made on, under the plan version recorded with "
                    + "it, from the inputs the events give (frame, commitments, needs reports standing then, and "
                    + "the key figures, adjustments and yearly shares the proposal recorded), and compares input "
                    + "fingerprint, lines, unallocated funds and findings with the recorded proposal; then the "
                    + "decision with the recomputed proposal, line by line: every recipient whose total differs "
                    + "must have a recorded deviation with exactly those totals, and the unallocated funds and "
                    + "later-year commitments must follow from the lines. Outcome VERIFIED, MISMATCH (with each "
                    + "mismatch: check, subject, recorded, recomputed) or MADE_BY_HAND (no plan to recompute by; "
                    + "the decision was checked against the hand-made proposal).")
    @GetMapping("/rounds/{roundId}/verification")
    VerificationAnswer verify(@PathVariable String roundId) {
        ReadScope.requireRound(roundId, "decision of " + roundId);
        return verifications.of(roundId).map(Answers::verification)
                .orElseThrow(() -> NotFound.of("decision of " + roundId));
    }
}
