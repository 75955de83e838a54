package no.kompetansemidler.query.letter;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.GrantLetterDocumented;
import no.kompetansemidler.events.register.Institution;
import no.kompetansemidler.events.register.NetworkRegistered;
import no.kompetansemidler.events.register.OwnerApproval;
import no.kompetansemidler.events.register.OwnerKind;
import no.kompetansemidler.events.register.OwnerRegistered;
import no.kompetansemidler.events.decision.Deviation;
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.decision.TrancheLetterIssued;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.query.testkit.LetterDocuments;
import no.kompetansemidler.query.testkit.QueryServiceHttpTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Grant letters over HTTP from the real event store: Troms 2041 decided a grant to a private owners' network, raised
 * from the proposal with the forum's reason, and one to a municipality; each letter reads back with its amount, its
 * reason and the appeal text that applies, and comes back byte for byte the same.
 */
class GrantLetterIT extends QueryServiceHttpTest {

    private static final String ROUND = "troms-2041";
    private static final AllocationLine PRIVATE = new AllocationLine("private-barnehager", "NEEDS_REPORT",
            "private-barnehager-1", TargetGroup.KINDERGARTEN, 2, 60_000_000L, 40_000_000L);
    private static final AllocationLine TROMSO = new AllocationLine("tromso", "NETWORK_FRAME", null, null, 1,
            25_000_000L, 0L);
    private static final AllocationLine SENJA = new AllocationLine("senja", "NETWORK_FRAME", null, null, 1,
            5_000_000L, 0L);

    private static final List<String> LETTERHEAD = List.of("Postboks 6105 Langnes, 9291 Tromsø");

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void aDecidedRound() {
        // the register names the private owners' network's grant holder a private owner, tromso's a municipality;
        // senja is not in it
        eventStore.publish(List.of(
                new GenericDomainEventMessage<>("RecipientRegister", "register-troms", 0, new OwnerRegistered(
                        "troms", "910000012", "Barnehagene i Nord AS", OwnerKind.PRIVATE,
                        List.of(Institution.KINDERGARTEN), List.of(new OwnerApproval(Institution.KINDERGARTEN,
                        "2015/77", LocalDate.of(2015, 8, 1))))),
                new GenericDomainEventMessage<>("RecipientRegister", "register-troms", 1, new OwnerRegistered(
                        "troms", "910000004", "Tromsø kommune", OwnerKind.MUNICIPALITY,
                        List.of(Institution.KINDERGARTEN, Institution.SCHOOL), List.of())),
                new GenericDomainEventMessage<>("RecipientRegister", "register-troms", 2, new NetworkRegistered(
                        "troms", "private-barnehager", "Private barnehager i Troms", null, "910000012",
                        List.of("910000012"))),
                new GenericDomainEventMessage<>("RecipientRegister", "register-troms", 3, new NetworkRegistered(
                        "troms", "tromso", "Tromsø kompetansenettverk", "Tromsø", "910000004",
                        List.of("910000004")))));
        eventStore.publish(List.of(
                new GenericDomainEventMessage<>("Round", ROUND, 0, new RoundOpened(ROUND, "Troms", 2041,
                        200_000_000L, "2026-2029.2", null)),
                new GenericDomainEventMessage<>("Round", ROUND, 1, new AllocationDecided(ROUND, 1, "2026-2029.2",
                        List.of(PRIVATE, TROMSO, SENJA), List.of(new Deviation("private-barnehager", 90_000_000L,
                        100_000_000L, "Forumet tilrådde å prioritere nye eiere")), Map.of(),
                        Map.of(2042, 100_000_000L), 70_000_000L, Instant.parse("2042-06-30T21:59:59Z"))),
                new GenericDomainEventMessage<>("Round", ROUND, 2, new GrantLetterIssued(ROUND,
                        "private-barnehager", ROUND + "/private-barnehager", 100_000_000L, List.of(PRIVATE),
                        List.of("Tiltakene gjennomføres med UiT"))),
                new GenericDomainEventMessage<>("Round", ROUND, 3, new GrantLetterIssued(ROUND, "tromso",
                        ROUND + "/tromso", 25_000_000L, List.of(TROMSO), List.of())),
                new GenericDomainEventMessage<>("Round", ROUND, 4, new GrantLetterIssued(ROUND, "senja",
                        ROUND + "/senja", 5_000_000L, List.of(SENJA), List.of())),
                new GenericDomainEventMessage<>("Round", ROUND, 5, new GrantLetterIssued(ROUND, "senja",
                        ROUND + "/senja/reallocation-1", 1_000_000L, List.of(new AllocationLine("senja",
                        "NETWORK_FRAME", null, null, 1, 1_000_000L, 0L)), List.of())),
                new GenericDomainEventMessage<>("Round", ROUND, 6, new TrancheLetterIssued(ROUND, "troms-2040",
                        "tromso", 12_500_000L, ROUND + "/tromso/tranche/troms-2040")),
                new GenericDomainEventMessage<>("Round", ROUND, 7, new GrantLetterIssued(ROUND, "senja",
                        ROUND + "/senja/reallocation-2", 500_000L, List.of(new AllocationLine("senja",
                        "NETWORK_FRAME", null, null, 1, 500_000L, 0L)), List.of()))));
        // command-service records each letter's document with the county governor's letterhead
        for (String letter : List.of("private-barnehager", "tromso", "senja", "senja/reallocation-1",
                "tromso/tranche/troms-2040")) {
            LetterDocuments.document(eventStore, ROUND, ROUND + "/" + letter, LETTERHEAD);
        }
        // a record whose hash no rendering of the history gives
        LetterDocuments.record(eventStore, new GrantLetterDocumented(ROUND, ROUND + "/senja/reallocation-2", "1",
                LETTERHEAD, 3, "0".repeat(64), 40_000L));
        // senja registered after its letters were sent: they stay as sent, with no name and both appeal texts
        eventStore.publish(List.of(
                new GenericDomainEventMessage<>("RecipientRegister", "register-troms", 4, new OwnerRegistered(
                        "troms", "910000020", "Senja kommune", OwnerKind.MUNICIPALITY, List.of(Institution.SCHOOL),
                        List.of())),
                new GenericDomainEventMessage<>("RecipientRegister", "register-troms", 5, new NetworkRegistered(
                        "troms", "senja", "Senja kompetansenettverk", null, "910000020", List.of("910000020")))));
    }

