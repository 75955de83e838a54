package no.kompetansemidler.command.grant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;

import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.ExpectedVersion;
import no.kompetansemidler.events.grant.GrantEstablished;
import no.kompetansemidler.events.grant.GrantEvent;
import no.kompetansemidler.events.grant.PaymentOrdered;
import no.kompetansemidler.events.grant.RepaymentClaimed;
import no.kompetansemidler.events.grant.RepaymentSettled;
import no.kompetansemidler.events.grant.RepaymentSettled.Settlement;
import no.kompetansemidler.events.grant.Tranche;
import no.kompetansemidler.events.grant.TrancheGranted;
import no.kompetansemidler.events.grant.TrancheReduced;
import org.junit.jupiter.api.Test;

/**
 * A grant's money as plain Java. Vestland 2027's grant to bergen: 500 000 for 2027 and 500 000 for 2028, the 2028
 * tranche reduced by 100 000 and granted by the 2028 round.
 */
class PaymentDeciderTest {

    private static final String GRANT = "vestland-2027/bergen";
    private static final ExpectedVersion ANY = ExpectedVersion.ANY;
    private static final LocalDate DUE = LocalDate.of(2027, 5, 1);

    private static GrantState grant(GrantEvent... later) {
        GrantState state = new GrantState();
        state.evolve(new GrantEstablished(GRANT, "vestland-2027", "Vestland", "bergen", 2027,
                List.of(new Tranche(2027, 500_000L), new Tranche(2028, 500_000L)), List.of(), List.of()));
        for (GrantEvent event : later) {
            state.evolve(event);
        }
        return state;
    }

    private static String refusal(Runnable decision) {
        CommandRefused refused = catchThrowableOfType(CommandRefused.class, decision::run);
        assertThat(refused).isNotNull();
        return refused.code();
    }

    private static GrantState applied(GrantState state, List<GrantEvent> events) {
        events.forEach(state::evolve);
        return state;
    }

    @Test
    void payments_come_from_a_granted_tranche_and_never_exceed_it() {
        GrantState state = grant();
        List<GrantEvent> first = PaymentDecider.order(state, new OrderPayment(GRANT, 2027, 300_000L, DUE, ANY));
        assertThat(first).containsExactly(new PaymentOrdered(GRANT, "vestland-2027", "bergen", 1, 2027, 300_000L, DUE,
                GRANT + "/payment-1"));
        applied(state, first);

        assertThat(refusal(() -> PaymentDecider.order(state, new OrderPayment(GRANT, 2027, 200_001L, DUE, ANY))))
                .isEqualTo("exceeds-tranche");
        assertThat(PaymentDecider.order(state, new OrderPayment(GRANT, 2027, 200_000L, DUE, ANY))).hasSize(1);
        assertThat(refusal(() -> PaymentDecider.order(state, new OrderPayment(GRANT, 2028, 1L, DUE, ANY))))
                .isEqualTo("tranche-not-granted");
        assertThat(refusal(() -> PaymentDecider.order(state, new OrderPayment(GRANT, 2030, 1L, DUE, ANY))))
                .isEqualTo("year-outside-grant");
        assertThat(refusal(() -> PaymentDecider.order(state, new OrderPayment(GRANT, 2027, 0L, null, ANY))))
                .isEqualTo("invalid-input");
    }

    @Test
    void a_later_tranche_is_paid_once_granted_and_only_as_far_as_its_reduction_leaves_it() {
        GrantState state = grant(new TrancheReduced(GRANT, "vestland-2027", 2028, "vestland-2028", 500_000L, 100_000L,
                "Kutt", "r1"), new TrancheGranted(GRANT, "vestland-2027", 2028, "vestland-2028", 400_000L, "t1"));

        assertThat(refusal(() -> PaymentDecider.order(state, new OrderPayment(GRANT, 2028, 400_001L, DUE, ANY))))
                .isEqualTo("exceeds-tranche");
        assertThat(PaymentDecider.order(state, new OrderPayment(GRANT, 2028, 400_000L, DUE, ANY))).hasSize(1);
    }

    @Test
    void a_payment_is_made_once_and_a_claim_is_never_above_what_was_paid_and_not_claimed() {
        GrantState state = applied(grant(), PaymentDecider.order(grant(),
                new OrderPayment(GRANT, 2027, 300_000L, DUE, ANY)));
        assertThat(refusal(() -> PaymentDecider.claim(state, new ClaimRepayment(GRANT, 1L, "Ubrukt", ANY))))
                .as("nothing paid yet").isEqualTo("claim-above-paid");

        applied(state, PaymentDecider.record(state, new RecordPayment(GRANT, 1, DUE, "SAP 1", ANY)));
        assertThat(state.paidOre()).isEqualTo(300_000L);
        assertThat(refusal(() -> PaymentDecider.record(state, new RecordPayment(GRANT, 1, DUE, "SAP 1", ANY))))
                .isEqualTo("already-paid");
        assertThat(refusal(() -> PaymentDecider.record(state, new RecordPayment(GRANT, 2, DUE, "SAP 2", ANY))))
                .isEqualTo("payment-not-found");

        List<GrantEvent> claim = PaymentDecider.claim(state, new ClaimRepayment(GRANT, 250_000L, "Ubrukt", ANY));
        assertThat(claim).containsExactly(new RepaymentClaimed(GRANT, "vestland-2027", "bergen", 1, 250_000L,
                "Ubrukt"));
        applied(state, claim);
        assertThat(refusal(() -> PaymentDecider.claim(state, new ClaimRepayment(GRANT, 50_001L, "Mer", ANY))))
                .isEqualTo("claim-above-paid");

        // waived, the claim no longer counts: what was paid can be claimed again
        assertThat(refusal(() -> PaymentDecider.settle(state, new SettleRepayment(GRANT, 1, Settlement.WAIVED, " ",
                ANY)))).isEqualTo("invalid-input");
        List<GrantEvent> waived = PaymentDecider.settle(state, new SettleRepayment(GRANT, 1, Settlement.WAIVED,
                "Brukt til godkjent formål", ANY));
        assertThat(waived).containsExactly(new RepaymentSettled(GRANT, "vestland-2027", "bergen", 1,
                Settlement.WAIVED, 250_000L, "Brukt til godkjent formål"));
        applied(state, waived);
        assertThat(refusal(() -> PaymentDecider.settle(state, new SettleRepayment(GRANT, 1, Settlement.PAID_BACK,
                null, ANY)))).isEqualTo("claim-settled");
        assertThat(PaymentDecider.claim(state, new ClaimRepayment(GRANT, 300_000L, "Trukket tilbake", ANY)))
                .hasSize(1);
        assertThat(state.payments().get(1)).isEqualTo(new PaymentOrdered(GRANT, "vestland-2027", "bergen", 1, 2027,
                300_000L, DUE, GRANT + "/payment-1"));
    }
}
