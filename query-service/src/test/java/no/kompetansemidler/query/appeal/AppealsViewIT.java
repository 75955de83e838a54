package no.kompetansemidler.query.appeal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import no.kompetansemidler.events.appeal.AppealForwarded;
import no.kompetansemidler.events.appeal.AppealLodged;
import no.kompetansemidler.events.appeal.AppealReconsidered;
import no.kompetansemidler.events.appeal.ReconsiderationOutcome;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.reallocation.FundsDrawn;
import no.kompetansemidler.events.reallocation.FundsSource;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.register.Institution;
import no.kompetansemidler.events.register.NetworkRegistered;
import no.kompetansemidler.events.register.OwnerKind;
import no.kompetansemidler.events.register.OwnerRegistered;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.query.testkit.LetterDocuments;
import no.kompetansemidler.query.testkit.QueryServiceHttpTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A round's appeals as readers see them, from the real event store: Agder 2071 decided by hand, its private schools'
 * network appealed in time and was partly granted 20 000 øre out of the unallocated funds with a new letter, and the
 * rest went to the directorate. The appeals view shows the case, the verification names the change, the new letter
 * says it was given on appeal, and the register shows who holds which grant, with an unapproved private owner as a
 * finding.
 */
class AppealsViewIT extends QueryServiceHttpTest {

    private static final String ROUND = "agder-2071";
    private static final AllocationLine KRISTIANSAND = new AllocationLine("kristiansand", "NETWORK_FRAME", null, null,
            1, 60_000L, 40_000L);
    private static final AllocationLine FRISKOLER = new AllocationLine("friskoler", "NETWORK_FRAME", null, null, 1,
            50_000L, 0L);
    private static final AllocationLine MORE = new AllocationLine("friskoler", "NETWORK_FRAME", null, null, 1,
            20_000L, 0L);

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void aDecidedRoundWithAnAppeal() {
        eventStore.publish(List.of(
                new GenericDomainEventMessage<>("RecipientRegister", "register-agder", 0, new OwnerRegistered(
                        "agder", "910000004", "Kristiansand kommune", OwnerKind.MUNICIPALITY,
                        List.of(Institution.SCHOOL), List.of())),
                new GenericDomainEventMessage<>("RecipientRegister", "register-agder", 1, new OwnerRegistered(
                        "agder", "910000012", "Sørlandet Friskole AS", OwnerKind.PRIVATE,
                        List.of(Institution.SCHOOL), List.of())),
                new GenericDomainEventMessage<>("RecipientRegister", "register-agder", 2, new NetworkRegistered(
                        "agder", "kristiansand", "Kristiansandsregionen", "Kristiansand", "910000004",
                        List.of("910000004"))),
                new GenericDomainEventMessage<>("RecipientRegister", "register-agder", 3, new NetworkRegistered(
                        "agder", "friskoler", "Friskolene på Sørlandet", null, "910000012",
                        List.of("910000012")))));
        eventStore.publish(List.of(
                new GenericDomainEventMessage<>("Round", ROUND, 0, new RoundOpened(ROUND, "Agder", 2071, 200_000L,
                        null, null)),
                new GenericDomainEventMessage<>("Round", ROUND, 1, new ProposalDrafted(ROUND, 1, null, null,
                        200_000L, 0L, List.of(), List.of(), Map.of(), Map.of(), List.of(KRISTIANSAND, FRISKOLER),
                        50_000L, List.of(), List.of())),
                new GenericDomainEventMessage<>("Round", ROUND, 2, new AllocationDecided(ROUND, 1, null,
                        List.of(KRISTIANSAND, FRISKOLER), List.of(), Map.of(), Map.of(), 50_000L,
                        Instant.parse("2072-06-30T21:59:59Z"), "Forumet møttes ikke")),
                new GenericDomainEventMessage<>("Round", ROUND, 3, new GrantLetterIssued(ROUND, "friskoler",
                        ROUND + "/friskoler", 50_000L, List.of(FRISKOLER), List.of())),
                new GenericDomainEventMessage<>("Round", ROUND, 4, new GrantLetterIssued(ROUND, "kristiansand",
                        ROUND + "/kristiansand", 100_000L, List.of(KRISTIANSAND), List.of())),
                new GenericDomainEventMessage<>("Round", ROUND, 5, new AppealLodged(ROUND, 1, "friskoler",
                        ROUND + "/friskoler", LocalDate.of(2071, 3, 15), LocalDate.of(2071, 4, 5),
                        LocalDate.of(2071, 3, 30), null, false, "Frikjøp for to skoler er ikke dekket")),
                new GenericDomainEventMessage<>("Round", ROUND, 6, new AppealReconsidered(ROUND, 1,
                        ReconsiderationOutcome.PARTLY_GRANTED, "Frikjøp for én skole er godt begrunnet", 1)),
                new GenericDomainEventMessage<>("Round", ROUND, 7, new LeftoverFundsReallocated(ROUND, 1,
                        FundsSource.UNALLOCATED_REMAINDER, null, 20_000L, List.of(MORE),
                        "Klage 1: Frikjøp for én skole er godt begrunnet",
                        List.of(new FundsDrawn(FundsSource.UNALLOCATED_REMAINDER, ROUND, 20_000L)))),
                new GenericDomainEventMessage<>("Round", ROUND, 8, new GrantLetterIssued(ROUND, "friskoler",
                        ROUND + "/friskoler/reallocation-1", 20_000L, List.of(MORE), List.of())),
                new GenericDomainEventMessage<>("Round", ROUND, 9, new AppealForwarded(ROUND, 1,
                        "Utdanningsdirektoratet", "Frikjøp for den andre skolen har ikke grunnlag i planen"))));
        LetterDocuments.document(eventStore, ROUND, ROUND + "/friskoler/reallocation-1", List.of());
    }

