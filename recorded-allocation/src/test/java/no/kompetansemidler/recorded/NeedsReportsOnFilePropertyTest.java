package no.kompetansemidler.recorded;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import no.kompetansemidler.events.needs.Measure;
import no.kompetansemidler.events.needs.NeedsReportAmended;
import no.kompetansemidler.events.needs.NeedsReportContent;
import no.kompetansemidler.events.needs.NeedsReportSubmitted;
import no.kompetansemidler.events.needs.NeedsReportWithdrawn;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.round.RoundEvent;

/**
 * The count of reports each network has filed, kept as reports are filed, is the count of the reports on file that
 * name the network now: through submissions, amendments (one that names another network too), withdrawals and
 * withdrawals of reports never filed.
 */
class NeedsReportsOnFilePropertyTest {

    private static final String ROUND = "innlandet-2027";
    private static final NeedsReportContent CONTENT = new NeedsReportContent(List.of("Kommune"), List.of(),
            TargetGroup.SCHOOL, List.of("tema"), List.of(new Measure("Tiltak", 1, 100_00L, 0, 0, 0)), "Egeninnsats",
            "", 0, false, 0);

    /** Each step: its kind (submit, amend, withdraw), the report it names and the network it names. */
    @Property
    void each_networks_count_is_the_reports_on_file_that_name_it(
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 299) Integer> steps) {
        NeedsReportsOnFile onFile = new NeedsReportsOnFile();
        List<RoundEvent> events = new ArrayList<>();
        for (int step : steps) {
            String report = "report-" + (step / 3) % 12;
            String network = "network-" + (step / 36) % 4;
            RoundEvent event = switch (step % 3) {
                case 0 -> new NeedsReportSubmitted(ROUND, report, network, CONTENT);
                case 1 -> new NeedsReportAmended(ROUND, report, network, CONTENT);
                default -> new NeedsReportWithdrawn(ROUND, report, network, "Trukket");
            };
            onFile.apply(event);
            events.add(event);
        }
        for (int i = 0; i < 4; i++) {
            String network = "network-" + i;
            long naming = IntStream.range(0, 12).mapToObj(n -> onFile.get("report-" + n))
                    .flatMap(Optional::stream).filter(report -> report.networkId().equals(network))
                    .count();
            assertThat(onFile.filedBy(network)).as("%s after %s", network, events).isEqualTo(naming);
        }
        assertThat(onFile.filedBy("network-never")).isZero();
    }
}
