package no.kompetansemidler.events.needs;

import java.util.List;

import no.kompetansemidler.events.Copies;

/**
 * What a needs report says (§11 of the regulation and the county plans).
 *
 * @param owners                  the kindergarten/school owners in the partnership ("eiere")
 * @param partners                their university/college or other expertise partners
 * @param themes                  prioritised themes, most important first
 * @param measures                the measures applied for, each with its yearly budget
 * @param ownContribution         the owners' own effort ("egeninnsats"): time, money, organisation
 * @param samiPerspectives        how Sami perspectives are taken care of ("samiske perspektiver")
 * @param leftoverFundsOre        unspent funds from earlier grants the partnership still holds ("restmidler")
 * @param ownerParticipatedBefore whether the owners have had funding from the scheme before
 * @param yearsFundedBefore       how many years this development work has already been funded
 * @param otherServices           the other municipal services whose staff take part with the kindergarten and school
 *                                staff ("laget rundt barnet": PPT, health centre, child welfare, ...); none in
 *                                revision 1
 * @param coordinatorGrounds      why the measures need a coordinator (high complexity, a vulnerable area), where
 *                                they ask for one; {@code null} when none is given, and in revision 1
 * @param continues               the earlier decision's multi-year measure the report describes again, {@code null}
 *                                for a new work, and in revision 1
 * @param fromHistory             what the county's history says of participation and years funded, recorded when
 *                                the report is filed; {@code null} in revision 1, when only the form's answers were
 * @param assessment              the needs assessment, the goals and how the experience reaches teacher education;
 *                                {@code null} when the report gives none of it, and in revisions 1 and 2
 * @param partnershipId           the partnership in the county's register whose development work the report is part
 *                                of, across its years; {@code null} when it names none, and in revisions 1 and 2
 */
public record NeedsReportContent(List<String> owners, List<Partner> partners, TargetGroup targetGroup,
                                 List<String> themes, List<Measure> measures, String ownContribution,
                                 String samiPerspectives, long leftoverFundsOre, boolean ownerParticipatedBefore,
                                 int yearsFundedBefore, List<String> otherServices, String coordinatorGrounds,
                                 ContinuedMeasure continues, FactsFromHistory fromHistory,
                                 NeedsAssessment assessment, String partnershipId) {

    public NeedsReportContent {
        owners = Copies.list(owners);
        partners = Copies.list(partners);
        themes = Copies.list(themes);
        measures = Copies.list(measures);
        otherServices = Copies.list(otherServices);
    }

    /** Content without other services or coordinator grounds. */
    public NeedsReportContent(List<String> owners, List<Partner> partners, TargetGroup targetGroup,
                              List<String> themes, List<Measure> measures, String ownContribution,
                              String samiPerspectives, long leftoverFundsOre, boolean ownerParticipatedBefore,
                              int yearsFundedBefore) {
        this(owners, partners, targetGroup, themes, measures, ownContribution, samiPerspectives, leftoverFundsOre,
                ownerParticipatedBefore, yearsFundedBefore, List.of(), null, null, null, null, null);
    }

    /** Content without the needs assessment. */
    public NeedsReportContent(List<String> owners, List<Partner> partners, TargetGroup targetGroup,
                              List<String> themes, List<Measure> measures, String ownContribution,
                              String samiPerspectives, long leftoverFundsOre, boolean ownerParticipatedBefore,
                              int yearsFundedBefore, List<String> otherServices, String coordinatorGrounds,
                              ContinuedMeasure continues, FactsFromHistory fromHistory) {
        this(owners, partners, targetGroup, themes, measures, ownContribution, samiPerspectives, leftoverFundsOre,
                ownerParticipatedBefore, yearsFundedBefore, otherServices, coordinatorGrounds, continues, fromHistory,
                null, null);
    }

    /** The same content, as part of the registered partnership's work. */
    public NeedsReportContent inPartnership(String partnership) {
        return new NeedsReportContent(owners, partners, targetGroup, themes, measures, ownContribution,
                samiPerspectives, leftoverFundsOre, ownerParticipatedBefore, yearsFundedBefore, otherServices,
                coordinatorGrounds, continues, fromHistory, assessment, partnership);
    }

    /** The same content, with this needs assessment. */
    public NeedsReportContent withAssessment(NeedsAssessment given) {
        return new NeedsReportContent(owners, partners, targetGroup, themes, measures, ownContribution,
                samiPerspectives, leftoverFundsOre, ownerParticipatedBefore, yearsFundedBefore, otherServices,
                coordinatorGrounds, continues, fromHistory, given, partnershipId);
    }

    /** The same content, continuing an earlier decision's measure. */
    public NeedsReportContent continuing(ContinuedMeasure measure) {
        return new NeedsReportContent(owners, partners, targetGroup, themes, measures, ownContribution,
                samiPerspectives, leftoverFundsOre, ownerParticipatedBefore, yearsFundedBefore, otherServices,
                coordinatorGrounds, measure, fromHistory, assessment, partnershipId);
    }

    /** The same content, with what the county's history says of it. */
    public NeedsReportContent withHistory(FactsFromHistory facts) {
        return new NeedsReportContent(owners, partners, targetGroup, themes, measures, ownContribution,
                samiPerspectives, leftoverFundsOre, ownerParticipatedBefore, yearsFundedBefore, otherServices,
                coordinatorGrounds, continues, facts, assessment, partnershipId);
    }

    /**
     * Whether an owner was funded before: yes if the form or the county's history says so. The history only raises
     * the answer: it reaches back only as far as the system's records, and names are matched as text, so its "no"
     * cannot outweigh the form's "yes" (which would give a returning owner a newcomer's priority).
     */
    public boolean participatedBefore() {
        return ownerParticipatedBefore || fromHistory != null && Boolean.TRUE.equals(fromHistory.ownersFundedBefore());
    }

    /**
     * Years the work has been funded: the more of the form's and the history's answers, for the same reason (a work
     * renewed without naming what it continues counts 0 in the history, never less than the form says).
     */
    public int fundedYearsBefore() {
        return fromHistory == null || fromHistory.yearsFundedBefore() == null ? yearsFundedBefore
                : Math.max(yearsFundedBefore, fromHistory.yearsFundedBefore());
    }

    /**
     * What the report asks of this year's funds: its yearly amount less what the earlier grant's tranche already
     * covers of the measure it continues.
     */
    public long requestedBeyondTrancheOre() {
        return Math.max(0, requestedOre() - (continues == null ? 0 : continues.trancheOre()));
    }

    /** The yearly amount the report asks for, all measures together. */
    public long requestedOre() {
        return measures.stream().mapToLong(Measure::yearlyOre).sum();
    }
}
