package no.kompetansemidler.query.published;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import no.kompetansemidler.events.forum.ForumRole;
import no.kompetansemidler.events.forum.OutcomeKind;

/** One meeting of the cooperation forum as the query API answers it: who was there and what each item came to. */
public record ForumMeetingAnswer(String roundId, int meetingNumber, LocalDate meetingDate, int proposalNumber,
                                 List<Member> membersPresent, List<Item> items) {

    /**
     * A member present.
     *
     * @param memberId the member's id in the county's forum register; left out for a member named at the meeting
     * @param role     the member's role from the register; left out likewise
     */
    @Schema(name = "ForumMeetingMember")
    public record Member(String name, String organisation, boolean countyGovernorRepresentative,
                         String networkId, @JsonInclude(JsonInclude.Include.NON_NULL) String memberId,
                         @JsonInclude(JsonInclude.Include.NON_NULL) ForumRole role) {
    }

    public record Item(String subject, List<String> affectedNetworkIds, List<String> recused,
                       List<Statement> statements, List<RequestedChange> requestedChanges, Outcome outcome) {
    }

    public record Statement(String member, String text) {
    }

    public record RequestedChange(String recipientId, String change) {
    }

    @Schema(name = "ForumOutcome")
    public record Outcome(OutcomeKind kind, String conclusion, List<String> votesFor, List<String> votesAgainst,
                          List<String> abstentions, List<String> dissent) {
    }
}
