package no.kompetansemidler.events;

import java.util.List;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.forum.ForumInputRecorded;
import no.kompetansemidler.events.needs.AdjustedNeedsSubmitted;
import no.kompetansemidler.events.needs.CallAnnounced;
import no.kompetansemidler.events.needs.NeedsReportAmended;
import no.kompetansemidler.events.needs.NeedsReportSubmitted;
import no.kompetansemidler.events.needs.NeedsTemplateSent;
import no.kompetansemidler.events.plan.PlanAdopted;
import no.kompetansemidler.events.plan.PlanRevised;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.round.CommitmentsReserved;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.events.serialization.AddedFieldUpcaster;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every upcaster of the stored events, in the order Axon must apply them: each reads an old revision of a released
 * event as the next one. Both services register exactly these.
 */
public final class Upcasters {

    private Upcasters() {
    }

    public static List<SingleEventUpcaster> all() {
        return List.of(
                // rounds recorded their plan version from revision 2, and the plan's document from revision 3
                AddedFieldUpcaster.withNull(RoundOpened.class, "1", "2", "planVersion"),
                AddedFieldUpcaster.withNull(RoundOpened.class, "2", "3", "planDocument"),
                // proposals recorded the amounts a plan leaves to the year from revision 2
                AddedFieldUpcaster.withEmptyMap(ProposalDrafted.class, "1", "2", "yearlyAmountsOre"),
                // and the county governor's tie-breakers per needs report from revision 3
                AddedFieldUpcaster.withEmptyMap(ProposalDrafted.class, "2", "3", "tieBreakers"),
                // adoptions recorded the plan's document from revision 2; before, the compiled-in rules applied
                AddedFieldUpcaster.withNull(PlanAdopted.class, "1", "2", "document"),
                AddedFieldUpcaster.withNull(PlanRevised.class, "1", "2", "document"),
                // calls carried the key figures and yearly figures for indicative frames from revision 2
                AddedFieldUpcaster.of(NeedsTemplateSent.class, "1", "2", payload -> {
                    payload.putArray("networks");
                    payload.putObject("yearlySharesBasisPoints");
                    payload.putObject("yearlyAmountsOre");
                }),
                // needs reports named the other services taking part, the grounds for a coordinator and the
                // earlier measure they continue, and recorded the facts from history, from revision 2
                needsContent(NeedsReportSubmitted.class),
                needsContent(NeedsReportAmended.class),
                needsContent(AdjustedNeedsSubmitted.class),
                // and gave the needs assessment, goals and documents of the full § 11 report, and the registered
                // partnership they belong to, from revision 3
                needsAssessment(NeedsReportSubmitted.class),
                needsAssessment(NeedsReportAmended.class),
                needsAssessment(AdjustedNeedsSubmitted.class),
                // calls named the plan and carried the networks' indicative frames from revision 2
                AddedFieldUpcaster.of(CallAnnounced.class, "1", "2", payload -> {
                    payload.putNull("planVersion");
                    payload.putObject("indicativeFramesOre");
                }),
                // reservations recorded the tranche of each grant from revision 2; before, only their total
                AddedFieldUpcaster.of(CommitmentsReserved.class, "1", "2", payload -> payload.putArray("tranches")),
                // withdrawals could end later tranches from revision 2
                AddedFieldUpcaster.withEmptyMap(GrantWithdrawn.class, "1", "2", "endedTranches"),
                // decisions recorded the county governor's reason for deciding without the forum from revision 2
                AddedFieldUpcaster.withNull(AllocationDecided.class, "1", "2", "forumOverride"),
                // members present at a meeting named their register id and role from revision 2
                AddedFieldUpcaster.of(ForumInputRecorded.class, "1", "2", payload -> {
                    if (payload.get("membersPresent") instanceof ArrayNode members) {
                        members.forEach(member -> ((ObjectNode) member).putNull("memberId").putNull("role"));
                    }
                }),
                // reallocations named the part drawn from each report, withdrawal or carry-over from revision 2
                AddedFieldUpcaster.withNull(LeftoverFundsReallocated.class, "1", "2", "drawnFrom"));
    }

    private static SingleEventUpcaster needsContent(Class<?> eventType) {
        return AddedFieldUpcaster.of(eventType, "1", "2", payload -> {
            ObjectNode content = (ObjectNode) payload.get("content");
            content.putArray("otherServices");
            content.putNull("coordinatorGrounds");
            content.putNull("continues");
            content.putNull("fromHistory");
        });
    }

    private static SingleEventUpcaster needsAssessment(Class<?> eventType) {
        return AddedFieldUpcaster.of(eventType, "2", "3",
                payload -> ((ObjectNode) payload.get("content")).putNull("assessment").putNull("partnershipId"));
    }
}
