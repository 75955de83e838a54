package no.kompetansemidler.recorded;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import no.kompetansemidler.events.needs.AdjustedNeedsSubmitted;
import no.kompetansemidler.events.needs.NeedsReportAmended;
import no.kompetansemidler.events.needs.NeedsReportContent;
import no.kompetansemidler.events.needs.NeedsReportSubmitted;
import no.kompetansemidler.events.needs.NeedsReportWithdrawn;
import no.kompetansemidler.events.round.RoundEvent;

/**
 * A round's needs reports as its events leave them: the latest content of each (submitted, amended or adjusted) and
 * whether it was withdrawn. The round aggregate decides with it and the verifier recomputes with it, so both see the
 * same reports standing at the moment of a proposal.
 */
public final class NeedsReportsOnFile {

    /** A needs report as it stands. */
    public record FiledNeedsReport(String reportId, String networkId, NeedsReportContent content,
                                   boolean withdrawn) {
    }

    /** What a needs-report event does to the report it names. */
    public sealed interface Filing permits Filed, Withdrawn {
        String reportId();
    }

    /** The report's content as it now stands: submitted, amended or adjusted after a request. */
    public record Filed(String reportId, String networkId, NeedsReportContent content) implements Filing {
    }

    /** The report no longer counts. */
    public record Withdrawn(String reportId) implements Filing {
    }

    private final Map<String, FiledNeedsReport> reports = new TreeMap<>();
    /** How many reports each network has filed, kept as they are filed: a submission asks it of rounds of thousands. */
    private final Map<String, Long> filedByNetwork = new HashMap<>();

    /**
     * Which events file or withdraw a needs report: the one list every fold of needs reports reads (this one, and
     * the query side's allocation view).
     *
     * @return what the event does to a needs report, or empty if it is not about one
     */
    public static Optional<Filing> filing(RoundEvent event) {
        if (event instanceof NeedsReportSubmitted submitted) {
            return Optional.of(new Filed(submitted.reportId(), submitted.networkId(), submitted.content()));
        } else if (event instanceof NeedsReportAmended amended) {
            return Optional.of(new Filed(amended.reportId(), amended.networkId(), amended.content()));
        } else if (event instanceof AdjustedNeedsSubmitted adjusted) {
            return Optional.of(new Filed(adjusted.reportId(), adjusted.networkId(), adjusted.content()));
        } else if (event instanceof NeedsReportWithdrawn withdrawn) {
            return Optional.of(new Withdrawn(withdrawn.reportId()));
        }
        return Optional.empty();
    }

    /**
     * Folds one event in.
     *
     * @return whether the event changed a needs report, and so the inputs of any proposal
     */
    public boolean apply(RoundEvent event) {
        Optional<Filing> filing = filing(event);
        filing.ifPresent(this::file);
        return filing.isPresent();
    }

    private void file(Filing filing) {
        if (filing instanceof Filed filed) {
            FiledNeedsReport before = reports.put(filed.reportId(),
                    new FiledNeedsReport(filed.reportId(), filed.networkId(), filed.content(), false));
            if (before == null || !Objects.equals(before.networkId(), filed.networkId())) {
                filedByNetwork.merge(filed.networkId(), 1L, Long::sum);
                if (before != null) {
                    filedByNetwork.merge(before.networkId(), -1L, Long::sum);
                }
            }
        } else {
            reports.computeIfPresent(filing.reportId(), (id, report) ->
                    new FiledNeedsReport(report.reportId(), report.networkId(), report.content(), true));
        }
    }

    public Optional<FiledNeedsReport> get(String reportId) {
        return Optional.ofNullable(reports.get(reportId));
    }

    /** Submitted and not withdrawn, in report-id order. */
    public List<FiledNeedsReport> standing() {
        return reports.values().stream().filter(report -> !report.withdrawn()).toList();
    }

    /** How many needs reports the network has filed, withdrawn ones included. */
    public long filedBy(String networkId) {
        return filedByNetwork.getOrDefault(networkId, 0L);
    }
}
