package no.kompetansemidler.query.published;

import java.time.LocalDate;
import java.util.List;

/**
 * One grant across its budget years, as the query API answers it: what the awarding decision promised each year,
 * what a short appropriation reduced or a withdrawal ended of it, which round granted it with which letter, what was
 * paid of it, and what is claimed back.
 *
 * @param grantId    the awarding round's letter reference, {@code <roundId>/<recipientId>}
 * @param paidOre    what the accounting system paid in all
 * @param claimedOre what is claimed back and not waived (open claims and those paid back)
 */
public record GrantAnswer(String grantId, String roundId, String county, String recipientId, int firstBudgetYear,
                          long promisedOre, long standingOre, long paidOre, long claimedOre,
                          List<TrancheAnswer> tranches, List<PaymentAnswer> payments, List<ClaimAnswer> claims) {

    /**
     * A payment ordered from a tranche.
     *
     * @param paidOn when the accounting system paid it, {@code null} until it did
     */
    public record PaymentAnswer(int paymentNumber, int budgetYear, long amountOre, LocalDate dueOn,
                                String orderReference, LocalDate paidOn, String accountingReference) {
    }

    /**
     * A repayment claim.
     *
     * @param settlement {@code PAID_BACK} or {@code WAIVED}, {@code null} while open
     */
    public record ClaimAnswer(int claimNumber, long amountOre, String reason, String settlement,
                              String settlementReason) {
    }

    /**
     * One budget year of the grant.
     *
     * @param promisedOre     what the awarding decision promised for the year
     * @param reducedOre      what the year's round took off because its appropriation fell short
     * @param endedOre        what a withdrawal ended before the year
     * @param withdrawnOre    what a withdrawal took of the year's money
     * @param standingOre     what the grant holds for the year now
     * @param grantedBy       the round whose letter granted the year's part, {@code null} until one did
     * @param letterReference that letter, {@code null} until it went out
     */
    public record TrancheAnswer(int budgetYear, long promisedOre, long reducedOre, long endedOre, long withdrawnOre,
                                long standingOre, String grantedBy, String letterReference) {
    }
}
