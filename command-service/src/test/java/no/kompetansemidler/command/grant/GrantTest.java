package no.kompetansemidler.command.grant;

import java.util.List;

import no.kompetansemidler.events.grant.GrantEstablished;
import no.kompetansemidler.events.grant.Tranche;
import no.kompetansemidler.events.proposal.AllocationLine;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/** The grant aggregate through Axon: created by its letter's award, once. */
class GrantTest {

    private static final AllocationLine LINE =
            new AllocationLine("sunnfjord", "NETWORK_FRAME", null, null, 3, 100_000L, 0L);
    private static final AwardGrant AWARD = new AwardGrant("vestland-2027/sunnfjord/reallocation-1",
            "vestland-2027", "Vestland", "sunnfjord", 2027, List.of(LINE), List.of());
    private static final GrantEstablished AWARDED = new GrantEstablished("vestland-2027/sunnfjord/reallocation-1",
            "vestland-2027", "Vestland", "sunnfjord", 2027,
            List.of(new Tranche(2027, 100_000L), new Tranche(2028, 100_000L), new Tranche(2029, 100_000L)),
            List.of(LINE), List.of());

    private final AggregateTestFixture<Grant> grant = new AggregateTestFixture<>(Grant.class);

    @Test
    void the_award_creates_the_grant() {
        grant.givenNoPriorActivity().when(AWARD).expectSuccessfulHandlerExecution().expectEvents(AWARDED);
    }

    @Test
    void a_second_award_of_the_same_letter_adds_nothing() {
        grant.given(AWARDED).when(AWARD).expectSuccessfulHandlerExecution().expectNoEvents();
    }
}
