package no.kompetansemidler.query.audit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.round.RoundIds;
import no.kompetansemidler.eventstore.chain.HistoryChain;
import no.kompetansemidler.eventstore.chain.HistoryChain.Verification;
import no.kompetansemidler.query.allocation.AllocationView;
import no.kompetansemidler.recorded.AppealsOnFile;
import no.kompetansemidler.recorded.DecisionVerification;
import no.kompetansemidler.recorded.LineArithmetic;
import no.kompetansemidler.recorded.plan.ForumCompositions;

/**
 * A printable HTML audit report of a round: its facts, the decision table, a bar chart of the allocation per
 * recipient (inline SVG, so it prints and needs nothing from outside), and the timeline of every event with who
 * caused it. Every text from the events is escaped.
 */
final class AuditReport {

    private static final int CHART_WIDTH = 480;
    private static final int BAR_HEIGHT = 18;

    private AuditReport() {
    }

    /** @param names the recipients' names in the county's register, by network id */
    static String render(AllocationView view, Optional<DecisionVerification> verification,
                         List<AuditTimeline.Entry> timeline, Map<String, String> names, Verification history) {
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html>
                <html lang="no"><head><meta charset="utf-8">
                <title>Revisjonsrapport %1$s</title>
                <style>body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}
                td,th{border:1px solid #999;padding:2px 6px}td.n{text-align:right}
                @media print{a{color:black}}</style></head><body>
                <h1>Revisjonsrapport: %1$s</h1>
                <p>%2$s, budsjettår %3$s. Plan: %4$s. Ramme: %5$s NOK. Reservert til tidligere tilsagn: %6$s NOK.</p>
                """.formatted(escape(view.roundId()), escape(view.county()), view.budgetYear(),
                escape(view.planVersion() == null ? "ingen registrert" : view.planVersion()),
                nok(view.budgetFrameOre()), nok(view.commitmentsReservedOre())));
        AllocationDecided decision = view.decision();
        if (decision == null) {
            html.append("<p>Ikke vedtatt ennå.</p>\n");
        } else {
            html.append("<h2>Vedtak</h2>\n<table><tr><th>Mottaker</th><th>Formål</th><th>År</th>"
                    + "<th>Nettverk (NOK)</th><th>Partner (NOK)</th><th>Sum (NOK)</th></tr>\n");
            for (AllocationLine line : decision.lines()) {
                html.append("<tr><td>").append(escape(recipient(line.recipientId(), names))).append("</td><td>")
                        .append(escape(line.purpose())).append("</td><td class=n>").append(line.years())
                        .append("</td><td class=n>").append(nok(line.networkOre())).append("</td><td class=n>")
                        .append(nok(line.partnerOre())).append("</td><td class=n>").append(nok(line.amountOre()))
                        .append("</td></tr>\n");
            }
            html.append("</table>\n");
            if (decision.forumOverride() != null) {
                html.append("<p class=override>").append(escape(withoutTheForum(view))).append(". Begrunnelse: ")
                        .append(escape(decision.forumOverride())).append("</p>\n");
            }
            decision.deviations().forEach(deviation -> html.append("<p>Avvik for ")
                    .append(escape(deviation.recipientId())).append(": ").append(escape(deviation.reason()))
                    .append("</p>\n"));
            if (view.comparedWithRecommendation() != null) {
                view.comparedWithRecommendation().departures().forEach(departure -> html
                        .append("<p>Avvik fra samarbeidsforumets innstilling for ")
                        .append(escape(departure.recipientId())).append(" (innstilt ")
                        .append(nok(departure.recommendedOre())).append(", vedtatt ")
                        .append(nok(departure.decidedOre())).append(" NOK): ").append(escape(departure.reason()))
                        .append("</p>\n"));
            }
            html.append(chart(decision));
            verification.ifPresent(verified -> html.append(verification(verified)));
        }
        html.append("<h2>Historikkens hash-kjede</h2>\n<p class=chain>").append(escape(history(history)))
                .append("</p>\n");
        html.append("<h2>Hendelser</h2>\n<table><tr><th>Posisjon</th><th>Tid</th><th>Hendelse</th><th>Hvem</th>"
                + "<th>Rolle</th><th>Organisasjon</th><th>Hjemmel for rollen</th></tr>\n");
        for (AuditTimeline.Entry entry : timeline) {
            html.append("<tr><td class=n>").append(entry.position()).append("</td><td>").append(entry.time())
                    .append("</td><td>").append(escape(entry.event())).append("</td><td>")
                    .append(escape(entry.actorSubject())).append("</td><td>").append(escape(entry.actorRole()))
                    .append("</td><td>").append(escape(entry.actorOrganisation())).append("</td><td>")
                    .append(escape(entry.actorAuthorisedBy())).append("</td></tr>\n");
        }
        return html.append("</table>\n</body></html>\n").toString();
    }

    /**
     * The round's stored history checked against its hash chain (ADR 20), in the report's words: intact with its
     * head, which the head published with the decision must be found in, or where it first breaks.
     */
    static String history(Verification history) {
        if (history.intact()) {
            return "Hendelsene er kontrollert mot hash-kjeden og er uendret (" + history.events() + " hendelser). "
                    + "Kjedens siste hash: " + history.head() + ".";
        }
        HistoryChain.Break broken = history.firstBreak();
        String problem = switch (broken.problem()) {
            case "missing-before" -> "en hendelse foran den er fjernet";
            case "unsealed" -> "den er ikke forseglet";
            default -> "de lagrede dataene er endret";
        };
        return "Hash-kjeden er BRUTT ved posisjon " + broken.globalIndex() + " (hendelse " + broken.sequenceNumber()
                + " i " + broken.aggregateIdentifier() + "): " + problem + ".";
    }

    /** A recipient by its name in the register, with its id; by its id alone where the register has no name. */
    static String recipient(String recipientId, Map<String, String> names) {
        String name = names.get(recipientId);
        return name == null ? recipientId : name + " (" + recipientId + ")";
    }

    /** What recomputing the decision from the events found; each mismatch in a table. */
    private static String verification(DecisionVerification verification) {
        StringBuilder html = new StringBuilder("<h2>Kontroll av vedtaket</h2>\n<p>Vedtaket er beregnet på nytt fra "
                + "de registrerte hendelsene: <strong>" + outcome(verification.outcome())
                + "</strong>. Kontroller: " + escape(String.join(", ", verification.checks())) + ".</p>\n");
        if (!verification.mismatches().isEmpty()) {
            html.append("<table><tr><th>Kontroll</th><th>Gjelder</th><th>Registrert</th><th>Beregnet</th></tr>\n");
            verification.mismatches().forEach(mismatch -> html.append("<tr><td>").append(escape(mismatch.check()))
                    .append("</td><td>").append(escape(mismatch.subject())).append("</td><td>")
                    .append(escape(mismatch.recorded())).append("</td><td>").append(escape(mismatch.recomputed()))
                    .append("</td></tr>\n"));
            html.append("</table>\n");
        }
        verification.appealChanges().forEach(change -> html.append("<p class=appeal>")
                .append(escape(appealChange(change))).append("</p>\n"));
        return html.toString();
    }

    /** What an appeal changed after the decision, which is verified as made, in the report's words. */
    static String appealChange(DecisionVerification.AppealChange change) {
        String by = AppealsOnFile.APPEAL_BODY.equals(change.decidedBy()) ? "klageinstansen"
                : "statsforvalteren ved forberedende klagebehandling";
        String outcome = "PARTLY_GRANTED".equals(change.outcome()) ? "delvis medhold" : "medhold";
        return "Endret etter vedtaket: klage " + change.appealNumber() + " fra " + change.recipientId() + " fikk "
                + outcome + " av " + by + ", " + nok(change.amountOre()) + " NOK gitt som omfordeling "
                + change.reallocationNumber() + " med eget brev (" + change.letterReference() + ").";
    }

    /**
     * What a decision taken without the forum lacked: the forum's discussion of the proposal (§ 12), or where the plan
     * gives the forum the recommendation (Trøndelag), its recommendation.
     */
    static String withoutTheForum(AllocationView view) {
        return ForumCompositions.forumRecommends(RoundIds.countyOf(view.roundId()))
                ? "Vedtatt uten samarbeidsforumets innstilling om forslag " + view.decision().proposalNumber()
                : "Vedtatt uten at samarbeidsforumet drøftet forslag " + view.decision().proposalNumber() + " (§ 12)";
    }

    /** The verification's outcome in the report's words. */
    static String outcome(DecisionVerification.Outcome outcome) {
        return switch (outcome) {
            case VERIFIED -> "stemmer (VERIFIED)";
            case MADE_BY_HAND -> "forslaget ble laget manuelt, og vedtaket stemmer med det (MADE_BY_HAND)";
            case MISMATCH -> "avvik funnet (MISMATCH)";
        };
    }

    /** One bar per recipient, its length in proportion to the largest total. */
    private static String chart(AllocationDecided decision) {
        Map<String, Long> totals = LineArithmetic.totalsByRecipient(decision.lines());
        long largest = Math.max(1, totals.values().stream().mapToLong(Long::longValue).max().orElse(1));
        StringBuilder svg = new StringBuilder("<h2>Fordeling per mottaker</h2>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-label=\"Fordeling per mottaker\" "
                + "width=\"" + (CHART_WIDTH + 320)
                + "\" height=\"" + (totals.size() * (BAR_HEIGHT + 6) + 6) + "\">\n");
        int y = 6;
        for (Map.Entry<String, Long> total : totals.entrySet()) {
            long width = total.getValue() * CHART_WIDTH / largest;
            svg.append("<text x=\"0\" y=\"").append(y + BAR_HEIGHT - 4).append("\" font-size=\"12\">")
                    .append(escape(total.getKey())).append("</text><rect x=\"160\" y=\"").append(y)
                    .append("\" width=\"").append(width).append("\" height=\"").append(BAR_HEIGHT)
                    .append("\" fill=\"#3a6ea5\"/><text x=\"").append(166 + width).append("\" y=\"")
                    .append(y + BAR_HEIGHT - 4).append("\" font-size=\"12\">").append(nok(total.getValue()))
                    .append(" NOK</text>\n");
            y += BAR_HEIGHT + 6;
        }
        return svg.append("</svg>\n").toString();
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** 123456789 øre → 1 234 567,89 (Norwegian grouping with a narrow no-break space). */
    static String nok(long ore) {
        // grouped in the root locale, whatever the server's default, then with Norway's separator
        String kroner = String.format(Locale.ROOT, "%,d", Math.abs(ore) / 100).replace(',', '\u202F');
        return (ore < 0 ? "-" : "") + kroner + "," + String.format(Locale.ROOT, "%02d", Math.abs(ore) % 100);
    }
}
