package no.kompetansemidler.allocation.input;

import java.util.List;

import no.kompetansemidler.allocation.regulation.Regulation;

/**
 * What a partnership asks for in one needs report ("behovsmelding"), reduced to the figures allocation needs.
 *
 * @param id                      stable identifier of the report
 * @param networkId               the network the partnership belongs to
 * @param targetGroup             whose staff the measures are for
 * @param networkOre              yearly amount requested for the network/owners (coordinator and release time included)
 * @param partnerOre              yearly amount requested for the university/college or other expertise partner
 * @param coordinatorOre          the part of {@code networkOre} for a coordinator function
 * @param durationYears           how many years the measures run, 1–4
 * @param ownerParticipatedBefore whether the owner has had funding from the scheme before
 * @param yearsFundedBefore       how many years this development work has already been funded
 */
public record NeedsReport(String id, String networkId, TargetGroup targetGroup, long networkOre, long partnerOre,
                          long coordinatorOre, int durationYears, boolean ownerParticipatedBefore,
                          int yearsFundedBefore) {

    public NeedsReport {
        if (networkOre < 0 || partnerOre < 0 || coordinatorOre < 0) {
            throw new IllegalArgumentException(id + ": amounts cannot be negative");
        }
        if (coordinatorOre > networkOre) {
            throw new IllegalArgumentException(id + ": the coordinator is paid from the network's part");
        }
        if (!Regulation.measureYears(durationYears)) {
            throw new IllegalArgumentException(id + ": measures run 1 to 4 years, not " + durationYears);
        }
        if (yearsFundedBefore < 0) {
            throw new IllegalArgumentException(id + ": years funded before cannot be negative");
        }
    }

    /**
     * One measure of a needs report, as the engine counts it: its years and its yearly amounts.
     *
     * @param networkOre a year's amount for the network/owners, coordinator and release time included
     */
    public record Measure(int durationYears, long networkOre, long partnerOre, long coordinatorOre) {
    }

    /**
     * A needs report from its measures: their yearly amounts summed, and the longest measure setting the years the
     * partnership commits to, which is what the plans' multi-year locks count.
     */
    public static NeedsReport ofMeasures(String id, String networkId, TargetGroup targetGroup, List<Measure> measures,
                                         boolean ownerParticipatedBefore, int yearsFundedBefore) {
        return new NeedsReport(id, networkId, targetGroup, measures.stream().mapToLong(Measure::networkOre).sum(),
                measures.stream().mapToLong(Measure::partnerOre).sum(),
                measures.stream().mapToLong(Measure::coordinatorOre).sum(),
                measures.stream().mapToInt(Measure::durationYears).max().orElse(1), ownerParticipatedBefore,
                yearsFundedBefore);
    }

    public long requestedOre() {
        return Math.addExact(networkOre, partnerOre);
    }

    String canonicalForm() {
        return String.join("|", id, networkId, targetGroup.name(), String.valueOf(networkOre),
                String.valueOf(partnerOre), String.valueOf(coordinatorOre), String.valueOf(durationYears),
                String.valueOf(ownerParticipatedBefore), String.valueOf(yearsFundedBefore));
    }
}
