package no.kompetansemidler.command.eligibility;

import static no.kompetansemidler.command.testkit.Decide.refused;
import static no.kompetansemidler.command.testkit.RoundScenario.ANY;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN_LINE;
import static no.kompetansemidler.command.testkit.RoundScenario.PROPOSED;
import static no.kompetansemidler.command.testkit.RoundScenario.REPORTING_DEADLINE;
import static no.kompetansemidler.command.testkit.RoundScenario.ROUND;
import static no.kompetansemidler.command.testkit.RoundScenario.SUNNFJORD;
import static no.kompetansemidler.command.testkit.RoundScenario.SUNNFJORD_LINE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import no.kompetansemidler.command.decision.DecideAllocation;
import no.kompetansemidler.command.reallocation.ReallocateLeftoverFunds;
import no.kompetansemidler.events.appeal.AppealReconsidered;
import no.kompetansemidler.events.appeal.ReconsiderationOutcome;
import no.kompetansemidler.events.decision.IneligibilityOverridden;
import no.kompetansemidler.events.proposal.IneligibleRecipientsFound;
import no.kompetansemidler.events.reallocation.FundsSource;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.round.RoundEvent;
import org.junit.jupiter.api.Test;

/**
 * Who may receive funds, as the register says: a finding recorded with the proposal, a refusal on the decision unless
 * the county governor gives a reason for each ineligible recipient, and that reason recorded with it.
 */
class EligibilityTest {

    private static final String FINDING = "Fjordskolen AS (910000012) has no approval to run school "
            + "(friskolelova § 2-1)";
    private static final SortedMap<String, String> SUNNFJORD_INELIGIBLE = new TreeMap<>(Map.of(SUNNFJORD, FINDING,
            "voss", "Vossaskolen AS (910000020) has no approval to run school (friskolelova § 2-1)"));

    @Test
    void a_proposal_to_an_ineligible_recipient_is_recorded_with_the_finding_and_one_to_eligible_ones_without() {
        List<RoundEvent> drafted = List.of(PROPOSED);

        assertThat(Eligibility.withProposal(ROUND, drafted, SUNNFJORD_INELIGIBLE)).containsExactly(PROPOSED,
                new IneligibleRecipientsFound(ROUND, 1, List.of(
                        new IneligibleRecipientsFound.EligibilityFinding(SUNNFJORD, FINDING))));
        assertThat(Eligibility.withProposal(ROUND, drafted, new TreeMap<>())).containsExactly(PROPOSED);
    }

    @Test
    void a_decision_to_an_ineligible_recipient_needs_the_reason_and_records_it() {
        refused(() -> Eligibility.forDecision(ROUND, decision(Map.of()), SUNNFJORD_INELIGIBLE, new TreeMap<>()),
                "ineligible-recipient", "eligibilityOverrides." + SUNNFJORD);

        assertThat(Eligibility.forDecision(ROUND, decision(Map.of(SUNNFJORD, " Godkjent 3. mars, ikke registrert ")),
                SUNNFJORD_INELIGIBLE, new TreeMap<>())).containsExactly(new IneligibilityOverridden(ROUND, List.of(
                new IneligibilityOverridden.OverriddenFinding(SUNNFJORD, FINDING, "Godkjent 3. mars, ikke registrert"))));
        assertThat(Eligibility.forDecision(ROUND, decision(Map.of()), new TreeMap<>(), new TreeMap<>())).isEmpty();
    }

    @Test
    void a_reason_is_given_only_for_a_recipient_of_the_decision_found_ineligible() {
        // bergen is eligible; voss is ineligible but not in the decision
        refused(() -> Eligibility.forDecision(ROUND, decision(Map.of(SUNNFJORD, "Godkjent", BERGEN, "Likevel")),
                SUNNFJORD_INELIGIBLE, new TreeMap<>()), "invalid-input", "eligibilityOverrides." + BERGEN);
        refused(() -> Eligibility.forDecision(ROUND, decision(Map.of(SUNNFJORD, "Godkjent", "voss", "Likevel")),
                SUNNFJORD_INELIGIBLE, new TreeMap<>()), "invalid-input", "eligibilityOverrides.voss");
        refused(() -> Eligibility.forDecision(ROUND, decision(Map.of(SUNNFJORD, " ")), SUNNFJORD_INELIGIBLE, new TreeMap<>()),
                "invalid-input", "eligibilityOverrides." + SUNNFJORD);
    }

