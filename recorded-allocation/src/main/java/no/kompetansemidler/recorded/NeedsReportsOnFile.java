package no.kompetansemidler.recorded;

import java.util.List;
import java.util.Map;
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

    private final Map<String, FiledNeedsReport> reports = new TreeMap<>();

    /**
     * Folds one event in.
     *
     * @return whether the event changed a needs report, and so the inputs of any proposal
     */
    public boolean apply(RoundEvent event) {
        if (event instanceof NeedsReportSubmitted submitted) {
            file(submitted.reportId(), submitted.networkId(), submitted.content());
        } else if (event instanceof NeedsReportAmended amended) {
            file(amended.reportId(), amended.networkId(), amended.content());
        } else if (event instanceof AdjustedNeedsSubmitted adjusted) {
            file(adjusted.reportId(), adjusted.networkId(), adjusted.content());
        } else if (event instanceof NeedsReportWithdrawn withdrawn) {
            FiledNeedsReport report = reports.get(withdrawn.reportId());
            reports.put(report.reportId(),
                    new FiledNeedsReport(report.reportId(), report.networkId(), report.content(), true));
        } else {
            return false;
        }
        return true;
    }

    private void file(String reportId, String networkId, NeedsReportContent content) {
        reports.put(reportId, new FiledNeedsReport(reportId, networkId, content, false));
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
        return reports.values().stream().filter(report -> report.networkId().equals(networkId)).count();
    }
}
