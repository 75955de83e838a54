package no.kompetansemidler.letters;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import no.kompetansemidler.events.appeal.AppealBodyOutcome;
import no.kompetansemidler.events.appeal.ReconsiderationOutcome;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.Deviation;
import no.kompetansemidler.events.decision.GrantLetterDocumented;
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.decision.TrancheLetterIssued;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.recorded.AppealsOnFile;
import no.kompetansemidler.recorded.NeedsReportsOnFile;
import no.kompetansemidler.recorded.register.RecipientRegisterOnFile;

/**
 * A grant letter composed from the recorded events alone: the round's letter event and the decision it belongs to,
 * the needs reports it funds, the appeal it was given on, and the county's register as it stood when the letter was
 * issued. A documented letter ({@link GrantLetterDocumented}) is composed with the letterhead and the part of the
 * register its record names, so the same history renders the same bytes whatever the configuration or the register
 * say later. The one composition of a letter: command-service documents letters with it, query-service serves them.
 */
public final class LettersFromEvents {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    /** An event as the store recorded it: its payload, when, and its sequence number in its stream. */
    public record Recorded(Object payload, Instant timestamp, long sequence) {
    }

    /** The stream of a round's letters' documents. */
    public static String lettersStreamOf(String roundId) {
        return "letters-" + roundId;
    }

    private LettersFromEvents() {
    }

    /**
     * A letter's reference: the decision's, a reallocation's of leftover funds, or the year's tranche of a grant an
     * earlier round's decision promised.
     */
    public static String referenceOf(String roundId, String recipientId, Integer reallocation, String trancheOf) {
        return roundId + "/" + recipientId + (reallocation == null ? "" : "/reallocation-" + reallocation)
                + (trancheOf == null ? "" : "/tranche/" + trancheOf);
    }

    /** The record of the letter's document, if the letter has been documented, from the round's letter stream. */
    public static Optional<GrantLetterDocumented> documentOf(List<Recorded> letters, String letterReference) {
        return letters.stream().map(Recorded::payload).filter(GrantLetterDocumented.class::isInstance)
                .map(GrantLetterDocumented.class::cast)
                .filter(documented -> documented.letterReference().equals(letterReference)).findFirst();
    }

    /** When the round issued the letter, if it did. */
    public static Optional<Instant> issuedAt(List<Recorded> round, String letterReference) {
        return round.stream().filter(event -> event.payload() instanceof GrantLetterIssued letter
                        && letter.letterReference().equals(letterReference)
                        || event.payload() instanceof TrancheLetterIssued tranche
                        && tranche.letterReference().equals(letterReference))
                .map(Recorded::timestamp).findFirst();
    }

    /** The county's register as it stood when the letter was issued: its events recorded until then. */
    public static List<Recorded> registerAsOf(List<Recorded> register, Instant issuedAt) {
        return register.stream().takeWhile(event -> !event.timestamp().isAfter(issuedAt)).toList();
    }

    /** The register as a documented letter's record names it: its events up to the sequence number recorded. */
    public static List<Recorded> registerUpTo(List<Recorded> register, long sequence) {
        return register.stream().takeWhile(event -> event.sequence() <= sequence).toList();
    }

    /** The sequence number of a register's last event; -1 for none. */
    public static long lastSequenceOf(List<Recorded> register) {
        return register.isEmpty() ? -1 : register.get(register.size() - 1).sequence();
    }

