package no.kompetansemidler.command.reporting;

import static no.kompetansemidler.command.testkit.Decide.given;
import static no.kompetansemidler.command.testkit.Decide.refused;
import static no.kompetansemidler.command.testkit.RoundScenario.ANY;
import static no.kompetansemidler.command.testkit.RoundScenario.BERGEN;
import static no.kompetansemidler.command.testkit.RoundScenario.DECISION;
import static no.kompetansemidler.command.testkit.RoundScenario.ROUND;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import no.kompetansemidler.command.round.RoundState;
import no.kompetansemidler.events.reporting.AccountLine;
import no.kompetansemidler.events.reporting.FundsUsed;
import no.kompetansemidler.events.reporting.GoalAssessment;
import no.kompetansemidler.events.reporting.ReportSubmitted;
import org.junit.jupiter.api.Test;

/** The report on a grant (§17) as plain Java: given events, when a command, then events or a refusal. */
class ReportingDeciderTest {

    private static final FundsUsed USED = new FundsUsed(200_000L, 260_000L, 20_000L);
    private static final List<AccountLine> ACCOUNTS =
            List.of(new AccountLine("Kurs", 260_000L), new AccountLine("Frikjøp", 220_000L));
    private static final GoalAssessment ASSESSMENT = new GoalAssessment("Som planlagt", "Ny praksis",
            "Felles lesemøter", "Studenter i praksis", "Tilpasset opplæring");

    @Test
    void used_and_unspent_funds_account_for_the_whole_grant() {
        RoundState round = given(DECISION);
        assertThat(ReportingDecider.submit(round.basics(), round.decision(), round.reporting(),
                new SubmitReport(ROUND, BERGEN, List.of("Lesing"), USED,
                20_000L, ACCOUNTS, ASSESSMENT, ANY)))
                .containsExactly(new ReportSubmitted(ROUND, BERGEN, 1, List.of("Lesing"), USED, 20_000L, ACCOUNTS,
                        ASSESSMENT));
    }

    @Test
    void a_report_that_does_not_balance_is_refused() {
        RoundState round = given(DECISION);
        refused(() -> ReportingDecider.submit(round.basics(), round.decision(), round.reporting(),
                new SubmitReport(ROUND, BERGEN, List.of("Lesing"),
                USED, 20_001L, ACCOUNTS, ASSESSMENT, ANY)), "report-does-not-balance");
    }

    @Test
    void an_account_line_is_never_negative() {
        RoundState round = given(DECISION);
        refused(() -> ReportingDecider.submit(round.basics(), round.decision(), round.reporting(),
                new SubmitReport(ROUND, BERGEN, List.of("Lesing"),
                USED, 20_000L, List.of(new AccountLine("Tilbakeført", -1L)), ASSESSMENT, ANY)), "invalid-input",
                "accounts[0].amountOre");
    }
}
