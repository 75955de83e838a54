package no.kompetansemidler.command.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;

import no.kompetansemidler.command.forum.AgendaItem;
import no.kompetansemidler.events.forum.ForumMember;
import no.kompetansemidler.events.needs.NeedsReportContent;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.proposal.DiscretionaryAdjustment;
import no.kompetansemidler.events.proposal.NetworkKeyFigures;
import no.kompetansemidler.events.reporting.AccountLine;
import no.kompetansemidler.events.reporting.FundsUsed;
import no.kompetansemidler.events.reporting.GoalAssessment;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The documented examples read into the recorded value types the request bodies map to, with no field unknown or left
 * out; ApiDocumentIT validates them against the request bodies' own schemas.
 */
class ApiExamplesTest {

    private static final JsonMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    @Test
    void the_needs_report_example_is_a_complete_needs_report() {
        JsonNode example = STRICT.readTree(ApiExamples.NEEDS_REPORT_EXAMPLE);
        NeedsReportContent content = STRICT.treeToValue(example.get("content"), NeedsReportContent.class);

        assertThat(example.get("networkId").asString()).isEqualTo("valdres");
        assertThat(content.requestedOre()).isEqualTo(110_000_000L);
        assertThat(content.samiPerspectives()).isNotBlank();
    }

    @Test
    void the_proposal_example_gives_key_figures_and_a_reasoned_adjustment() {
        JsonNode example = STRICT.readTree(ApiExamples.PROPOSAL_EXAMPLE);

        assertThat(STRICT.treeToValue(example.get("networks"), NetworkKeyFigures[].class)).hasSize(2);
        assertThat(STRICT.treeToValue(example.get("adjustments"), DiscretionaryAdjustment[].class))
                .singleElement().satisfies(adjustment -> assertThat(adjustment.reason()).isNotBlank());
    }

    @Test
    void the_meeting_example_has_members_and_an_item_with_a_vote() {
        JsonNode example = STRICT.readTree(ApiExamples.MEETING_EXAMPLE);

        assertThat(LocalDate.parse(example.get("meetingDate").asString())).isEqualTo(LocalDate.of(2027, 3, 11));
        assertThat(STRICT.treeToValue(example.get("membersPresent"), ForumMember[].class)).hasSize(4);
        assertThat(STRICT.treeToValue(example.get("items"), AgendaItem[].class)).singleElement()
                .satisfies(item -> assertThat(item.outcome().votesFor()).containsExactly("Siri Berg"));
    }

    @Test
    void the_decision_and_report_examples_agree_to_the_øre() {
        JsonNode decision = STRICT.readTree(ApiExamples.DECISION_EXAMPLE);
        AllocationLine valdres = STRICT.treeToValue(decision.get("lines"), AllocationLine[].class)[0];
        JsonNode report = STRICT.readTree(ApiExamples.REPORT_EXAMPLE);
        FundsUsed used = STRICT.treeToValue(report.get("fundsUsed"), FundsUsed.class);
        AccountLine[] accounts = STRICT.treeToValue(report.get("accounts"), AccountLine[].class);

        assertThat(Instant.parse(decision.get("reportingDeadline").asString())).isAfter(Instant.parse(
                "2027-12-31T00:00:00Z"));
        assertThat(used.totalOre() + report.get("unspentOre").asLong()).isEqualTo(valdres.amountOre());
        assertThat(Arrays.stream(accounts).mapToLong(AccountLine::amountOre).sum()).isEqualTo(used.totalOre());
        assertThat(STRICT.treeToValue(report.get("assessment"), GoalAssessment.class).inclusion()).isNotBlank();
    }
}
