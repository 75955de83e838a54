package no.kompetansemidler.command.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

import no.kompetansemidler.allocation.plans.LongTermPlan;
import no.kompetansemidler.allocation.plans.PlanCatalogue;
import no.kompetansemidler.allocation.rules.AllocationRule;
import no.kompetansemidler.command.kernel.YearlyFigures;
import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.refusal.Violation;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.events.proposal.NetworkKeyFigures;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.scenario.ScenarioComputed;
import no.kompetansemidler.recorded.ComputedProposal;
import no.kompetansemidler.recorded.ProposalInputs;
import no.kompetansemidler.recorded.ProposalsOnFile.DraftedProposal;
import no.kompetansemidler.recorded.plan.PlanDocuments;
import no.kompetansemidler.recorded.plan.PlanDocuments.InvalidPlanDocument;
import no.kompetansemidler.recorded.plan.RecordedPlans;

/**
 * The rules of a what-if ("hva om"): it starts from the round's latest proposal and the inputs in force when it was
 * drafted, changes only what the command gives, runs the engine, and records what differed. It needs a proposal
 * computed under a plan to start from; the round itself is never touched.
 */
public final class ScenarioDecider {

    private ScenarioDecider() {
    }

    public static ScenarioComputed run(int scenarioNumber, RunScenario command, RoundBasis basis,
                                       PlanCatalogue catalogue) {
        Violations violations = new Violations();
        violations.present("name", command.name());
        violations.check(command.planVersion() == null || command.planDocument() == null, "planVersion",
                "version-or-document", "give a plan version or a plan document to try, not both");
        YearlyFigures.check(command.networks() == null ? List.of() : command.networks(),
                command.yearlySharesBasisPoints() == null ? Map.of() : command.yearlySharesBasisPoints(),
                command.yearlyAmountsOre() == null ? Map.of() : command.yearlyAmountsOre(), violations);
        violations.throwIfAny();
        RoundBasis.Recorded round = basis.round(command.roundId())
                .orElseThrow(() -> CommandRefused.doesNotExist(command.roundId()));
        DraftedProposal drafted = round.latestProposal();
        if (drafted == null || drafted.proposal().planVersion() == null) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "no-proposal-under-a-plan", "A what-if starts "
                    + "from a proposal the engine computed under a plan; " + command.roundId() + " has none.");
        }
        ProposalDrafted proposal = drafted.proposal();
        List<String> differences = new ArrayList<>();
        String document = planDocument(command, round, basis);
        LongTermPlan plan = plan(command, round, document, basis, catalogue);
        if (!plan.version().equals(proposal.planVersion()) || command.planDocument() != null) {
            differences.add("plan " + plan.version() + (command.planDocument() != null ? " (a document tried)" : "")
                    + " instead of " + proposal.planVersion());
        }
        List<NetworkKeyFigures> networks = command.networks() != null ? command.networks() : proposal.networks();
        networkDifferences(proposal.networks(), networks, differences);
        Map<String, Integer> shares = command.yearlySharesBasisPoints() != null
                ? command.yearlySharesBasisPoints() : proposal.yearlySharesBasisPoints();
        mapDifferences("yearly share", proposal.yearlySharesBasisPoints(), shares, " bp", differences);
        Map<String, Long> amounts = command.yearlyAmountsOre() != null
                ? command.yearlyAmountsOre() : proposal.yearlyAmountsOre();
        mapDifferences("yearly amount", proposal.yearlyAmountsOre(), amounts, " øre", differences);

        // the county governor's tie-breakers mean something only under a plan that ranks partnerships
        Map<String, List<String>> tieBreakers = plan.rules().stream().anyMatch(AllocationRule::readsProfiles)
                ? proposal.tieBreakers() : Map.of();
        if (!tieBreakers.equals(proposal.tieBreakers())) {
            differences.add("the proposal's tie-breakers left out: plan " + plan.version() + " does not rank "
                    + "partnerships");
        }
        ProposalInputs inputs = new ProposalInputs(drafted.budgetFrameOre(), drafted.commitmentsOre(), networks,
                drafted.standingNeedsReports(), proposal.adjustments(), shares, amounts, tieBreakers,
                drafted.commitmentsByLineYearsOre());
        ComputedProposal computed;
        try {
            computed = ComputedProposal.compute(plan, inputs);
        } catch (IllegalArgumentException rejected) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "allocation-input-rejected",
                    "The allocation engine cannot compute this what-if: " + rejected.getMessage());
        }
        return new ScenarioComputed(command.scenariosId(), command.roundId(), scenarioNumber, command.name(),
                proposal.proposalNumber(), plan.version(), document, differences, drafted.budgetFrameOre(),
                drafted.commitmentsOre(), networks, shares, amounts, computed.inputFingerprint(), computed.lines(),
                computed.unallocatedOre(), computed.findings(), computed.trace());
    }

    /**
     * The document the what-if runs under, recorded with it so it can be recomputed: the one tried, the one of the
     * version named (as adopted, or shipped), or the round's; {@code null} only for rules compiled in.
     */
    private static String planDocument(RunScenario command, RoundBasis.Recorded round, RoundBasis basis) {
        if (command.planDocument() != null) {
            try {
                PlanDocuments.readFor(round.county(), command.planDocument());
            } catch (InvalidPlanDocument invalid) {
                throw CommandRefused.invalidInput(invalid.problems().stream().map(problem -> new Violation(
                        "planDocument" + problem.path().substring(1), problem.rule(), problem.message())).toList());
            }
            return PlanDocuments.canonical(command.planDocument());
        }
        return command.planVersion() == null ? round.planDocument()
                : basis.document(round.county(), command.planVersion()).orElse(null);
    }

    private static LongTermPlan plan(RunScenario command, RoundBasis.Recorded round, String document,
                                     RoundBasis basis, PlanCatalogue catalogue) {
        if (command.planDocument() != null) {
            return PlanDocuments.read(document);
        }
        if (command.planVersion() != null) {
            return RecordedPlans.plan(round.county(), command.planVersion(), document, catalogue)
                    .orElseThrow(() -> new CommandRefused(
                    Refusal.BUSINESS_RULE, "unknown-plan-version", "No plan version " + command.planVersion()
                    + " of " + round.county() + " is adopted or shipped.", List.of(new Violation("planVersion",
                    "known-plan-version", "a version " + round.county() + " adopted, or a shipped one")),
                    Map.of()));
        }
        return RecordedPlans.plan(round.county(), round.planVersion(), round.planDocument(), catalogue)
                .orElseThrow(() -> CommandRefused.because(Refusal.BUSINESS_RULE, "unknown-plan-version",
                        "The engine has no rules for the round's plan version " + round.planVersion() + "."));
    }

    private static void networkDifferences(List<NetworkKeyFigures> before, List<NetworkKeyFigures> after,
                                           List<String> differences) {
        Map<String, NetworkKeyFigures> was = new TreeMap<>();
        before.forEach(figures -> was.put(figures.networkId(), figures));
        Map<String, NetworkKeyFigures> is = new TreeMap<>();
        after.forEach(figures -> is.put(figures.networkId(), figures));
        TreeSet<String> ids = new TreeSet<>(was.keySet());
        ids.addAll(is.keySet());
        for (String id : ids) {
            NetworkKeyFigures from = was.get(id);
            NetworkKeyFigures to = is.get(id);
            if (!Objects.equals(from, to)) {
                differences.add("key figures of " + id + ": " + describe(from) + " → " + describe(to));
            }
        }
    }

    private static String describe(NetworkKeyFigures figures) {
        return figures == null ? "none" : figures.fullTimeEquivalentsHundredths() + " FTE hundredths, "
                + figures.pupilsAndChildren() + " pupils and children";
    }

    private static <V> void mapDifferences(String what, Map<String, V> before, Map<String, V> after, String unit,
                                           List<String> differences) {
        TreeSet<String> keys = new TreeSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            if (!Objects.equals(before.get(key), after.get(key))) {
                differences.add(what + " " + key + ": " + (before.get(key) == null ? "none" : before.get(key) + unit)
                        + " → " + (after.get(key) == null ? "none" : after.get(key) + unit));
            }
        }
    }
}
