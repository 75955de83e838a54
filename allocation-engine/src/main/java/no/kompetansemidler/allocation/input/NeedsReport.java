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
 * @param profile                 what a plan may rank the report by besides its figures
 */
public record NeedsReport(String id, String networkId, TargetGroup targetGroup, long networkOre, long partnerOre,
                          long coordinatorOre, int durationYears, boolean ownerParticipatedBefore,
                          int yearsFundedBefore, Profile profile) {

    /**
     * What a plan that ranks partnerships reads in a report (Troms): the themes it works on, whether staff of other
     * municipal services take part ("laget rundt barnet": PPT, health services, child welfare, ...), and whether it
     * justifies funds for a coordinator.
     *
     * @param themes               the report's themes as it names them, most important first
     * @param widerTargetGroup     whether the partnership involves a wider target group than kindergarten and school
     * @param coordinatorJustified whether the report gives grounds for a coordinator
     */
    public record Profile(List<String> themes, boolean widerTargetGroup, boolean coordinatorJustified) {

        public static final Profile NONE = new Profile(List.of(), false, false);

        public Profile {
            themes = List.copyOf(themes);
        }

        void appendCanonicalForm(StringBuilder text) {
            text.append("themes=");
            for (int i = 0; i < themes.size(); i++) {
                text.append(i > 0 ? ";" : "").append(themes.get(i));
            }
            text.append("|wider=").append(widerTargetGroup).append("|coordinator-justified=")
                    .append(coordinatorJustified);
        }
    }

    /** A report without a profile: what plans that do not rank partnerships read. */
    public NeedsReport(String id, String networkId, TargetGroup targetGroup, long networkOre, long partnerOre,
                       long coordinatorOre, int durationYears, boolean ownerParticipatedBefore,
                       int yearsFundedBefore) {
        this(id, networkId, targetGroup, networkOre, partnerOre, coordinatorOre, durationYears,
                ownerParticipatedBefore, yearsFundedBefore, Profile.NONE);
    }

    public NeedsReport {
        if (profile == null) {
            throw new IllegalArgumentException(id + ": a report has a profile, if only Profile.NONE");
        }
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
                                         boolean ownerParticipatedBefore, int yearsFundedBefore, Profile profile) {
        return new NeedsReport(id, networkId, targetGroup, measures.stream().mapToLong(Measure::networkOre).sum(),
                measures.stream().mapToLong(Measure::partnerOre).sum(),
                measures.stream().mapToLong(Measure::coordinatorOre).sum(),
                measures.stream().mapToInt(Measure::durationYears).max().orElse(1), ownerParticipatedBefore,
                yearsFundedBefore, profile);
    }

    public long requestedOre() {
        return Math.addExact(networkOre, partnerOre);
    }

    /**
     * The report as text for fingerprints; the profile is part of it only where the plan reads it, so proposals
     * made before reports had profiles keep their fingerprints.
     */
    void appendCanonicalForm(StringBuilder text, boolean withProfile) {
        text.append(id).append('|').append(networkId).append('|').append(targetGroup.name()).append('|')
                .append(networkOre).append('|').append(partnerOre).append('|').append(coordinatorOre).append('|')
                .append(durationYears).append('|').append(ownerParticipatedBefore).append('|')
                .append(yearsFundedBefore);
        if (withProfile) {
            text.append('|');
            profile.appendCanonicalForm(text);
        }
    }
}
