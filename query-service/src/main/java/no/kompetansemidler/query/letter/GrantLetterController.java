package no.kompetansemidler.query.letter;

import java.nio.charset.StandardCharsets;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import no.kompetansemidler.access.web.ProblemAnswers;
import no.kompetansemidler.events.decision.GrantLetterDocumented;
import no.kompetansemidler.events.round.RoundIds;
import no.kompetansemidler.letters.GrantLetter;
import no.kompetansemidler.letters.GrantLetterPdf;
import no.kompetansemidler.letters.LettersFromEvents.Recorded;
import no.kompetansemidler.letters.LettersFromEvents;
import no.kompetansemidler.query.access.ReadScope;
import no.kompetansemidler.query.web.NotFound;
import no.kompetansemidler.recorded.register.RecipientRegisterOnFile;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A recipient's grant letter as the PDF/A document recorded for it ({@link GrantLetterDocumented}), rendered from the
 * stored events alone ({@link LettersFromEvents}): the same history gives the same bytes, whose SHA-256 the record
 * holds and the ETag repeats.
 */
@RestController
class GrantLetterController {

    private static final Logger LOG = LoggerFactory.getLogger(GrantLetterController.class);

    private final EventStore eventStore;

    GrantLetterController(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Operation(summary = "A recipient's grant letter (tilsagnsbrev) as PDF/A",
            description = "The administrative decision for one recipient of the round's decision, in bokmål: legal "
                    + "basis, amount per year and its split, conditions, reporting duty, the reason where the grant "
                    + "deviates from the proposal, and the appeal information that applies from the county's "
                    + "register as it stood on the letter's date (a private grant holder may appeal within three "
                    + "weeks; a municipality cannot); a grant given on appeal names the appeal and its outcome. The "
                    + "recipient is named by the register. The letter is served once its document is recorded "
                    + "(moments after the decision), always the same bytes: the ETag is their SHA-256, as recorded. "
                    + "404 until then, and for a network outside the reader's scope.")
    @GetMapping(value = "/rounds/{roundId}/grants/{recipientId}/letter.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> letter(@PathVariable String roundId, @PathVariable String recipientId,
                                  @Parameter(description = "the number of a reallocation of leftover funds that "
                                          + "gave the recipient a grant letter; left out for the decision's letter",
                                          example = "1") @RequestParam(required = false) Integer reallocation,
                                  @Parameter(description = "the round whose decision promised the multi-year grant "
                                          + "whose tranche for this round's year the letter grants; left out for "
                                          + "the decision's letter", example = "troms-2026")
                                  @RequestParam(required = false) String tranche) {
        String what = "grant letter of " + recipientId + " in " + roundId
                + (reallocation == null ? "" : ", reallocation " + reallocation)
                + (tranche == null ? "" : ", tranche of " + tranche);
        ReadScope.requireNetwork(roundId, recipientId, what);
        String reference = LettersFromEvents.referenceOf(roundId, recipientId, reallocation, tranche);
        GrantLetterDocumented documented = LettersFromEvents.documentOf(
                recorded(LettersFromEvents.lettersStreamOf(roundId)), reference).orElseThrow(() -> NotFound.of(what));
        List<Recorded> register = LettersFromEvents.registerUpTo(
                recorded(RecipientRegisterOnFile.streamOf(RoundIds.countyOf(roundId))), documented.registerSequence());
        GrantLetter letter = LettersFromEvents.compose(recorded(roundId), register, reference,
                documented.letterhead()).orElseThrow(() -> NotFound.of(what));
        byte[] pdf = GrantLetterPdf.render(letter);
        String sha256 = GrantLetterPdf.sha256(pdf);
        if (!documented.layoutVersion().equals(GrantLetterPdf.LAYOUT_VERSION) || !sha256.equals(documented.sha256())) {
            // the letter as sent is the one its record names: never serve other bytes in its place
            LOG.error("The grant letter {} renders to SHA-256 {} in layout {}, not the {} recorded with its document "
                    + "in layout {}", reference, sha256, GrantLetterPdf.LAYOUT_VERSION, documented.sha256(),
                    documented.layoutVersion());
            throw new ErrorResponseException(HttpStatus.INTERNAL_SERVER_ERROR, ProblemAnswers.problem(
                    HttpStatus.INTERNAL_SERVER_ERROR, "letter-differs-from-record", "The " + what + " cannot be "
                            + "rendered as the document recorded for it (SHA-256 " + documented.sha256() + "); the "
                            + "operators are told."), null);
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .eTag("\"" + sha256 + "\"")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("tilsagn-" + reference.replace('/', '-') + ".pdf", StandardCharsets.UTF_8)
                        .build().toString())
                .body(pdf);
    }

    private List<Recorded> recorded(String aggregateId) {
        return eventStore.readEvents(aggregateId).asStream().map(event -> new Recorded(event.getPayload(),
                event.getTimestamp(), event.getSequenceNumber())).toList();
    }
}
