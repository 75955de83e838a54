package no.kompetansemidler.command.integration;

import java.util.List;
import java.util.function.Function;

import no.kompetansemidler.events.decision.AllocationDecided;
import no.kompetansemidler.events.decision.GrantLetterIssued;
import no.kompetansemidler.events.decision.GrantWithdrawn;
import no.kompetansemidler.events.reallocation.LeftoverFundsReallocated;
import no.kompetansemidler.events.reporting.ReportApproved;
import no.kompetansemidler.events.round.RoundClosed;
import no.kompetansemidler.events.round.RoundOpened;

/**
 * The public integration contract: which events integrations receive, under which versioned CloudEvents type. Every
 * other event is internal and never published. Each type's {@code data} has a JSON Schema under
 * {@code integration/schemas/<type>.json}; a breaking change gets a new type version, published beside the old one
 * until the old one is retired (README, "Integration contract").
 */
public final class IntegrationContract {

    /**
     * One published type: the internal event it comes from, its CloudEvents type, and how the event becomes the
     * type's {@code data}. Version 1 of every type is the event record itself, pinned by the type's schema; a later
     * version maps the event to its own shape.
     */
    public record PublishedType(Class<?> eventType, String cloudEventType, Function<Object, Object> data) {

        PublishedType(Class<?> eventType, String cloudEventType) {
            this(eventType, cloudEventType, Function.identity());
        }

        /** The JSON Schema of the type's {@code data}, on the classpath. */
        public String schemaResource() {
            return "integration/schemas/" + cloudEventType + ".json";
        }
    }

    public static final List<PublishedType> TYPES = List.of(
            new PublishedType(RoundOpened.class, "no.kompetansemidler.round.opened.v1"),
            new PublishedType(AllocationDecided.class, "no.kompetansemidler.allocation.decided.v1"),
            new PublishedType(GrantLetterIssued.class, "no.kompetansemidler.grant.awarded.v1"),
            new PublishedType(GrantWithdrawn.class, "no.kompetansemidler.grant.withdrawn.v1"),
            new PublishedType(LeftoverFundsReallocated.class, "no.kompetansemidler.funds.reallocated.v1"),
            new PublishedType(ReportApproved.class, "no.kompetansemidler.report.approved.v1"),
            new PublishedType(RoundClosed.class, "no.kompetansemidler.round.closed.v1"));

    private IntegrationContract() {
    }

    /** Every type the event is published as: one, or two while an old version is being retired. */
    public static List<PublishedType> of(Class<?> eventType) {
        return TYPES.stream().filter(type -> type.eventType().equals(eventType)).toList();
    }
}
