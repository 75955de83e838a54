package no.kompetansemidler.command.needs;

import java.util.List;

import no.kompetansemidler.events.needs.ContinuedMeasure;
import no.kompetansemidler.events.needs.DocumentReference;
import no.kompetansemidler.events.needs.Measure;
import no.kompetansemidler.events.needs.NeedsAssessment;
import no.kompetansemidler.events.needs.NeedsReportContent;
import no.kompetansemidler.events.needs.Partner;
import no.kompetansemidler.events.needs.PartnerKind;
import no.kompetansemidler.events.needs.TargetGroup;

/**
 * A needs report as a client sends it (§11 of the regulation): the HTTP shape of its own, mapped to the recorded
 * {@link NeedsReportContent}, so the event can evolve without changing the API.
 */
public record NeedsReportBody(List<String> owners, List<PartnerBody> partners, TargetGroup targetGroup,
                              List<String> themes, List<MeasureBody> measures, String ownContribution,
                              String samiPerspectives, long leftoverFundsOre, boolean ownerParticipatedBefore,
                              int yearsFundedBefore, List<String> otherServices, String coordinatorGrounds,
                              ContinuesBody continues, AssessmentBody assessment, String partnershipId) {

    /**
     * The earlier decision's multi-year measure the report describes again: the round and its needs report. The
     * service looks up what that decision already granted for this year.
     */
    public record ContinuesBody(String fromRoundId, String needsReportId) {
    }

    /** A university/college or other expertise partner of the partnership. */
    public record PartnerBody(String name, PartnerKind kind) {
    }

    /** One measure and its yearly budget in øre. */
    public record MeasureBody(String title, int durationYears, long ownerOre, long partnerOre, long coordinatorOre,
                              long releaseTimeOre) {
    }

    /**
     * The needs assessment ("behovsvurdering og plan"), how the staff took part, the long-term goals and sub-goals,
     * how the university or college brings the experience back into teacher education, and the documents referred
     * to: required where the round's plan asks for them.
     */
    public record AssessmentBody(String needsAndPlan, String staffInvolvement, List<String> longTermGoals,
                                 List<String> subGoals, String teacherEducation, DocumentBody localCompetencePlan,
                                 List<DocumentBody> attachments) {

        NeedsAssessment toAssessment() {
            return new NeedsAssessment(needsAndPlan, staffInvolvement, longTermGoals, subGoals, teacherEducation,
                    localCompetencePlan == null ? null : localCompetencePlan.toReference(),
                    attachments == null ? null : attachments.stream().map(DocumentBody::toReference).toList());
        }
    }

    /** A document by reference: its id where it is kept, its title and the SHA-256 of its bytes. */
    public record DocumentBody(String documentId, String title, String sha256) {

        DocumentReference toReference() {
            return new DocumentReference(documentId, title, sha256);
        }
    }

    NeedsReportContent toContent() {
        return new NeedsReportContent(owners,
                partners == null ? null : partners.stream().map(p -> new Partner(p.name(), p.kind())).toList(),
                targetGroup, themes,
                measures == null ? null : measures.stream().map(m -> new Measure(m.title(), m.durationYears(),
                        m.ownerOre(), m.partnerOre(), m.coordinatorOre(), m.releaseTimeOre())).toList(),
                ownContribution, samiPerspectives, leftoverFundsOre, ownerParticipatedBefore, yearsFundedBefore,
                otherServices, coordinatorGrounds,
                // the tranche is the round's to look up (ContinuedMeasures), never the client's to state
                continues == null ? null
                        : new ContinuedMeasure(continues.fromRoundId(), continues.needsReportId(), 0),
                // the facts from history are the round's to record (NeedsDecider), never the client's
                null, assessment == null ? null : assessment.toAssessment(),
                partnershipId == null || partnershipId.isBlank() ? null : partnershipId);
    }
}
