package no.kompetansemidler.query.letter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import no.kompetansemidler.events.appeal.AppealBodyOutcome;
import no.kompetansemidler.events.appeal.ReconsiderationOutcome;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.Deviation;
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.events.round.RoundIds;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.letters.CountyGovernorOffices;
import no.kompetansemidler.letters.GrantLetter;
import no.kompetansemidler.letters.GrantLetterPdf;
import no.kompetansemidler.query.access.ReadScope;
import no.kompetansemidler.query.web.NotFound;
import no.kompetansemidler.recorded.AppealsOnFile;
import no.kompetansemidler.recorded.NeedsReportsOnFile;
import no.kompetansemidler.recorded.register.RecipientRegisterOnFile;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A recipient's grant letter from the round's decision as a PDF/A document, rendered from the stored events on each
 * request; the same history and configuration give the same bytes, which the ETag (their SHA-256) names.
 */
@RestController
@EnableConfigurationProperties(LetterProperties.class)
class GrantLetterController {

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");

    private final EventStore eventStore;
    private final LetterProperties properties;

    GrantLetterController(EventStore eventStore, LetterProperties properties) {
        this.eventStore = eventStore;
        this.properties = properties;
    }

    @Operation(summary = "A recipient's grant letter (tilsagnsbrev) as PDF/A",
            description = "The administrative decision for one recipient of the round's decision, in bokmål: legal "
                    + "basis, amount per year and its split, conditions, reporting duty, the reason where the grant "
                    + "deviates from the proposal, and the appeal information that applies from the county's "
                    + "register as it stood on the letter's date (a private grant holder may appeal within three "
                    + "weeks; a municipality cannot); a grant given on appeal names the appeal and its outcome. The "
                    + "recipient is named by the register. The same letter is the same bytes; the "
                    + "ETag is their SHA-256. 404 until the decision, and for a network outside the reader's scope.")
    @GetMapping(value = "/rounds/{roundId}/grants/{recipientId}/letter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> letter(@PathVariable String roundId, @PathVariable String recipientId,
                                  @Parameter(description = "the number of a reallocation of leftover funds that "
                                          + "gave the recipient a grant letter; left out for the decision's letter",
                                          example = "1") @RequestParam(required = false) Integer reallocation) {
        String what = "grant letter of " + recipientId + " in " + roundId
                + (reallocation == null ? "" : ", reallocation " + reallocation);
        ReadScope.requireNetwork(roundId, recipientId, what);
        GrantLetter letter = letterOf(roundId, recipientId, reallocation).orElseThrow(() -> NotFound.of(what));
        byte[] pdf = GrantLetterPdf.render(letter);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .eTag("\"" + sha256(pdf) + "\"")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("tilsagn-" + letter.letterReference().replace('/', '-') + ".pdf",
                                StandardCharsets.UTF_8).build().toString())
                .body(pdf);
    }

    /**
     * The letter the round's decision, or one of its reallocations, issued to the recipient, with what the decision
     * says about it.
     */
    private Optional<GrantLetter> letterOf(String roundId, String recipientId, Integer reallocation) {
        String reference = roundId + "/" + recipientId + (reallocation == null ? "" : "/reallocation-" + reallocation);
        RoundOpened opened = null;
        DomainEventMessage<?> decision = null;
        DomainEventMessage<?> dated = null;
        GrantLetterIssued issued = null;
        NeedsReportsOnFile needs = new NeedsReportsOnFile();
        List<? extends DomainEventMessage<?>> events = eventStore.readEvents(roundId).asStream().toList();
        for (DomainEventMessage<?> event : events) {
            Object payload = event.getPayload();
            if (payload instanceof RoundEvent roundEvent) {
                needs.apply(roundEvent);
            }
            if (payload instanceof RoundOpened first) {
                opened = first;
            } else if (payload instanceof AllocationDecided) {
                decision = event;
            } else if (payload instanceof GrantLetterIssued letter && letter.letterReference().equals(reference)) {
                issued = letter;
                dated = event;
            }
        }
        if (opened == null || decision == null || issued == null) {
            return Optional.empty();
        }
        AllocationDecided decided = (AllocationDecided) decision.getPayload();
        String slug = RoundIds.countyOf(roundId);
        RecipientRegisterOnFile register = registerOn(slug, dated.getTimestamp());
        GrantLetter.Appeal appeal = switch (register.appealRightOf(recipientId)) {
            case APPEALABLE -> GrantLetter.Appeal.APPEALABLE;
            case NOT_APPEALABLE -> GrantLetter.Appeal.NOT_APPEALABLE;
            case UNKNOWN -> GrantLetter.Appeal.UNKNOWN;
        };
        GrantLetter.Recipient named = register.network(recipientId).flatMap(network -> register
                .owner(network.grantHolder()).map(holder -> new GrantLetter.Recipient(network.name(),
                        holder.registration().name(), network.grantHolder()))).orElse(null);
        return Optional.of(new GrantLetter(CountyGovernorOffices.officeOf(opened.county()),
                properties.letterheadOf(slug), opened.county(), issued.letterReference(),
                dated.getTimestamp().atZone(NORWAY).toLocalDate(), recipientId, opened.budgetYear(),
                decided.planVersion(), decided.forumOverride() == null, issued.lines().stream()
                .map(line -> new GrantLetter.Line(line.purpose(), line.needsReportId(), line.years(),
                        line.networkOre(), line.partnerOre(), line.needsReportId() == null ? null
                        : needs.get(line.needsReportId()).map(report -> report.content().requestedOre())
                        .orElse(null))).toList(),
                reallocation != null ? null : decided.deviations().stream()
                        .filter(deviation -> deviation.recipientId().equals(recipientId))
                        .map(Deviation::reason).findFirst().orElse(null),
                issued.conditions(), decided.reportingDeadline().atZone(NORWAY).toLocalDate(), appeal,
                reallocation, named, onAppeal(events, issued)));
    }

    /**
     * The county's register as it stood when the letter was issued: a later change (a new name, a grant holder
     * registered later) does not rewrite a letter already sent.
     */
    private RecipientRegisterOnFile registerOn(String countySlug, Instant letterIssued) {
        RecipientRegisterOnFile register = new RecipientRegisterOnFile();
        eventStore.readEvents("register-" + countySlug).asStream()
                .filter(event -> !event.getTimestamp().isAfter(letterIssued))
                .forEach(event -> register.apply(event.getPayload()));
        return register;
    }

    /** The appeal whose outcome gave the letter's grant, if one did. */
    private static GrantLetter.OnAppeal onAppeal(List<? extends DomainEventMessage<?>> events,
                                                 GrantLetterIssued letter) {
        AppealsOnFile appeals = new AppealsOnFile();
        events.stream().map(DomainEventMessage::getPayload).filter(RoundEvent.class::isInstance)
                .map(RoundEvent.class::cast).forEach(appeals::apply);
        for (AppealsOnFile.Appeal appeal : appeals.appeals()) {
            for (AppealsOnFile.GrantOnAppeal grant : appeal.grants()) {
                if (letter.letterReference().equals(grant.letterReference())) {
                    boolean byAppealBody = AppealsOnFile.APPEAL_BODY.equals(grant.decidedBy());
                    return new GrantLetter.OnAppeal(appeal.lodged().appealNumber(), appeal.lodged().receivedOn(),
                            byAppealBody, byAppealBody
                            ? appeal.appealBodyDecision().outcome() == AppealBodyOutcome.PARTLY_GRANTED
                            : appeal.reconsideration().outcome() == ReconsiderationOutcome.PARTLY_GRANTED,
                            byAppealBody ? appeal.appealBodyDecision().reason() : appeal.reconsideration().reason());
                }
            }
        }
        return null;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
