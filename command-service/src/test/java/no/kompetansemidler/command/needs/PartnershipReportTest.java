package no.kompetansemidler.command.needs;

import static no.kompetansemidler.command.testkit.RoundScenario.ANY;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN;
import static no.kompetansemidler.command.testkit.RoundScenario.OPENED;
import static no.kompetansemidler.command.testkit.RoundScenario.ROUND;
import static no.kompetansemidler.command.testkit.RoundScenario.SUNNFJORD;
import static no.kompetansemidler.command.testkit.RoundScenario.TEMPLATE_SENT;
import static no.kompetansemidler.command.testkit.RoundScenario.filed;
import static no.kompetansemidler.command.testkit.RoundScenario.needs;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.kompetansemidler.command.kernel.County;
import no.kompetansemidler.command.refusal.Refusal;
import no.kompetansemidler.command.round.Round;
import no.kompetansemidler.command.testkit.Refused;
import no.kompetansemidler.command.testkit.RoundScenario;
import no.kompetansemidler.events.needs.NeedsReportContent;
import no.kompetansemidler.events.needs.NeedsReportSubmitted;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.register.PartnershipRegistered;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.Test;

/**
 * A needs report that names its partnership in the county's register: one of its own network, whose development
 * work runs in the round's budget year; the report is filed with it, so the work's years belong together.
 */
class PartnershipReportTest {

    private static final Map<String, PartnershipRegistered> REGISTER = Map.of(
            "bergen-uib-2026", new PartnershipRegistered("vestland", "bergen-uib-2026", "Lesing i Bergen", BERGEN,
                    List.of("uib"), 2026, 2029),
            "bergen-uib-2022", new PartnershipRegistered("vestland", "bergen-uib-2022", "Realfag", BERGEN,
                    List.of("uib"), 2022, 2025));
    private static final NeedsReportContent REPORT = needs(TargetGroup.SCHOOL, 2, 300_000L, 300_000L);

    private final AggregateTestFixture<Round> round = RoundScenario.fixture(new RoundScenario.NoHistory() {
        @Override
        public Optional<PartnershipRegistered> partnership(County county, String partnershipId) {
            return Optional.ofNullable(REGISTER.get(partnershipId));
        }
    });

    @Test
    void a_report_of_the_works_second_year_is_filed_with_its_partnership() {
        NeedsReportContent inPartnership = REPORT.inPartnership("bergen-uib-2026");

        round.given(OPENED, TEMPLATE_SENT)
                .when(new SubmitNeedsReport(ROUND, BERGEN, inPartnership, ANY))
                .expectEvents(new NeedsReportSubmitted(ROUND, "bergen-1", BERGEN, filed(inPartnership)));
    }

    @Test
    void a_partnership_not_registered_another_networks_or_one_whose_work_has_ended_is_refused() {
        round.given(OPENED, TEMPLATE_SENT)
                .when(new SubmitNeedsReport(ROUND, BERGEN, REPORT.inPartnership("unknown"), ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "partnership-not-registered"));
        round.given(OPENED, TEMPLATE_SENT)
                .when(new SubmitNeedsReport(ROUND, SUNNFJORD, REPORT.inPartnership("bergen-uib-2026"), ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "partnership-of-another-network"));
        round.given(OPENED, TEMPLATE_SENT)
                .when(new SubmitNeedsReport(ROUND, BERGEN, REPORT.inPartnership("bergen-uib-2022"), ANY))
                .expectNoEvents()
                .expectException(Refused.with(Refusal.BUSINESS_RULE, "partnership-not-in-year"));
    }
}