    @Test
    void the_appeals_view_shows_the_case_from_lodging_to_the_appeal_body_to_those_who_may_see_it() throws Exception {
        HttpResponse<String> answer = get("/rounds/" + ROUND + "/appeals", token("auditor", "agder"));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonNode appeal = JSON.readTree(answer.body()).get("appeals").get(0);
        assertThat(appeal.get("stage").asString()).isEqualTo("FORWARDED");
        assertThat(appeal.get("lastDay").asString()).isEqualTo("2071-04-05");
        assertThat(appeal.get("late").asBoolean()).isFalse();
        assertThat(appeal.get("reconsideration").get("outcome").asString()).isEqualTo("PARTLY_GRANTED");
        assertThat(appeal.get("forwarding").get("appealBody").asString()).isEqualTo("Utdanningsdirektoratet");
        assertThat(appeal.get("grants").get(0).get("amountOre").asLong()).isEqualTo(20_000L);
        assertThat(appeal.get("grants").get(0).get("letterReference").asString())
                .isEqualTo(ROUND + "/friskoler/reallocation-1");
        assertThat(appeal.has("appealBodyDecision")).isFalse();

        // a network sees its own appeals only; the forum does not read appeals; another county finds none
        JsonNode own = JSON.readTree(get("/rounds/" + ROUND + "/appeals", token("network-representative", "agder",
                "friskoler")).body());
        assertThat(own.get("appeals")).hasSize(1);
        JsonNode other = JSON.readTree(get("/rounds/" + ROUND + "/appeals", token("network-representative", "agder",
                "kristiansand")).body());
        assertThat(other.get("appeals")).isEmpty();
        assertThat(get("/rounds/" + ROUND + "/appeals", token("forum-member", "agder")).statusCode()).isEqualTo(403);
        assertThat(get("/rounds/" + ROUND + "/appeals", token("auditor", "troms")).statusCode()).isEqualTo(404);
    }

