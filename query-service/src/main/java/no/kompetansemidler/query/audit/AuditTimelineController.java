package no.kompetansemidler.query.audit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import no.kompetansemidler.events.round.RoundIds;
import no.kompetansemidler.eventstore.chain.HistoryChain;
import no.kompetansemidler.query.access.ReadScope;
import no.kompetansemidler.query.allocation.AllocationView;
import no.kompetansemidler.query.allocation.AllocationViews;
import no.kompetansemidler.query.register.RegisterAsOf;
import no.kompetansemidler.query.verification.DecisionVerifications;
import no.kompetansemidler.query.web.NotFound;
import no.kompetansemidler.recorded.register.RecipientRegisterOnFile;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit timeline of a round over HTTP, a page at a time ({@link AuditTimeline}), and the printable report.
 */
@RestController
@RequestMapping("/rounds/{roundId}")
class AuditTimelineController {

    static final int MAXIMUM_PAGE = 500;

    /** One page; {@code next} is the position to ask {@code after} for the following page, null on the last. */
    record TimelinePage(List<AuditTimeline.Entry> entries, Long next) {
    }

    /** Entries in one report, at most: a round has a few hundred events, not thousands. */
    static final int REPORT_LIMIT = 100_000;

    private final AuditTimeline timeline;
    private final AllocationViews views;
    private final DecisionVerifications verifications;
    private final EventStore eventStore;
    private final JdbcTemplate jdbc;

    AuditTimelineController(AuditTimeline timeline, AllocationViews views, DecisionVerifications verifications,
                            EventStore eventStore, JdbcTemplate jdbc) {
        this.timeline = timeline;
        this.views = views;
        this.verifications = verifications;
        this.eventStore = eventStore;
        this.jdbc = jdbc;
    }

    /**
     * The recipients' names in the county's register as it stood at the view's last change, by network id: the same
     * history names them the same in every report.
     */
    private Map<String, String> recipientNames(AllocationView view) {
        RecipientRegisterOnFile register = RegisterAsOf.of(eventStore, RoundIds.countyOf(view.roundId()),
                view.lastChangeAt());
        Map<String, String> names = new TreeMap<>();
        register.networks().forEach(network -> names.put(network.networkId(), network.name()));
        return names;
    }

    @Operation(summary = "A printable HTML audit report of the round",
            description = "Facts, decision table, a chart of the allocation per recipient, the decision's "
                    + "verification by recomputation, the round's history checked against its hash chain with the "
                    + "chain's last hash, and every event with who caused it.")
    @GetMapping(value = "/report.html", produces = MediaType.TEXT_HTML_VALUE)
    String report(@PathVariable String roundId) {
        ReadScope.requireRound(roundId, "round " + roundId);
        AllocationView view = views.find(roundId).orElseThrow(() -> NotFound.of("round " + roundId));
        return AuditReport.render(view, verifications.of(roundId), timeline.entries(roundId, -1, REPORT_LIMIT),
                recipientNames(view), HistoryChain.verifyStream(jdbc, roundId));
    }

    @Operation(summary = "The audit report of the round as PDF/A, for the archive",
            description = "The same facts, decision, verification and events as the HTML report, in Norwegian and "
                    + "Oslo time; dated by the round's last event, so the same history gives the same bytes.")
    @GetMapping(value = "/report.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> reportPdf(@PathVariable String roundId) {
        ReadScope.requireRound(roundId, "round " + roundId);
        AllocationView view = views.find(roundId).orElseThrow(() -> NotFound.of("round " + roundId));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("revisjonsrapport-" + roundId + ".pdf").build().toString())
                .body(AuditReportPdf.render(view, verifications.of(roundId),
                        timeline.entries(roundId, -1, REPORT_LIMIT), recipientNames(view),
                        HistoryChain.verifyStream(jdbc, roundId)));
    }

    @Operation(summary = "Every event of a round, oldest first, a page at a time")
    @GetMapping("/timeline")
    TimelinePage timeline(@PathVariable String roundId,
                          @Parameter(description = "only events after this global position (the previous page's "
                                  + "next)") @RequestParam(defaultValue = "-1") long after,
                          @Parameter(description = "page size, at most " + MAXIMUM_PAGE)
                          @RequestParam(defaultValue = "100") int size) {
        ReadScope.requireRound(roundId, "round " + roundId);
        int limit = Math.max(1, Math.min(size, MAXIMUM_PAGE));
        List<AuditTimeline.Entry> entries = timeline.entries(roundId, after, limit + 1);
        if (entries.isEmpty() && after < 0) {
            throw NotFound.of("round " + roundId);
        }
        boolean more = entries.size() > limit;
        List<AuditTimeline.Entry> page = more ? entries.subList(0, limit) : entries;
        return new TimelinePage(page, more ? page.get(page.size() - 1).position() : null);
    }
}