    @Test
    void a_reason_given_for_the_proposals_finding_stands_though_the_approval_was_recorded_since() {
        SortedMap<String, String> onProposal = new TreeMap<>(Map.of(SUNNFJORD, FINDING));
        assertThat(Eligibility.forDecision(ROUND, decision(Map.of(SUNNFJORD, "Godkjent 3. mars")), new TreeMap<>(),
                onProposal)).containsExactly(new IneligibilityOverridden(ROUND, List.of(
                new IneligibilityOverridden.OverriddenFinding(SUNNFJORD, FINDING, "Godkjent 3. mars"))));
    }

    @Test
    void leftover_funds_to_an_ineligible_recipient_need_the_reason_too() {
        ReallocateLeftoverFunds toSunnfjord = new ReallocateLeftoverFunds(ROUND, FundsSource.UNALLOCATED_REMAINDER,
                null, 40_000L, List.of(SUNNFJORD_LINE), "Udekket behov", Map.of(), ANY);
        refused(() -> Eligibility.forReallocation(ROUND, toSunnfjord, SUNNFJORD_INELIGIBLE), "ineligible-recipient",
                "eligibilityOverrides." + SUNNFJORD);
        assertThat(Eligibility.forReallocation(ROUND, new ReallocateLeftoverFunds(ROUND,
                FundsSource.UNALLOCATED_REMAINDER, null, 40_000L, List.of(SUNNFJORD_LINE), "Udekket behov",
                Map.of(SUNNFJORD, "Godkjent"), ANY), SUNNFJORD_INELIGIBLE)).singleElement()
                .isInstanceOf(IneligibilityOverridden.class);
    }

    @Test
    void the_county_governors_grant_on_appeal_to_an_ineligible_appellant_needs_the_reason_recorded_before_it() {
        List<RoundEvent> reconsidered = List.of(new AppealReconsidered(ROUND, 1, ReconsiderationOutcome.GRANTED,
                "Medhold", 1), new LeftoverFundsReallocated(ROUND, 1, FundsSource.UNALLOCATED_REMAINDER, null,
                40_000L, List.of(SUNNFJORD_LINE), "Klage 1: Medhold", List.of()));
        refused(() -> Eligibility.forAppealGrant(ROUND, reconsidered, Map.of(), SUNNFJORD_INELIGIBLE),
                "ineligible-recipient", "eligibilityOverrides." + SUNNFJORD);

        List<RoundEvent> granted = Eligibility.forAppealGrant(ROUND, reconsidered,
                Map.of(SUNNFJORD, "Godkjenningen er vedtatt"), SUNNFJORD_INELIGIBLE);
        assertThat(granted).hasSize(3);
        assertThat(granted.get(0)).isInstanceOf(IneligibilityOverridden.class);
        assertThat(granted.subList(1, 3)).isEqualTo(reconsidered);
        // nothing granted, nothing to check; a reason for nobody is refused
        List<RoundEvent> notGranted = List.of(new AppealReconsidered(ROUND, 1, ReconsiderationOutcome.NOT_GRANTED,
                "Ikke medhold", null));
        assertThat(Eligibility.forAppealGrant(ROUND, notGranted, Map.of(), SUNNFJORD_INELIGIBLE))
                .isEqualTo(notGranted);
        refused(() -> Eligibility.forAppealGrant(ROUND, notGranted, Map.of(SUNNFJORD, "Likevel"),
                SUNNFJORD_INELIGIBLE), "invalid-input", "eligibilityOverrides." + SUNNFJORD);
    }

    private static DecideAllocation decision(Map<String, String> overrides) {
        return new DecideAllocation(ROUND, List.of(BERGEN_LINE, SUNNFJORD_LINE), Map.of(), Map.of(),
                REPORTING_DEADLINE, null, overrides, ANY);
    }
}
