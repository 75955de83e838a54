package no.kompetansemidler.query.publicfeed;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.query.published.PublicAllocationAnswer;
import no.kompetansemidler.query.published.PublicAllocationAnswer.Grant;
import no.kompetansemidler.query.published.PublicAllocationAnswer.Withdrawal;

/**
 * Folds a round's events into what the public may read of it: the round's county, year and plan, and from the
 * decision on the grants, reallocations and withdrawals. Nothing is public before the decision. Plain Java, one
 * event at a time; an event at or below the last sequence folded is skipped, so a replay changes nothing.
 */
final class PublicAllocationFold {

    /** What the county's register says of a recipient at the time of a grant. */
    record Recipient(String name, String grantHolder, String grantHolderName) {
    }

    private String roundId;
    private String county;
    private int budgetYear;
    private String planVersion;
    private Instant decidedAt;
    private final List<Grant> grants = new ArrayList<>();
    private final List<Withdrawal> withdrawals = new ArrayList<>();
    private long lastSequence = -1;

    static PublicAllocationFold from(PublicAllocationAnswer answer, long lastSequence) {
        PublicAllocationFold fold = new PublicAllocationFold();
        fold.roundId = answer.roundId();
        fold.county = answer.county();
        fold.budgetYear = answer.budgetYear();
        fold.planVersion = answer.planVersion();
        fold.decidedAt = answer.decidedAt();
        fold.grants.addAll(answer.grants());
        fold.withdrawals.addAll(answer.withdrawals());
        fold.lastSequence = lastSequence;
        return fold;
    }

    /**
     * @param recipients the register's recipients at the event's time, by network id (for a grant)
     * @return whether the event changed what the public reads
     */
    boolean apply(RoundEvent event, long sequence, Instant occurredAt, Map<String, Recipient> recipients) {
        if (sequence <= lastSequence) {
            return false;
        }
        lastSequence = sequence;
        if (event instanceof RoundOpened opened) {
            roundId = opened.roundId();
            county = opened.county();
            budgetYear = opened.budgetYear();
            planVersion = opened.planVersion();
            return true;
        } else if (event instanceof AllocationDecided decided) {
            roundId = decided.roundId();
            decidedAt = occurredAt;
            planVersion = decided.planVersion() != null ? decided.planVersion() : planVersion;
            decided.lines().forEach(line -> grants.add(grant("DECISION", null, line, recipients)));
            return true;
        } else if (decidedAt != null && event instanceof LeftoverFundsReallocated reallocated) {
            reallocated.lines().forEach(line -> grants.add(grant("REALLOCATION", reallocated.reallocationNumber(),
                    line, recipients)));
            return true;
        } else if (decidedAt != null && event instanceof GrantWithdrawn withdrawn) {
            withdrawals.add(new Withdrawal(withdrawn.recipientId(), withdrawn.amountOre()));
            return true;
        }
        return false;
    }

    private Grant grant(String source, Integer reallocationNumber, AllocationLine line,
                        Map<String, Recipient> recipients) {
        Recipient recipient = recipients.get(line.recipientId());
        TreeMap<Integer, Long> byYear = new TreeMap<>();
        for (int year = 0; year < line.years(); year++) {
            byYear.put(budgetYear + year, line.amountOre());
        }
        return new Grant(source, reallocationNumber, line.recipientId(), recipient == null ? null : recipient.name(),
                recipient == null ? null : recipient.grantHolder(),
                recipient == null ? null : recipient.grantHolderName(), line.purpose(),
                line.targetGroup() == null ? null : line.targetGroup().name(), line.years(), line.networkOre(),
                line.partnerOre(), line.amountOre(), byYear);
    }

    boolean decided() {
        return decidedAt != null;
    }

    long lastSequence() {
        return lastSequence;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    PublicAllocationAnswer answer() {
        TreeMap<Integer, Long> total = new TreeMap<>();
        grants.forEach(grant -> grant.byYearOre().forEach((year, amount) -> total.merge(year, amount, Long::sum)));
        withdrawals.forEach(withdrawal -> total.merge(budgetYear, -withdrawal.amountOre(), Long::sum));
        return new PublicAllocationAnswer(roundId, county, budgetYear, planVersion, decidedAt, List.copyOf(grants),
                List.copyOf(withdrawals), total);
    }
}
