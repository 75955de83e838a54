package no.kompetansemidler.command.reporting;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import no.kompetansemidler.events.reporting.ReportApproved;
import no.kompetansemidler.events.reporting.ReportRemarkRecorded;
import no.kompetansemidler.events.reporting.ReportReturned;
import no.kompetansemidler.events.reporting.ReportSubmitted;
import no.kompetansemidler.events.round.RoundEvent;

/**
 * The reporting step's own state: each recipient's latest report and where its review stands. Plain Java, changed
 * only by {@link #evolve}.
 */
public final class ReportingState {

    public enum ReportStatus { AWAITING_REVIEW, RETURNED, APPROVED }

    /** A recipient's latest report. */
    public record Report(int submissionNumber, ReportStatus status, long unspentOre) {

        Report reviewed(ReportStatus outcome) {
            return new Report(submissionNumber, outcome, unspentOre);
        }
    }

    private final Map<String, Report> reports = new TreeMap<>();
    private int remarks;

    public void evolve(RoundEvent event) {
        if (event instanceof ReportRemarkRecorded) {
            remarks++;
        }
        if (event instanceof ReportSubmitted submitted) {
            reports.put(submitted.recipientId(), new Report(submitted.submissionNumber(),
                    ReportStatus.AWAITING_REVIEW, submitted.unspentOre()));
        } else if (event instanceof ReportApproved approved) {
            reports.computeIfPresent(approved.recipientId(), (recipient, report) ->
                    report.reviewed(ReportStatus.APPROVED));
        } else if (event instanceof ReportReturned returned) {
            reports.computeIfPresent(returned.recipientId(), (recipient, report) ->
                    report.reviewed(ReportStatus.RETURNED));
        }
    }

    public Optional<Report> report(String recipientId) {
        return Optional.ofNullable(reports.get(recipientId));
    }

    /** How many remarks the reports' check has recorded. */
    public int remarks() {
        return remarks;
    }

    /** Whether the recipient's report is filed: awaiting review or approved, not returned for correction. */
    public boolean isFiled(String recipientId) {
        return report(recipientId).filter(report -> report.status() != ReportStatus.RETURNED).isPresent();
    }

    /** Unspent funds in approved reports. */
    public long unspentOre() {
        return reports.values().stream().filter(report -> report.status() == ReportStatus.APPROVED)
                .mapToLong(Report::unspentOre).sum();
    }

    /** Of the recipients holding a grant, those whose report is not approved yet. */
    public List<String> outstandingOf(Map<String, Long> grants) {
        return grants.keySet().stream().filter(recipient -> report(recipient)
                .map(report -> report.status() != ReportStatus.APPROVED).orElse(true)).toList();
    }

    /** Of the recipients holding a grant, those who have not submitted any report. */
    public List<String> missingOf(Map<String, Long> grants) {
        return grants.keySet().stream().filter(recipient -> report(recipient).isEmpty()).toList();
    }
}