    @Test
    void a_private_owners_letter_has_its_amount_the_reason_and_the_right_to_appeal_and_is_the_same_twice()
            throws Exception {
        HttpResponse<byte[]> first = pdf("/private-barnehager/letter.pdf", token("network-representative", "troms",
                "private-barnehager"));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(first.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).contains("inline").contains("tilsagn-troms-2041-private-barnehager.pdf"));
        assertThat(first.headers().firstValue("ETag")).hasValue("\"" + HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(first.body())) + "\"");
        assertThat(text(first.body())).contains("Statsforvalteren i Troms og Finnmark",
                "Postboks 6105 Langnes, 9291 Tromsø", "Vår referanse: "
                + ROUND + "/private-barnehager", "1 000 000,00 kr per år", "i 2 budsjettår fra 2041",
                "Begrunnelse: Forumet tilrådde å prioritere nye eiere", "Tiltakene gjennomføres med UiT",
                "innen 30. juni 2042", "Klagefristen er tre uker",
                "Til: Private barnehager i Troms (private-barnehager)",
                "v/ Barnehagene i Nord AS, org.nr. 910 000 012");

        HttpResponse<byte[]> again = pdf("/private-barnehager/letter.pdf", token("auditor", "troms"));
        assertThat(again.body()).isEqualTo(first.body());
        // the bytes are those whose SHA-256 the letter's record holds
        assertThat(eventStore.readEvents("letters-" + ROUND).asStream().map(event -> event.getPayload())
                .filter(GrantLetterDocumented.class::isInstance).map(GrantLetterDocumented.class::cast)
                .filter(documented -> documented.letterReference().equals(ROUND + "/private-barnehager")))
                .singleElement().satisfies(documented -> {
                    assertThat(documented.sha256()).isEqualTo(HexFormat.of().formatHex(
                            MessageDigest.getInstance("SHA-256").digest(first.body())));
                    assertThat(documented.sizeBytes()).isEqualTo(first.body().length);
                });
    }

    @Test
    void a_recipient_of_unregistered_kind_is_told_when_the_letter_can_be_appealed() throws Exception {
        HttpResponse<byte[]> senja = pdf("/senja/letter.pdf", token("administrator", "troms"));
        assertThat(senja.statusCode()).isEqualTo(200);
        // the register named senja only after the letter was sent: the letter is as sent
        assertThat(text(senja.body())).contains("Er tilskuddsmottaker en privat eier av barnehage eller skole",
                "Er tilskuddsmottaker en kommune", "Til: senja").doesNotContain("Senja kompetansenettverk");
        // the letter of a reallocation of leftover funds is a letter of its own
        HttpResponse<byte[]> reallocated = pdf("/senja/letter.pdf?reallocation=1", token("administrator", "troms"));
        assertThat(reallocated.statusCode()).isEqualTo(200);
        assertThat(text(reallocated.body())).contains("Vår referanse: " + ROUND + "/senja/reallocation-1",
                "10 000,00 kr", "restmidler), omfordeling nr. 1");
        assertThat(pdf("/senja/letter.pdf?reallocation=3", token("administrator", "troms")).statusCode())
                .isEqualTo(404);
        assertThat(pdf("/senja/letter.pdf?reallocation=x", token("administrator", "troms")).statusCode())
                .isEqualTo(400);
    }

    @Test
    void a_letter_that_no_longer_renders_as_its_record_says_is_not_served_in_its_place() throws Exception {
        HttpResponse<String> differs = get("/rounds/" + ROUND + "/grants/senja/letter.pdf?reallocation=2",
                token("administrator", "troms"));
        assertThat(differs.statusCode()).isEqualTo(500);
        assertThat(differs.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(differs.body()).contains("letter-differs-from-record");
    }

    @Test
    void the_years_tranche_of_an_earlier_grant_has_a_letter_of_its_own() throws Exception {
        HttpResponse<byte[]> tranche = pdf("/tromso/letter.pdf?tranche=troms-2040", token("administrator", "troms"));
        assertThat(tranche.statusCode()).isEqualTo(200);
        assertThat(text(tranche.body())).contains("Vår referanse: " + ROUND + "/tromso/tranche/troms-2040",
                "årets del av et flerårig tilsagn gitt ved vedtaket i tildelingsrunden troms-2040",
                "Årets del av tilsagnet fra troms-2040: 125 000,00 kr", "Vedtaket kan derfor ikke påklages");
        assertThat(pdf("/tromso/letter.pdf?tranche=troms-2039", token("administrator", "troms")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void a_municipalitys_letter_says_there_is_no_appeal_and_other_networks_and_counties_get_none() throws Exception {
        HttpResponse<byte[]> tromso = pdf("/tromso/letter.pdf", token("administrator", "troms"));
        assertThat(tromso.statusCode()).isEqualTo(200);
        assertThat(text(tromso.body())).contains("250 000,00 kr", "Vedtaket kan derfor ikke påklages")
                .doesNotContain("tre uker", "Begrunnelse");

        assertThat(pdf("/tromso/letter.pdf", token("network-representative", "troms", "private-barnehager"))
                .statusCode()).isEqualTo(404);
        assertThat(pdf("/tromso/letter.pdf", token("auditor", "innlandet")).statusCode()).isEqualTo(404);
        assertThat(pdf("/bardu/letter.pdf", token("auditor", "troms")).statusCode()).isEqualTo(404);
        assertThat(pdf("/tromso/letter.pdf", token("forum-member", "troms")).statusCode()).isEqualTo(403);
    }

    private HttpResponse<byte[]> pdf(String path, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/rounds/" + ROUND
                        + "/grants" + path)).header("Authorization", "Bearer " + token).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s*\\R\\s*", " ");
        }
    }
}