    @Test
    void the_verification_checks_the_decision_as_made_and_names_what_the_appeal_changed() throws Exception {
        JsonNode verification = JSON.readTree(get("/rounds/" + ROUND + "/verification",
                token("auditor", "agder")).body());
        assertThat(verification.get("outcome").asString()).isEqualTo("MADE_BY_HAND");
        assertThat(verification.get("mismatches")).isEmpty();
        assertThat(verification.get("checks").valueStream().map(JsonNode::asString)).contains("appeal-grant");
        JsonNode change = verification.get("appealChanges").get(0);
        assertThat(change.get("appealNumber").asInt()).isEqualTo(1);
        assertThat(change.get("recipientId").asString()).isEqualTo("friskoler");
        assertThat(change.get("decidedBy").asString()).isEqualTo("COUNTY_GOVERNOR");
        assertThat(change.get("outcome").asString()).isEqualTo("PARTLY_GRANTED");
        assertThat(change.get("amountOre").asLong()).isEqualTo(20_000L);

        // the audit report says the same, once its view has taken the round in
        await().atMost(Duration.ofSeconds(30)).until(() -> get("/rounds/" + ROUND + "/report.html",
                token("auditor", "agder")).body().contains("Endret etter vedtaket: klage 1 fra friskoler fikk "
                + "delvis medhold av statsforvalteren ved forberedende klagebehandling, 200,00 NOK gitt som "
                + "omfordeling 1 med eget brev (agder-2071/friskoler/reallocation-1)."));
        // with the recipients by their names in the register
        assertThat(get("/rounds/" + ROUND + "/report.html", token("auditor", "agder")).body())
                .contains("<td>Friskolene på Sørlandet (friskoler)</td>",
                        "<td>Kristiansandsregionen (kristiansand)</td>");
    }

    @Test
    void the_letter_of_the_grant_on_appeal_says_so_and_names_the_recipient_from_the_register() throws Exception {
        HttpResponse<byte[]> letter = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/rounds/" + ROUND + "/grants/friskoler/letter.pdf?reallocation=1"))
                .header("Authorization", "Bearer " + token("administrator", "agder")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(letter.statusCode()).isEqualTo(200);
        assertThat(text(letter.body())).contains("Til: Friskolene på Sørlandet (friskoler)",
                "v/ Sørlandet Friskole AS, org.nr. 910 000 012", "etter klage nr. 1, mottatt 30. mars 2071",
                "delvis medhold og omgjort vedtaket (forvaltningsloven § 33)",
                "Begrunnelse: Frikjøp for én skole er godt begrunnet", "Klagefristen er tre uker");
        // a letter whose document is not recorded (yet) is not served
        HttpResponse<byte[]> undocumented = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/rounds/" + ROUND + "/grants/friskoler/letter.pdf"))
                .header("Authorization", "Bearer " + token("administrator", "agder")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(undocumented.statusCode()).isEqualTo(404);
    }

    @Test
    void the_register_shows_grant_holders_who_may_appeal_and_a_private_owner_without_approval() throws Exception {
        JsonNode register = JSON.readTree(get("/counties/agder/register", token("network-representative", "agder",
                "friskoler")).body());
        assertThat(register.get("networks").valueStream().map(network -> network.get("networkId").asString() + "="
                + network.get("appealRight").asString())).containsExactly("kristiansand=NOT_APPEALABLE",
                "friskoler=APPEALABLE");
        assertThat(register.get("owners").get(1).get("approved").asBoolean()).isFalse();
        assertThat(register.get("findings").valueStream().map(JsonNode::asString))
                .anySatisfy(finding -> assertThat(finding).contains("Sørlandet Friskole AS", "approval"));
        assertThat(get("/counties/troms/register", token("auditor", "agder")).statusCode()).isEqualTo(404);
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replace('\u00A0', ' ').replaceAll("\\s*\\R\\s*", " ");
        }
    }
}
