package no.kompetansemidler.allocation.rules;

import no.kompetansemidler.allocation.money.Nok;
import no.kompetansemidler.allocation.money.Share;
import no.kompetansemidler.allocation.result.ProposalLine;
import no.kompetansemidler.allocation.result.Purpose;

/**
 * A set-aside paid only against the recipient's reported needs ("inntil", Innlandet: "Alle tildelinger … skal være
 * basert på meldte behov … også behov knyttet til fellestiltakene"): the recipient gets what it reported, up to the
 * share, and nothing without a needs report; what it does not take stays for the rules after. The recipient's
 * reports are funded by this line, not by a network frame.
 *
 * @param share the plan's maximum, or {@code null} where the forum decides it each year
 */
public record SetAsideForReportedNeeds(String id, Purpose purpose, Share share, String recipientId)
        implements AllocationRule {

    @Override
    public boolean readsNeeds() {
        return true;
    }

    @Override
    public void apply(Worksheet sheet) {
        Share maximum = share != null ? share : sheet.input().yearlyDecisions().share(id);
        long cap = maximum.of(sheet.distributableOre());
        long reported = sheet.uncoveredNeedsOf(recipientId);
        long amount = Math.min(cap, reported);
        if (amount == 0) {
            sheet.explain(id, recipientId, 0, recipientId + " reported no needs: nothing of the up to " + maximum
                    + " (" + Nok.format(cap) + ") is set aside");
            return;
        }
        sheet.give(id, ProposalLine.to(recipientId, purpose, amount), "up to " + maximum + " of "
                + Nok.format(sheet.distributableOre()) + " = " + Nok.format(cap) + "; " + recipientId + " reported "
                + Nok.format(reported) + " → " + Nok.format(amount));
        sheet.coverNeeds(recipientId, amount);
    }
}
