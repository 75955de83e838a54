package no.kompetansemidler.recorded.plan;

import java.util.Optional;

import no.kompetansemidler.events.plan.PlanAdopted;
import no.kompetansemidler.events.plan.PlanRevised;

/**
 * A county's plan adoptions as their events record them, with the document of each: the one recorded, or, for an
 * adoption recorded before plans were documents, the document the system ships for that version (the same rules).
 * The one reading of plan events both services use.
 */
public final class PlanAdoptions {

    /**
     * @param revises  the version a revision replaced, {@code null} for an adoption
     * @param document the plan document, {@code null} if none was recorded and none is shipped
     */
    public record Adoption(String county, String version, String revises, String document) {
    }

    private PlanAdoptions() {
    }

    /** @return the adoption the event records, or empty for any other event */
    public static Optional<Adoption> of(Object event) {
        if (event instanceof PlanAdopted adopted) {
            return Optional.of(new Adoption(adopted.county(), adopted.version(), null,
                    documentOf(adopted.county(), adopted.version(), adopted.document())));
        }
        if (event instanceof PlanRevised revised) {
            return Optional.of(new Adoption(revised.county(), revised.version(), revised.revisedVersion(),
                    documentOf(revised.county(), revised.version(), revised.document())));
        }
        return Optional.empty();
    }

    private static String documentOf(String county, String version, String recorded) {
        return recorded != null ? recorded : PlanDocuments.shipped(county, version).orElse(null);
    }
}
