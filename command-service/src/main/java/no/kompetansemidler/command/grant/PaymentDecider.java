package no.kompetansemidler.command.grant;

import java.util.List;
import java.util.Map;

import no.kompetansemidler.command.refusal.CommandRefused;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.refusal.Violations;
import no.kompetansemidler.events.grant.GrantEstablished;
import no.kompetansemidler.events.grant.GrantEvent;
import no.kompetansemidler.events.grant.PaymentMade;
import no.kompetansemidler.events.grant.PaymentOrdered;
import no.kompetansemidler.events.grant.RepaymentClaimed;
import no.kompetansemidler.events.grant.RepaymentSettled;
import no.kompetansemidler.events.grant.Tranche;

/**
 * A grant's money after its letter (økonomiregelverket 6.3: payment, repayment where due): payments ordered from a
 * tranche its letter granted, never more than the tranche stands at; payments recorded as made; repayment claims never
 * above what was paid and not yet claimed, each settled once, paid back or waived with a reason.
 */
public final class PaymentDecider {

    private PaymentDecider() {
    }

    public static List<GrantEvent> order(GrantState grant, OrderPayment command) {
        GrantEstablished award = grant.award().orElseThrow();
        Violations violations = new Violations();
        violations.present("budgetYear", command.budgetYear());
        violations.present("dueOn", command.dueOn());
        if (violations.present("amountOre", command.amountOre())) {
            violations.check(command.amountOre() > 0, "amountOre", "positive-amount", "a payment is more than 0 øre");
        }
        violations.throwIfAny();
        long tranche = grant.tranches().stream().filter(candidate -> candidate.budgetYear() == command.budgetYear())
                .mapToLong(Tranche::amountOre).findFirst().orElseThrow(() -> CommandRefused.because(
                        Refusal.BUSINESS_RULE, "year-outside-grant", "Grant " + command.grantId() + " has no tranche "
                                + "for " + command.budgetYear() + "; its years are " + grant.tranches().stream()
                                .map(Tranche::budgetYear).toList() + ".",
                        Map.of("budgetYear", command.budgetYear())));
        if (!grant.granted(command.budgetYear())) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "tranche-not-granted", "The " + command.budgetYear()
                    + " tranche of " + command.grantId() + " is promised on condition of that year's appropriation; "
                    + "it is paid once that year's decision has granted it.");
        }
        long ordered = grant.orderedFrom(command.budgetYear());
        if (ordered + command.amountOre() > tranche) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "exceeds-tranche", "The " + command.budgetYear()
                    + " tranche is " + tranche + " øre, of which " + ordered + " øre is ordered already; "
                    + command.amountOre() + " øre more cannot be paid.", Map.of("trancheOre", tranche,
                    "orderedOre", ordered));
        }
        int number = grant.payments().size() + 1;
        return List.of(new PaymentOrdered(command.grantId(), award.roundId(), award.recipientId(), number,
                command.budgetYear(), command.amountOre(), command.dueOn(), command.grantId() + "/payment-" + number));
    }

    public static List<GrantEvent> record(GrantState grant, RecordPayment command) {
        GrantEstablished award = grant.award().orElseThrow();
        PaymentOrdered payment = grant.payments().get(command.paymentNumber());
        if (payment == null) {
            throw CommandRefused.because(Refusal.NOT_FOUND, "payment-not-found", "Grant " + command.grantId()
                    + " has no payment " + command.paymentNumber() + ".");
        }
        Violations violations = new Violations();
        violations.present("paidOn", command.paidOn());
        violations.present("accountingReference", command.accountingReference());
        violations.throwIfAny();
        if (grant.isPaid(command.paymentNumber())) {
            throw CommandRefused.because(Refusal.CONFLICT, "already-paid", "Payment " + command.paymentNumber()
                    + " of " + command.grantId() + " is recorded as paid already.");
        }
        return List.of(new PaymentMade(command.grantId(), award.roundId(), command.paymentNumber(),
                payment.amountOre(), command.paidOn(), command.accountingReference()));
    }

    public static List<GrantEvent> claim(GrantState grant, ClaimRepayment command) {
        GrantEstablished award = grant.award().orElseThrow();
        Violations violations = new Violations();
        violations.present("reason", command.reason());
        if (violations.present("amountOre", command.amountOre())) {
            violations.check(command.amountOre() > 0, "amountOre", "positive-amount", "a claim is more than 0 øre");
        }
        violations.throwIfAny();
        long claimable = grant.paidOre() - grant.claimedOre();
        if (command.amountOre() > claimable) {
            throw CommandRefused.because(Refusal.BUSINESS_RULE, "claim-above-paid", command.grantId() + " was paid "
                    + grant.paidOre() + " øre, of which " + grant.claimedOre() + " øre is claimed back already; "
                    + command.amountOre() + " øre cannot be claimed.", Map.of("paidOre", grant.paidOre(),
                    "claimedOre", grant.claimedOre()));
        }
        return List.of(new RepaymentClaimed(command.grantId(), award.roundId(), award.recipientId(),
                grant.claims().size() + 1, command.amountOre(), command.reason()));
    }

    public static List<GrantEvent> settle(GrantState grant, SettleRepayment command) {
        GrantEstablished award = grant.award().orElseThrow();
        RepaymentClaimed claim = grant.claims().get(command.claimNumber());
        if (claim == null) {
            throw CommandRefused.because(Refusal.NOT_FOUND, "claim-not-found", "Grant " + command.grantId()
                    + " has no repayment claim " + command.claimNumber() + ".");
        }
        Violations violations = new Violations();
        if (violations.present("settlement", command.settlement())) {
            violations.check(command.settlement() != RepaymentSettled.Settlement.WAIVED
                            || command.reason() != null && !command.reason().isBlank(), "reason", "required",
                    "a waived claim gives the reason");
        }
        violations.throwIfAny();
        if (grant.isSettled(command.claimNumber())) {
            throw CommandRefused.because(Refusal.CONFLICT, "claim-settled", "Repayment claim "
                    + command.claimNumber() + " of " + command.grantId() + " is settled already.");
        }
        return List.of(new RepaymentSettled(command.grantId(), award.roundId(), award.recipientId(),
                command.claimNumber(), command.settlement(), claim.amountOre(),
                command.reason() == null || command.reason().isBlank() ? command.settlement().name() : command.reason()));
    }
}
