package no.kompetansemidler.query.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.eventstore.chain.HistoryChain;
import no.kompetansemidler.letters.ArchivalPdf;
import no.kompetansemidler.query.allocation.AllocationView;
import no.kompetansemidler.recorded.DecisionVerification;

/**
 * The audit report as a PDF/A document an archive can keep, beside the HTML one: the round's facts, the decision line
 * by line with its deviations and any decision without the forum, the verification by recomputation, and every event
 * with who caused it, in Norwegian and Oslo time. Dated by the round's last event, so the same history gives the
 * same bytes.
 */
final class AuditReportPdf {

    /** The layout's version, part of the document's identifier. */
    static final String LAYOUT_VERSION = "1";

    private static final ZoneId NORWAY = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter OSLO_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
            .withZone(NORWAY);
    private static final float SMALL = 8.5f;

    private AuditReportPdf() {
    }

    /** @param names the recipients' names in the county's register, by network id */
    static byte[] render(AllocationView view, Optional<DecisionVerification> verification,
                         List<AuditTimeline.Entry> timeline, Map<String, String> names,
                         HistoryChain.Verification history) {
        try (ArchivalPdf pdf = ArchivalPdf.a4()) {
            pdf.paragraph("Revisjonsrapport: " + view.roundId(), true, 14f);
            pdf.paragraph(view.county() + ", budsjettår " + view.budgetYear() + ". Plan: "
                    + (view.planVersion() == null ? "ingen registrert" : view.planVersion()) + ". Ramme: "
                    + AuditReport.nok(view.budgetFrameOre()) + " NOK. Reservert til tidligere tilsagn: "
                    + AuditReport.nok(view.commitmentsReservedOre()) + " NOK.", false, ArchivalPdf.BODY);
            AllocationDecided decision = view.decision();
            pdf.heading("Vedtak");
            if (decision == null) {
                pdf.paragraph("Ikke vedtatt ennå.", false, ArchivalPdf.BODY);
            } else {
                for (AllocationLine line : decision.lines()) {
                    pdf.paragraph(AuditReport.recipient(line.recipientId(), names) + " · " + line.purpose()
                            + (line.needsReportId() == null ? "" : " (" + line.needsReportId() + ")") + " · "
                            + line.years() + " år · nettverk " + AuditReport.nok(line.networkOre()) + " · partner "
                            + AuditReport.nok(line.partnerOre()) + " · sum " + AuditReport.nok(line.amountOre())
                            + " NOK", false, ArchivalPdf.BODY);
                }
                if (decision.forumOverride() != null) {
                    pdf.paragraph(AuditReport.withoutTheForum(view) + ". Begrunnelse: " + decision.forumOverride(),
                            false, ArchivalPdf.BODY);
                }
                decision.deviations().forEach(deviation -> pdf.paragraph("Avvik for " + deviation.recipientId()
                        + ": " + deviation.reason(), false, ArchivalPdf.BODY));
                if (view.comparedWithRecommendation() != null) {
                    view.comparedWithRecommendation().departures().forEach(departure -> pdf.paragraph(
                            "Avvik fra samarbeidsforumets innstilling for " + departure.recipientId() + " (innstilt "
                                    + AuditReport.nok(departure.recommendedOre()) + ", vedtatt "
                                    + AuditReport.nok(departure.decidedOre()) + " NOK): " + departure.reason(), false,
                            ArchivalPdf.BODY));
                }
            }
            verification.ifPresent(verified -> {
                pdf.heading("Kontroll av vedtaket");
                pdf.paragraph("Vedtaket er beregnet på nytt fra de registrerte hendelsene: "
                        + AuditReport.outcome(verified.outcome()) + ". Kontroller: "
                        + String.join(", ", verified.checks()) + ".", false, ArchivalPdf.BODY);
                verified.mismatches().forEach(mismatch -> pdf.paragraph(mismatch.check() + " · "
                        + mismatch.subject() + " · registrert " + mismatch.recorded() + " · beregnet "
                        + mismatch.recomputed(), false, ArchivalPdf.BODY));
                verified.appealChanges().forEach(change -> pdf.paragraph(AuditReport.appealChange(change), false,
                        ArchivalPdf.BODY));
            });
            pdf.heading("Historikkens hash-kjede");
            pdf.paragraph(AuditReport.history(history), false, ArchivalPdf.BODY);
            pdf.heading("Hendelser (norsk tid)");
            // the events the view has taken in, no more: the same view gives the same document
            List<AuditTimeline.Entry> shown = timeline.stream()
                    .filter(entry -> entry.sequence() <= view.lastSequence()).toList();
            for (AuditTimeline.Entry entry : shown) {
                pdf.paragraph(entry.position() + "  " + OSLO_TIME.format(entry.time()) + "  " + entry.event()
                        + (entry.actorSubject() == null ? "" : "  " + entry.actorSubject() + " ("
                        + entry.actorRole() + ", " + entry.actorOrganisation()
                        + (entry.actorAuthorisedBy() == null || entry.actorAuthorisedBy().isEmpty() ? ""
                        : ", " + entry.actorAuthorisedBy()) + ")"), false, SMALL);
            }
            Instant dated = view.lastChangeAt() != null ? view.lastChangeAt()
                    : shown.isEmpty() ? Instant.EPOCH : shown.get(shown.size() - 1).time();
            return pdf.finish("Revisjonsrapport " + view.roundId(), "kompetansemidler query-service",
                    "kompetansemidler audit report " + LAYOUT_VERSION, dated.atZone(NORWAY).toLocalDate(),
                    view.roundId() + "\n" + view.lastSequence() + "\n" + LAYOUT_VERSION);
        }
    }
}
