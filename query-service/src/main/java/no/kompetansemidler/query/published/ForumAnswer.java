package no.kompetansemidler.query.published;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.Schema;
import no.kompetansemidler.events.forum.ForumRole;
import no.kompetansemidler.events.forum.ForumSeat;

/**
 * A county's cooperation forum on a day, as the query API answers it: its members from the register, the plan's
 * seats against those filled, and what does not match (findings, not refusals).
 *
 * @param on the day the answer describes: who was a member then
 */
public record ForumAnswer(String county, LocalDate on, List<Member> members, List<Seat> seats,
                          List<Finding> findings) {

    /**
     * One appointment, active on the day or not.
     *
     * @param active whether the member sat in the forum on the day
     */
    @Schema(name = "ForumRegisterMember")
    public record Member(String memberId, String name, String organisation, ForumSeat seat, ForumRole role,
                         List<String> networkIds, LocalDate termFrom,
                         @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate termTo,
                         @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate endedOn,
                         @JsonInclude(JsonInclude.Include.NON_NULL) String endReason, boolean active) {
    }

    /** A kind of seat: how many the plan gives and how many active members fill (the secretariat fills none). */
    public record Seat(ForumSeat seat, int planned, int filled) {
    }

    /** Where the register and the plan disagree, or the forum lacks something it needs. */
    @Schema(name = "ForumFinding")
    public record Finding(String code, String subject, String message) {
    }
}
