package no.kompetansemidler.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.forum.ForumInputRecorded;
import no.kompetansemidler.events.forum.ForumMember;
import no.kompetansemidler.events.needs.AdjustedNeedsSubmitted;
import no.kompetansemidler.events.needs.CallAnnounced;
import no.kompetansemidler.events.needs.NeedsReportAmended;
import no.kompetansemidler.events.needs.NeedsReportContent;
import no.kompetansemidler.events.needs.NeedsReportSubmitted;
import no.kompetansemidler.events.needs.NeedsTemplateSent;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.plan.PlanAdopted;
import no.kompetansemidler.events.plan.PlanRevised;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.reallocation.FundsSource;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.round.CommitmentsReserved;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.events.serialization.EventSerializer;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.junit.jupiter.api.Test;

/** Every old revision of a released event, as pinned in its fixture, reads as the current revision. */
class UpcastersTest {

    private static final Serializer SERIALIZER = EventSerializer.create();
    private static final EventUpcasterChain CHAIN = new EventUpcasterChain(Upcasters.all());

    @Test
    void a_round_of_revision_1_reads_without_plan_version_or_document() throws IOException {
        assertThat(current(RoundOpened.class, "round/RoundOpened", "1", "3"))
                .isEqualTo(new RoundOpened("innlandet-2027", "Innlandet", 2027, 28_734_500_00L, null, null));
    }

    @Test
    void a_round_of_revision_2_keeps_its_plan_version_without_a_document() throws IOException {
        assertThat(current(RoundOpened.class, "round/RoundOpened", "2", "3"))
                .isEqualTo(new RoundOpened("innlandet-2027", "Innlandet", 2027, 28_734_500_00L, "2026-01-15", null));
    }

    @Test
    void a_round_of_the_current_revision_passes_unchanged() throws IOException {
        assertThat(current(RoundOpened.class, "round/RoundOpened", "3", "3").planDocument()).contains("rules");
    }

    @Test
    void a_proposal_of_revision_1_reads_without_yearly_amounts() throws IOException {
        ProposalDrafted proposal = current(ProposalDrafted.class, "proposal/ProposalDrafted", "1", "3");

        assertThat(proposal.yearlyAmountsOre()).isEmpty();
        assertThat(proposal.lines()).hasSize(1);
        assertThat(proposal.trace()).hasSize(1);
    }

    @Test
    void a_proposal_of_revision_2_reads_without_tie_breakers() throws IOException {
        ProposalDrafted proposal = current(ProposalDrafted.class, "proposal/ProposalDrafted", "2", "3");

        assertThat(proposal.tieBreakers()).isEmpty();
        assertThat(proposal.yearlyAmountsOre()).containsEntry("base-grant", 100_000_000L);
    }

    @Test
    void needs_reports_of_revision_1_read_without_other_services_or_coordinator_grounds() throws IOException {
        NeedsReportSubmitted submitted = current(NeedsReportSubmitted.class, "needs/NeedsReportSubmitted", "1", "3");
        NeedsReportAmended amended = current(NeedsReportAmended.class, "needs/NeedsReportAmended", "1", "3");
        AdjustedNeedsSubmitted adjusted = current(AdjustedNeedsSubmitted.class, "needs/AdjustedNeedsSubmitted", "1",
                "3");

        for (NeedsReportContent content : List.of(submitted.content(), amended.content(), adjusted.content())) {
            assertThat(content.otherServices()).isEmpty();
            assertThat(content.coordinatorGrounds()).isNull();
            assertThat(content.continues()).isNull();
            assertThat(content.fromHistory()).isNull();
            assertThat(content.assessment()).isNull();
            assertThat(content.participatedBefore()).isTrue();
            assertThat(content.fundedYearsBefore()).isEqualTo(1);
            assertThat(content.themes()).containsExactly("språkmiljø", "inkludering");
        }
    }

    @Test
    void needs_reports_of_revision_2_read_without_a_needs_assessment() throws IOException {
        NeedsReportSubmitted submitted = current(NeedsReportSubmitted.class, "needs/NeedsReportSubmitted", "2", "3");
        NeedsReportAmended amended = current(NeedsReportAmended.class, "needs/NeedsReportAmended", "2", "3");
        AdjustedNeedsSubmitted adjusted = current(AdjustedNeedsSubmitted.class, "needs/AdjustedNeedsSubmitted", "2",
                "3");

        for (NeedsReportContent content : List.of(submitted.content(), amended.content(), adjusted.content())) {
            assertThat(content.assessment()).isNull();
            assertThat(content.partnershipId()).isNull();
            assertThat(content.coordinatorGrounds()).isEqualTo("Ni barnehager hos tre eiere");
            assertThat(content.otherServices()).containsExactly("PPT", "helsestasjon");
        }
    }

