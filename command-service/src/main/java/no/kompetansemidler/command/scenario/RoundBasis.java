package no.kompetansemidler.command.scenario;

import java.util.Optional;

import no.kompetansemidler.recorded.ProposalsOnFile.DraftedProposal;

/** What a scenario starts from, read from outside its own aggregate: the round's record and the county's plans. */
public interface RoundBasis {

    /** The round as recorded: its county and plan, and its latest proposal with the inputs in force then. */
    record Recorded(String county, String planVersion, String planDocument, DraftedProposal latestProposal) {
    }

    /** @return empty if the round does not exist */
    Optional<Recorded> round(String roundId);

    /** The document of one of the county's plan versions, as adopted or else as shipped, if any. */
    Optional<String> document(String county, String version);
}
