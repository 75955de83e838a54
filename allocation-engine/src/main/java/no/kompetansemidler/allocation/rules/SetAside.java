package no.kompetansemidler.allocation.rules;

import no.kompetansemidler.allocation.money.Nok;
import no.kompetansemidler.allocation.money.Share;
import no.kompetansemidler.allocation.result.ProposalLine;
import no.kompetansemidler.allocation.result.Purpose;

/**
 * A share of the funds set aside for one recipient before anything else: Innlandet's "inntil 10 %" common measures
 * transferred to INN, Rogaland's 30 % facilitation funds.
 */
public record SetAside(String id, Purpose purpose, Share share, String recipientId) implements AllocationRule {

    @Override
    public void apply(Worksheet sheet) {
        long amount = share.of(sheet.distributableOre());
        sheet.give(id, ProposalLine.to(recipientId, purpose, amount),
                share + " of " + Nok.format(sheet.distributableOre()) + " = " + Nok.format(amount));
    }
}
