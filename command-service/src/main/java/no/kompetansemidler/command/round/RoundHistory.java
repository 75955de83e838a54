package no.kompetansemidler.command.round;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;

import no.kompetansemidler.command.forum.RegisteredMember;
import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.needs.EarlierMeasures;
import no.kompetansemidler.command.reallocation.ReallocationDecider;
import no.kompetansemidler.events.register.PartnershipRegistered;
import no.kompetansemidler.recorded.register.RecipientRegisterOnFile.AppealRight;

/** What opening a round needs to know from outside it: the county's plans and its earlier rounds' decisions. */
public interface RoundHistory {

    /** A plan version as adopted, with the document it was adopted with. */
    record AdoptedPlan(String version, String document) {
    }

    /** The county's adopted plan that governs the budget year, if any can compute proposals. */
    Optional<AdoptedPlan> planInForce(County county, int budgetYear);

    /**
     * What earlier rounds of the county committed to the budget year: by earlier round, each recipient's tranche of
     * the year as the earlier decision promised it, by how many years the lines that promised it run.
     */
    Map<String, SortedMap<String, SortedMap<Integer, Long>>> commitmentsInto(County county, int budgetYear);

    /** The line an earlier round's decision gave a needs report, with the later years a withdrawal ended. */
    Optional<EarlierMeasures.DecidedLine> decidedLine(String fromRoundId, String needsReportId);

    /**
     * Whether a decision of the county in the years before funded a needs report of any of these owners; empty when
     * the county has no decided round in those years, so the history cannot tell.
     *
     * @param beforeYear the budget year asking; only earlier rounds count
     */
    Optional<Boolean> ownersFundedBefore(County county, int beforeYear, List<String> owners);

    /** What the county's round of the year before carried over into the budget year, in the order it did. */
    List<ReallocationDecider.CarryOver> carryOversInto(County county, int budgetYear);

    /** The members of the county's forum register on a day, by id. */
    Map<String, RegisteredMember> forumMembers(County county, LocalDate on);

    /**
     * Why each network of the county's register cannot receive funds, by network id, as the register is now; the
     * networks it finds eligible, and those it does not know, are not in it.
     */
    SortedMap<String, String> ineligibleRecipients(County county);

    /** The county register's partnership, if it has it. */
    Optional<PartnershipRegistered> partnership(County county, String partnershipId);

    /** Whether the county's register has the network. */
    boolean registered(County county, String networkId);

    /** Whether the recipient's grant may be appealed, from the county's register of owners and networks as it is. */
    AppealRight appealRightOf(County county, String recipientId);

    /** Whether the county's round of the budget year has closed. */
    boolean closed(County county, int budgetYear);

    /** Which of the county's budget years have a round opened. */
    Set<Integer> openedYears(County county, Collection<Integer> budgetYears);
}
