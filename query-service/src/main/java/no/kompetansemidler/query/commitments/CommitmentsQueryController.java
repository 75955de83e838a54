package no.kompetansemidler.query.commitments;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import no.kompetansemidler.access.web.CurrentActor;
import no.kompetansemidler.query.web.NotFound;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The commitments ledger of a county across budget years. */
@RestController
class CommitmentsQueryController {

    record LedgerLine(@Schema(example = "2028") int budgetYear,
                      @Schema(example = "innlandet-2027") String fromRoundId,
                      @Schema(description = "what the earlier decision committed to the year, øre") long committedOre,
                      @Schema(description = "what the year's round reserved when it opened, øre") long reservedOre) {
    }

    private final JdbcClient jdbc;

    CommitmentsQueryController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Operation(summary = "What a county's decisions committed to later budget years, and what was reserved of it")
    @GetMapping("/counties/{county}/commitments")
    List<LedgerLine> ledger(@PathVariable String county) {
        if (!CurrentActor.get().covers(county)) {
            throw NotFound.of("commitments of " + county);
        }
        return jdbc.sql("""
                        SELECT budget_year, from_round_id, committed_ore, reserved_ore
                        FROM query_service.commitments_ledger WHERE county = ?
                        ORDER BY budget_year, from_round_id""")
                .param(county)
                .query((row, number) -> new LedgerLine(row.getInt(1), row.getString(2), row.getLong(3),
                        row.getLong(4)))
                .list();
    }
}
