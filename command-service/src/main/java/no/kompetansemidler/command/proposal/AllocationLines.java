package no.kompetansemidler.command.proposal;

import java.util.List;

import no.kompetansemidler.allocation.regulation.Regulation;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.events.proposal.AllocationLine;

/** The field rules every allocation line obeys, whether proposed by hand, decided or reallocated. */
public final class AllocationLines {

    /** The purposes the allocation engine knows; a line given by hand uses the same words. */
    public static final List<String> PURPOSES = Regulation.purposes();

    private AllocationLines() {
    }

    public static void check(List<AllocationLine> lines, String field, Violations violations) {
        violations.check(!lines.isEmpty(), field, "required", "give at least one line");
        for (int i = 0; i < lines.size(); i++) {
            AllocationLine line = lines.get(i);
            String at = field + "[" + i + "]";
            violations.present(at + ".recipientId", line.recipientId());
            if (violations.present(at + ".purpose", line.purpose())) {
                violations.check(PURPOSES.contains(line.purpose()), at + ".purpose", "known-purpose",
                        "one of " + PURPOSES);
            }
            violations.check(Regulation.measureYears(line.years()), at + ".years",
                    "duration-1-to-4-years", "a grant runs 1 to 4 years");
            violations.check(line.networkOre() >= 0 && line.partnerOre() >= 0, at, "non-negative-amount",
                    "amounts in øre cannot be negative");
        }
    }
}