    @Test
    void a_call_of_revision_1_reads_without_a_plan_version_or_indicative_frames() throws IOException {
        assertThat(current(CallAnnounced.class, "needs/CallAnnounced", "1", "2")).isEqualTo(new CallAnnounced(
                "innlandet-2027", 2027, 2_873_450_000L, Instant.parse("2027-02-01T22:59:59Z"),
                "Alle barnehage- og skoleeiere i Innlandet kan melde behov innen fristen"));
    }

    @Test
    void a_reservation_of_revision_1_reads_with_its_total_and_no_tranches() throws IOException {
        assertThat(current(CommitmentsReserved.class, "round/CommitmentsReserved", "1", "2"))
                .isEqualTo(new CommitmentsReserved("innlandet-2027", "innlandet-2026", 110_000_000L, List.of()));
    }

    @Test
    void a_withdrawal_of_revision_1_reads_as_ending_no_later_tranche() throws IOException {
        assertThat(current(GrantWithdrawn.class, "decision/GrantWithdrawn", "1", "2")).isEqualTo(new GrantWithdrawn(
                "innlandet-2027", "valdres", 5_000_000L, "Tiltaket ble ikke gjennomført", Map.of()));
    }

    @Test
    void a_meeting_of_revision_1_reads_with_members_named_at_the_meeting_not_from_the_register() throws IOException {
        assertThat(current(ForumInputRecorded.class, "forum/ForumInputRecorded", "1", "2").membersPresent())
                .extracting(ForumMember::memberId, ForumMember::role)
                .containsOnly(tuple(null, null));
    }

    @Test
    void a_decision_of_revision_1_reads_without_a_forum_override() throws IOException {
        assertThat(current(AllocationDecided.class, "decision/AllocationDecided", "1", "2").forumOverride()).isNull();
    }

    @Test
    void a_reallocation_of_revision_1_reads_as_drawn_from_its_source_as_one_pool() throws IOException {
        assertThat(current(LeftoverFundsReallocated.class, "reallocation/LeftoverFundsReallocated", "1", "2"))
                .isEqualTo(new LeftoverFundsReallocated("innlandet-2027", 1, FundsSource.WITHDRAWN_GRANT, "valdres",
                        5_000_000L, List.of(new AllocationLine("nord-gudbrandsdal", "NEEDS_REPORT", "nr-7",
                        TargetGroup.SCHOOL, 1, 2_000_000L, 3_000_000L)), "Udekket behov", null));
    }

    @Test
    void plan_adoptions_and_revisions_of_revision_1_read_without_a_document() throws IOException {
        assertThat(current(PlanAdopted.class, "plan/PlanAdopted", "1", "2"))
                .isEqualTo(new PlanAdopted("Innlandet", "2026-01-15", LocalDate.of(2026, 1, 15), 2026, 2029, null));
        assertThat(current(PlanRevised.class, "plan/PlanRevised", "1", "2")).isEqualTo(new PlanRevised("Innlandet",
                "2027-06-10", "2026-01-15", LocalDate.of(2027, 6, 10), 2028, 2029, null));
    }

    @Test
    void a_call_of_revision_1_reads_without_figures_for_indicative_frames() throws IOException {
        NeedsTemplateSent call = current(NeedsTemplateSent.class, "needs/NeedsTemplateSent", "1", "2");

        assertThat(call.recipients()).containsExactly("lillehammer-region", "valdres");
        assertThat(call.networks()).isEmpty();
        assertThat(call.yearlySharesBasisPoints()).isEmpty();
        assertThat(call.yearlyAmountsOre()).isEmpty();
    }

    private static <T> T current(Class<T> type, String fixture, String revision, String expectedRevision)
            throws IOException {
        GenericDomainEventEntry<String> stored = new GenericDomainEventEntry<>("Round", "innlandet-2027", 0,
                "event-1", Instant.parse("2027-01-05T08:00:00Z"), type.getName(), revision,
                ContractFixtures.read(fixture + "-" + revision + ".json"), "{}");
        List<IntermediateEventRepresentation> upcast =
                CHAIN.upcast(Stream.of(new InitialEventRepresentation(stored, SERIALIZER))).toList();
        assertThat(upcast).hasSize(1);
        assertThat(upcast.get(0).getType().getRevision()).isEqualTo(expectedRevision);
        return SERIALIZER.deserialize(upcast.get(0).getData());
    }
}
