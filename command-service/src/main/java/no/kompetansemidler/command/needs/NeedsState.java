package no.kompetansemidler.command.needs;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import no.kompetansemidler.command.kernel.RoundStep;
import no.kompetansemidler.events.needs.AdjustedNeedsSubmitted;
import no.kompetansemidler.events.needs.AdjustmentRequestWithdrawn;
import no.kompetansemidler.events.needs.AdjustmentRequested;
import no.kompetansemidler.events.needs.CallAnnounced;
import no.kompetansemidler.events.needs.NeedsReportAmended;
import no.kompetansemidler.events.needs.NeedsReportCoSigned;
import no.kompetansemidler.events.needs.NeedsTemplateSent;
import no.kompetansemidler.events.needs.SubmissionDeadlineExtended;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.recorded.NeedsReportsOnFile;
import no.kompetansemidler.recorded.NeedsReportsOnFile.FiledNeedsReport;

/**
 * The needs step's own state: who was sent the template and until when, extensions, the needs reports on file,
 * their co-signatures and the adjustments requested. Plain Java, changed only by {@link #evolve}.
 */
public final class NeedsState {

    private Instant submissionDeadline;
    private final Set<String> recipients = new LinkedHashSet<>();
    private final Map<String, Instant> extensions = new TreeMap<>();
    private final NeedsReportsOnFile reports = new NeedsReportsOnFile();
    private final Map<String, Set<String>> coSignatures = new TreeMap<>();
    private final Set<String> openAdjustmentRequests = new LinkedHashSet<>();
    /** The template as sent, with the key figures for the indicative frames; {@code null} before. */
    private NeedsTemplateSent template;
    /** Whether the round's call was announced: any registered network may then submit. */
    private boolean openCall;

    public void evolve(RoundEvent event) {
        // a partner signed what the report said: changed content needs signing again
        if (event instanceof NeedsReportAmended amended) {
            coSignatures.remove(amended.reportId());
        } else if (event instanceof AdjustedNeedsSubmitted adjusted) {
            coSignatures.remove(adjusted.reportId());
        }
        if (reports.apply(event)) {
            return;
        }
        if (event instanceof NeedsTemplateSent sent) {
            template = sent;
            recipients.addAll(sent.recipients());
            submissionDeadline = sent.submissionDeadline();
        } else if (event instanceof NeedsReportCoSigned coSigned) {
            coSignatures.computeIfAbsent(coSigned.reportId(), report -> new LinkedHashSet<>())
                    .add(coSigned.partnerOrganisation());
        } else if (event instanceof CallAnnounced) {
            openCall = true;
        } else if (event instanceof SubmissionDeadlineExtended extended) {
            extensions.put(extended.networkId(), extended.extendedUntil());
        } else if (event instanceof AdjustmentRequested requested) {
            openAdjustmentRequests.add(requested.networkId());
        } else if (event instanceof AdjustmentRequestWithdrawn withdrawn) {
            openAdjustmentRequests.remove(withdrawn.networkId());
        }
    }

    /** The template as sent, once it is. */
    public Optional<NeedsTemplateSent> template() {
        return Optional.ofNullable(template);
    }

    /** The needs reports as recorded, for folds that record them with their own facts (a proposal's inputs). */
    public NeedsReportsOnFile onFile() {
        return reports;
    }

    public Instant submissionDeadline() {
        return submissionDeadline;
    }

    public boolean isRecipient(String networkId) {
        return recipients.contains(networkId);
    }

    public boolean openCall() {
        return openCall;
    }

    public Set<String> recipients() {
        return Collections.unmodifiableSet(recipients);
    }

    public Optional<Instant> extensionFor(String networkId) {
        return Optional.ofNullable(extensions.get(networkId));
    }

    /**
     * Whether the network may still submit, amend or withdraw at {@code now}: before the deadline (even if the
     * scheduled closing has not run yet, the deadline is what counts) or within its own extension.
     */
    public boolean submissionOpenFor(String networkId, Instant now, RoundStep step) {
        boolean beforeDeadline = step == RoundStep.COLLECTING_NEEDS && !now.isAfter(submissionDeadline);
        return beforeDeadline || extensionFor(networkId).map(until -> !now.isAfter(until)).orElse(false);
    }

    public Optional<FiledNeedsReport> report(String reportId) {
        return reports.get(reportId);
    }

    /** How many needs reports the network has submitted, withdrawn ones included. */
    public long reportsOf(String networkId) {
        return reports.filedBy(networkId);
    }

    /** Submitted and not withdrawn, in report-id order. */
    public List<FiledNeedsReport> standing() {
        return reports.standing();
    }

    public long requestedBy(String networkId) {
        return standing().stream().filter(report -> report.networkId().equals(networkId))
                .mapToLong(report -> report.content().requestedOre()).sum();
    }

    /** The partner organisations that co-signed the report. */
    public Set<String> coSignedBy(String reportId) {
        return Collections.unmodifiableSet(coSignatures.getOrDefault(reportId, Set.of()));
    }

    public boolean adjustmentRequested(String networkId) {
        return openAdjustmentRequests.contains(networkId);
    }
}
