package no.kompetansemidler.allocation.rules;

import no.kompetansemidler.allocation.money.Nok;
import no.kompetansemidler.allocation.money.Share;
import no.kompetansemidler.allocation.result.ProposalLine;
import no.kompetansemidler.allocation.result.Purpose;

/**
 * A share of the funds set aside for one recipient before anything else: Innlandet's "inntil 10 %" common measures
 * transferred to INN, Rogaland's 30 % facilitation funds.
 *
 * @param share the plan's share, or {@code null} where the forum decides it each year (Trøndelag)
 */
public record SetAside(String id, Purpose purpose, Share share, String recipientId) implements AllocationRule {

    public static SetAside decidedYearly(String id, Purpose purpose, String recipientId) {
        return new SetAside(id, purpose, null, recipientId);
    }

    @Override
    public void apply(Worksheet sheet) {
        Share share = this.share != null ? this.share : sheet.input().yearlyDecisions().share(id);
        long amount = share.of(sheet.distributableOre());
        sheet.give(id, ProposalLine.to(recipientId, purpose, amount),
                share + " of " + Nok.format(sheet.distributableOre()) + " = " + Nok.format(amount));
    }
}
