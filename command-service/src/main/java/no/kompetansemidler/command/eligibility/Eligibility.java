package no.kompetansemidler.command.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import no.kompetansemidler.command.decision.DecideAllocation;
import no.kompetansemidler.command.reallocation.ReallocateLeftoverFunds;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.refusal.Violation;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.events.decision.IneligibilityOverridden;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.proposal.IneligibleRecipientsFound;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.round.RoundEvent;

/**
 * Who may receive funds, as the county's register says: a network with a private owner in it that lacks the
 * approval it needs (barnehageloven § 14, friskolelova § 2-1) cannot. A finding on the proposal, recorded with it;
 * a refusal on the decision, and on a reallocation of leftover funds, unless the county governor gives a reason for
 * each such recipient, recorded with it. A recipient the register does not know is not found ineligible: the register cannot tell.
 */
public final class Eligibility {

    private Eligibility() {
    }

    /**
     * The finding recorded with a drafted proposal whose lines go to recipients the register finds ineligible.
     *
     * @param drafted    the events drafting the proposal
     * @param ineligible why each registered network cannot receive funds, by network id
     */
    public static List<RoundEvent> withProposal(String roundId, List<RoundEvent> drafted,
                                                SortedMap<String, String> ineligible) {
        List<RoundEvent> events = new ArrayList<>(drafted);
        drafted.stream().filter(ProposalDrafted.class::isInstance).map(ProposalDrafted.class::cast)
                .forEach(proposal -> {
                    List<IneligibleRecipientsFound.EligibilityFinding> findings = recipientsOf(proposal.lines())
                            .stream().filter(ineligible::containsKey)
                            .map(recipient -> new IneligibleRecipientsFound.EligibilityFinding(recipient,
                                    ineligible.get(recipient))).toList();
                    if (!findings.isEmpty()) {
                        events.add(new IneligibleRecipientsFound(roundId, proposal.proposalNumber(), findings));
                    }
                });
        return events;
    }

    /**
     * The decision's check: every recipient of its lines the register finds ineligible now needs the county
     * governor's reason, and a reason names only a recipient found ineligible, now or on the proposal (an approval
     * recorded since does not make a reason given for the proposal's finding wrong).
     *
     * @param ineligible       why each registered network cannot receive funds now, by network id
     * @param foundOnProposal  what the register found on the proposal's recipients when it was drafted
     * @return the record of the reasons, to go with the decision; nothing where every recipient is eligible
     */
    public static List<RoundEvent> forDecision(String roundId, DecideAllocation command,
                                               SortedMap<String, String> ineligible,
                                               SortedMap<String, String> foundOnProposal) {
        return forGrant(roundId, command.lines(), command.eligibilityOverrides(), ineligible, foundOnProposal);
    }

    /**
     * A reallocation of leftover funds gives grants too: the same check, against the register as it is now.
     *
     * @return the record of the reasons, to go with the reallocation; nothing where every recipient is eligible
     */
    public static List<RoundEvent> forReallocation(String roundId, ReallocateLeftoverFunds command,
                                                   SortedMap<String, String> ineligible) {
        return forGrant(roundId, command.lines(), command.eligibilityOverrides(), ineligible, new TreeMap<>());
    }

    /**
     * The county governor's grant on an appeal (§ 33) is a reallocation like any other: to an appellant the register
     * finds ineligible only with the reason, recorded before it. The appeal body's decision is binding and is not
     * checked here.
     *
     * @param reconsidered what the reconsideration records, a reallocation among it where it grants
     */
    public static List<RoundEvent> forAppealGrant(String roundId, List<RoundEvent> reconsidered,
                                                  Map<String, String> eligibilityOverrides,
                                                  SortedMap<String, String> ineligible) {
        List<AllocationLine> lines = reconsidered.stream().filter(LeftoverFundsReallocated.class::isInstance)
                .map(LeftoverFundsReallocated.class::cast).flatMap(reallocated -> reallocated.lines().stream())
                .toList();
        List<RoundEvent> events = new ArrayList<>(forGrant(roundId, lines, eligibilityOverrides, ineligible,
                new TreeMap<>()));
        events.addAll(reconsidered);
        return events;
    }

    private static List<RoundEvent> forGrant(String roundId, List<AllocationLine> lines,
                                             Map<String, String> eligibilityOverrides,
                                             SortedMap<String, String> ineligible,
                                             SortedMap<String, String> foundOnProposal) {
        TreeSet<String> recipients = recipientsOf(lines);
        Violations violations = new Violations();
        eligibilityOverrides.forEach((recipient, reason) -> {
            String field = "eligibilityOverrides." + recipient;
            if (violations.present(field, reason)) {
                violations.check(recipients.contains(recipient) && (ineligible.containsKey(recipient)
                                || foundOnProposal.containsKey(recipient)), field, "found-ineligible",
                        "a reason is given only for a recipient of the decision the register finds ineligible");
            }
        });
        violations.throwIfAny();
        SortedMap<String, String> unexplained = new TreeMap<>();
        recipients.stream().filter(ineligible::containsKey)
                .filter(recipient -> !eligibilityOverrides.containsKey(recipient))
                .forEach(recipient -> unexplained.put(recipient, ineligible.get(recipient)));
        if (!unexplained.isEmpty()) {
            throw new CommandRefused(Refusal.BUSINESS_RULE, "ineligible-recipient", "The county's register finds "
                    + unexplained.keySet() + " ineligible: " + String.join("; ", unexplained.values())
                    + ". Leave them out, have the approval recorded, or give the reason to grant them anyway "
                    + "(eligibilityOverrides).", unexplained.entrySet().stream().map(finding -> new Violation(
                    "eligibilityOverrides." + finding.getKey(), "reason-required", finding.getValue())).toList(),
                    Map.of("recipients", List.copyOf(unexplained.keySet())));
        }
        List<IneligibilityOverridden.OverriddenFinding> overrides = eligibilityOverrides.entrySet()
                .stream().map(override -> new IneligibilityOverridden.OverriddenFinding(override.getKey(),
                        ineligible.getOrDefault(override.getKey(), foundOnProposal.get(override.getKey())),
                        override.getValue().strip())).toList();
        return overrides.isEmpty() ? List.of() : List.of(new IneligibilityOverridden(roundId, overrides));
    }

    private static TreeSet<String> recipientsOf(List<AllocationLine> lines) {
        TreeSet<String> recipients = new TreeSet<>();
        lines.stream().filter(line -> line != null && line.recipientId() != null)
                .forEach(line -> recipients.add(line.recipientId()));
        return recipients;
    }
}
