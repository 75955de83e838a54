package no.kompetansemidler.command.round;

import java.util.Map;
import java.util.Optional;

import no.kompetansemidler.command.kernel.County;

/** What opening a round needs to know from outside it: the county's plans and its earlier rounds' decisions. */
public interface RoundHistory {

    /** The county's adopted plan version that governs the budget year, if the allocation engine knows one. */
    Optional<String> planVersionInForce(County county, int budgetYear);

    /** What earlier rounds of the county committed to the budget year, by earlier round. */
    Map<String, Long> commitmentsInto(County county, int budgetYear);
}
