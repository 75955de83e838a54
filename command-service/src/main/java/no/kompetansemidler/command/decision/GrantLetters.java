package no.kompetansemidler.command.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.recorded.LineArithmetic;

/** One grant letter per recipient of a decision or reallocation, in recipient order. */
public final class GrantLetters {

    private GrantLetters() {
    }

    /**
     * @param referenceSuffix appended to {@code <roundId>/<recipientId>} to tell a reallocation's letter apart from
     *                        the decision's; empty for the decision
     */
    public static List<GrantLetterIssued> issue(String roundId, String referenceSuffix, List<AllocationLine> lines,
                                                Map<String, List<String>> conditions) {
        Map<String, List<AllocationLine>> linesByRecipient = new TreeMap<>();
        lines.forEach(line ->
                linesByRecipient.computeIfAbsent(line.recipientId(), recipient -> new ArrayList<>()).add(line));
        List<GrantLetterIssued> letters = new ArrayList<>();
        linesByRecipient.forEach((recipient, own) -> letters.add(new GrantLetterIssued(roundId, recipient,
                roundId + "/" + recipient + referenceSuffix, LineArithmetic.totalOre(own), own,
                conditions.getOrDefault(recipient, List.of()))));
        return letters;
    }
}
