package no.kompetansemidler.query.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import no.kompetansemidler.allocation.plans.PlanCatalogue;
import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.Deviation;
import no.kompetansemidler.events.needs.Measure;
import no.kompetansemidler.events.needs.NeedsReportContent;
import no.kompetansemidler.events.needs.NeedsReportSubmitted;
import no.kompetansemidler.events.needs.Partner;
import no.kompetansemidler.events.needs.PartnerKind;
import no.kompetansemidler.events.needs.TargetGroup;
import no.kompetansemidler.events.proposal.AllocationLine;
import no.kompetansemidler.events.proposal.NetworkKeyFigures;
import no.kompetansemidler.events.proposal.ProposalDrafted;
import no.kompetansemidler.events.round.RoundEvent;
import no.kompetansemidler.events.round.RoundOpened;
import no.kompetansemidler.query.allocation.AllocationAnswer;
import no.kompetansemidler.query.allocation.AllocationFold;
import no.kompetansemidler.query.allocation.AllocationView;
import no.kompetansemidler.query.network.NetworkView;
import no.kompetansemidler.query.reporting.RecipientReporting;
import no.kompetansemidler.recorded.ComputedProposal;
import no.kompetansemidler.recorded.DecisionVerifier;
import no.kompetansemidler.recorded.LineArithmetic;
import no.kompetansemidler.recorded.NeedsReportsOnFile;
import no.kompetansemidler.recorded.ProposalInputs;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Example answers for the API documentation, computed by the query side's own code (the allocation fold, the
 * network view, the decision verifier) from a small Innlandet 2027 history: two needs reports, the engine's
 * proposal under the 2026 plan, and a decision with one justified deviation. An example therefore has exactly the
 * shape the endpoint answers with, and cannot drift from it.
 */
@Configuration(proxyBeanMethods = false)
class QueryApiExamples {

    private static final String ROUND = "innlandet-2027";
    private static final String PLAN = "2026-01-15";
    private static final long FRAME = 28_734_500_00L;

    /** Computed when the document is built (once: springdoc keeps it), not at every start-up. */
    @Bean
    OpenApiCustomizer queryAnswerExamples(JsonMapper json) {
        return openApi -> examples(json).forEach((path, example) -> attach(openApi, path, example));
    }

    /** Example answers by path, as plain maps and lists, which the documentation's own serializer can write. */
    static Map<String, Object> examples(JsonMapper json) {
        List<RoundEvent> history = history();
        AllocationFold fold = new AllocationFold();
        Instant recorded = Instant.parse("2027-03-20T10:00:00Z");
        for (int sequence = 0; sequence < history.size(); sequence++) {
            fold.apply(history.get(sequence), sequence, recorded.plusSeconds(sequence));
        }
        AllocationView view = fold.view();
        RecipientReporting valdres = new RecipientReporting("valdres", view.decision().lines().stream()
                .filter(line -> line.recipientId().equals("valdres")).mapToLong(AllocationLine::amountOre).sum(),
                null, null, "MISSING", null, false, null, null, Map.of(), List.of());
        Map<String, Object> examples = new LinkedHashMap<>();
        examples.put("/rounds/{roundId}/allocation", AllocationAnswer.of(view, "projection"));
        examples.put("/rounds/{roundId}/verification",
                DecisionVerifier.verify(history, PlanCatalogue.standard()).orElseThrow());
        examples.put("/rounds/{roundId}/networks/{networkId}",
                NetworkView.of(view, "valdres", Optional.of(valdres)).orElseThrow());
        examples.put("/rounds/{roundId}/reporting", List.of(valdres));
        examples.replaceAll((path, answer) -> json.readValue(json.writeValueAsString(answer), Object.class));
        return examples;
    }

    private static void attach(OpenAPI openApi, String path, Object example) {
        PathItem item = openApi.getPaths() == null ? null : openApi.getPaths().get(path);
        if (item == null || item.getGet() == null || item.getGet().getResponses() == null) {
            return;
        }
        ApiResponse ok = item.getGet().getResponses().get("200");
        if (ok != null && ok.getContent() != null) {
            ok.getContent().values().forEach((MediaType media) -> media.setExample(example));
        }
    }

    private static List<RoundEvent> history() {
        NeedsReportSubmitted valdres = new NeedsReportSubmitted(ROUND, "valdres-1", "valdres",
                needs("Vang kommune", TargetGroup.KINDERGARTEN, "Språkløftet i barnehagen", 2, 450_000_00L,
                        550_000_00L));
        NeedsReportSubmitted hamar = new NeedsReportSubmitted(ROUND, "hamar-1", "hamar",
                needs("Hamar kommune", TargetGroup.SCHOOL, "Lesing i alle fag", 1, 900_000_00L, 700_000_00L));
        List<NetworkKeyFigures> keyFigures = List.of(new NetworkKeyFigures("hamar", 3_456_00L, 0L),
                new NetworkKeyFigures("valdres", 1_234_50L, 0L));
        NeedsReportsOnFile onFile = new NeedsReportsOnFile();
        onFile.apply(valdres);
        onFile.apply(hamar);
        ProposalInputs inputs = new ProposalInputs(FRAME, 0, keyFigures, onFile.standing(), List.of(), Map.of(),
                Map.of(), Map.of());
        ProposalDrafted proposal = ComputedProposal.compute(PlanCatalogue.standard().version("Innlandet", PLAN)
                .orElseThrow(), inputs).recorded(ROUND, 1, inputs);

        // the decision gives valdres 1 000 000 øre less than proposed, with the forum's reason
        List<AllocationLine> decided = new ArrayList<>(proposal.lines());
        AllocationLine reduced = decided.stream().filter(line -> "valdres-1".equals(line.needsReportId()))
                .findFirst().orElseThrow();
        decided.set(decided.indexOf(reduced), new AllocationLine(reduced.recipientId(), reduced.purpose(),
                reduced.needsReportId(), reduced.targetGroup(), reduced.years(), reduced.networkOre() - 1_000_000L,
                reduced.partnerOre()));
        long proposedValdres = LineArithmetic.totalsByRecipient(proposal.lines()).get("valdres");
        return List.of(new RoundOpened(ROUND, "Innlandet", 2027, FRAME, PLAN, null), valdres, hamar,
                proposal,
                new AllocationDecided(ROUND, 1, PLAN, decided, List.of(new Deviation("valdres", proposedValdres,
                        proposedValdres - 1_000_000L, "Forumets innspill: ett tiltak utsettes")),
                        Map.of("valdres", List.of("Rapport om bruk av midlene innen 1. juni 2028")),
                        LineArithmetic.laterYearCommitments(2027, decided),
                        FRAME - LineArithmetic.totalOre(decided), Instant.parse("2028-06-01T21:59:59Z")));
    }

    private static NeedsReportContent needs(String owner, TargetGroup targetGroup, String measure, int years,
                                            long ownerOre, long partnerOre) {
        return new NeedsReportContent(List.of(owner),
                List.of(new Partner("Høgskolen i Innlandet", PartnerKind.UNIVERSITY_OR_COLLEGE)), targetGroup,
                List.of("inkludering"), List.of(new Measure(measure, years, ownerOre, partnerOre, 0L, 0L)),
                "Ledere og ansatte deltar i nettverksmøter", "Samisk innhold i materiellet", 0L, true, 1);
    }
}
