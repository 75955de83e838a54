package no.kompetansemidler.query.network;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonInclude;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.Deviation;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.query.allocation.AllocationView;
import no.kompetansemidler.query.published.AllocationLineAnswer;
import no.kompetansemidler.query.published.Answers;
import no.kompetansemidler.query.published.DecisionAnswer;
import no.kompetansemidler.query.published.WithdrawalAnswer;
import no.kompetansemidler.query.reporting.RecipientReporting;
import no.kompetansemidler.recorded.LineArithmetic;

/**
 * One network's (partnership's) own part of a round: its needs reports, what the latest proposal and the decision
 * give it (owner and partner parts apart), a deviation from the proposal with its reason, the conditions of its
 * grant, withdrawals, reallocated funds, and where its report stands. What a network representative or a
 * university partner of the partnership may read, and nothing of the other networks.
 *
 * @param proposalNumber {@code null} until a proposal is drafted
 * @param reporting      {@code null} until the network holds a grant
 */
public record NetworkView(String roundId, String networkId, List<OwnNeedsReport> needsReports,
                          Integer proposalNumber, List<AllocationLineAnswer> proposed, long proposedOre,
                          List<AllocationLineAnswer> decided, long decidedOre, DecisionAnswer.Deviation deviation,
                          List<String> conditions, List<WithdrawalAnswer> withdrawals,
                          List<AllocationLineAnswer> reallocated,
                          RecipientReporting reporting) {

    /**
     * One of the network's needs reports as the round counts it.
     *
     * @param continues           the earlier decision's measure it describes again, {@code <fromRoundId>/<reportId>};
     *                            left out for a new work
     * @param coveredByTrancheOre what that grant's tranche already covers of the amount asked; left out when none
     */
    public record OwnNeedsReport(String reportId, TargetGroup targetGroup, long requestedOre, boolean withdrawn,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) String continues,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) Long coveredByTrancheOre) {
    }

    /** The network's part of the view, or empty if the round has nothing of the network. */
    public static Optional<NetworkView> of(AllocationView view, String networkId,
                                           Optional<RecipientReporting> reporting) {
        List<OwnNeedsReport> needs = view.needsReports().entrySet().stream()
                .filter(report -> networkId.equals(report.getValue().networkId()))
                .map(report -> new OwnNeedsReport(report.getKey(), report.getValue().targetGroup(),
                        report.getValue().requestedOre(), report.getValue().withdrawn(),
                        report.getValue().continues(), report.getValue().coveredByTrancheOre()))
                .sorted(Comparator.comparing(OwnNeedsReport::reportId)).toList();
        ProposalDrafted proposal = view.proposal();
        AllocationDecided decision = view.decision();
        List<AllocationLine> proposed = proposal == null ? List.of() : linesOf(proposal.lines(), networkId);
        List<AllocationLine> decided = decision == null ? List.of() : linesOf(decision.lines(), networkId);
        List<AllocationLine> reallocated = view.reallocations().stream()
                .flatMap(reallocation -> linesOf(reallocation.lines(), networkId).stream()).toList();
        if (needs.isEmpty() && proposed.isEmpty() && decided.isEmpty() && reallocated.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NetworkView(view.roundId(), networkId, needs,
                proposal == null ? null : proposal.proposalNumber(), Answers.lines(proposed),
                LineArithmetic.totalOre(proposed), Answers.lines(decided), LineArithmetic.totalOre(decided),
                decision == null ? null : decision.deviations().stream()
                        .filter(deviation -> networkId.equals(deviation.recipientId())).findFirst()
                        .map(Answers::deviation).orElse(null),
                decision == null ? List.of() : decision.conditions().getOrDefault(networkId, List.of()),
                view.withdrawals().stream().filter(withdrawal -> networkId.equals(withdrawal.recipientId()))
                        .map(Answers::withdrawal).toList(),
                Answers.lines(reallocated), reporting.map(RecipientReporting::withoutRemarks).orElse(null)));
    }

    private static List<AllocationLine> linesOf(List<AllocationLine> lines, String networkId) {
        return lines.stream().filter(line -> networkId.equals(line.recipientId())).toList();
    }
}