    /**
     * @param round           the round's events in order
     * @param register        the county's register events the letter is rendered with, in order
     *                        ({@link #registerAsOf}, {@link #registerUpTo})
     * @param letterReference which letter
     * @param letterhead      the letterhead lines: a documented letter's recorded ones, else those configured now
     * @return the letter, or empty where the round has no such letter or no decision
     */
    public static Optional<GrantLetter> compose(List<Recorded> round, List<Recorded> register,
                                                String letterReference, List<String> letterhead) {
        RoundOpened opened = null;
        AllocationDecided decided = null;
        Recorded issued = null;
        TrancheLetterIssued tranche = null;
        NeedsReportsOnFile needs = new NeedsReportsOnFile();
        AppealsOnFile appeals = new AppealsOnFile();
        for (Recorded event : round) {
            if (event.payload() instanceof RoundEvent roundEvent) {
                needs.apply(roundEvent);
                appeals.apply(roundEvent);
            }
            if (event.payload() instanceof RoundOpened first) {
                opened = first;
            } else if (event.payload() instanceof AllocationDecided decision) {
                decided = decision;
            } else if (event.payload() instanceof GrantLetterIssued letter
                    && letter.letterReference().equals(letterReference)) {
                issued = event;
            } else if (event.payload() instanceof TrancheLetterIssued letter
                    && letter.letterReference().equals(letterReference)) {
                issued = event;
                tranche = letter;
            }
        }
        if (opened == null || decided == null || issued == null) {
            return Optional.empty();
        }
        // a tranche's letter grants the year's part of an earlier promise: one line, its split the promise's
        GrantLetterIssued letter = tranche == null ? (GrantLetterIssued) issued.payload()
                : new GrantLetterIssued(tranche.roundId(), tranche.recipientId(), tranche.letterReference(),
                tranche.amountOre(), List.of(new AllocationLine(tranche.recipientId(), "TRANCHE", null, null, 1,
                tranche.amountOre(), 0L)), List.of());
        RecipientRegisterOnFile onFile = new RecipientRegisterOnFile();
        register.forEach(event -> onFile.apply(event.payload()));
        String recipientId = letter.recipientId();
        GrantLetter.Appeal appeal = switch (onFile.appealRightOf(recipientId)) {
            case APPEALABLE -> GrantLetter.Appeal.APPEALABLE;
            case NOT_APPEALABLE -> GrantLetter.Appeal.NOT_APPEALABLE;
            case UNKNOWN -> GrantLetter.Appeal.UNKNOWN;
        };
        GrantLetter.Recipient named = onFile.network(recipientId).flatMap(network -> onFile
                .owner(network.grantHolder()).map(holder -> new GrantLetter.Recipient(network.name(),
                        holder.registration().name(), network.grantHolder()))).orElse(null);
        Integer reallocation = reallocationOf(letterReference);
        AllocationDecided decision = decided;
        // the deviation's reason is the decision's, for the decision's own letter
        boolean decisionsLetter = reallocation == null && tranche == null;
        return Optional.of(new GrantLetter(CountyGovernorOffices.officeOf(opened.county()), letterhead,
                opened.county(), letterReference, issued.timestamp().atZone(NORWAY).toLocalDate(), recipientId,
                opened.budgetYear(), decided.planVersion(), decided.forumOverride() == null, letter.lines().stream()
                .map(line -> new GrantLetter.Line(line.purpose(), line.needsReportId(), line.years(),
                        line.networkOre(), line.partnerOre(), line.needsReportId() == null ? null
                        : needs.get(line.needsReportId()).map(report -> report.content().requestedOre())
                        .orElse(null))).toList(),
                !decisionsLetter ? null : decision.deviations().stream()
                        .filter(deviation -> deviation.recipientId().equals(recipientId))
                        .map(Deviation::reason).findFirst().orElse(null),
                letter.conditions(), decided.reportingDeadline().atZone(NORWAY).toLocalDate(), appeal,
                reallocation, named, onAppeal(appeals, letterReference),
                tranche == null ? null : tranche.fromRoundId()));
    }

    private static Integer reallocationOf(String letterReference) {
        int at = letterReference.lastIndexOf("/reallocation-");
        return at < 0 ? null : Integer.valueOf(letterReference.substring(at + "/reallocation-".length()));
    }

    /** The appeal whose outcome gave the letter's grant, if one did. */
    private static GrantLetter.OnAppeal onAppeal(AppealsOnFile appeals, String letterReference) {
        for (AppealsOnFile.Appeal appeal : appeals.appeals()) {
            for (AppealsOnFile.GrantOnAppeal grant : appeal.grants()) {
                if (letterReference.equals(grant.letterReference())) {
                    boolean byAppealBody = AppealsOnFile.APPEAL_BODY.equals(grant.decidedBy());
                    return new GrantLetter.OnAppeal(appeal.lodged().appealNumber(), appeal.lodged().receivedOn(),
                            byAppealBody ? appeal.forwarding().appealBody() : null, byAppealBody
                            ? appeal.appealBodyDecision().outcome() == AppealBodyOutcome.PARTLY_GRANTED
                            : appeal.reconsideration().outcome() == ReconsiderationOutcome.PARTLY_GRANTED,
                            byAppealBody ? appeal.appealBodyDecision().reason() : appeal.reconsideration().reason());
                }
            }
        }
        return null;
    }
}
