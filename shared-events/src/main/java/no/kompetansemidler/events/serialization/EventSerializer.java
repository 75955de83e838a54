package no.kompetansemidler.events.serialization;

import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3Serializer;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import tools.jackson.databind.jsontype.PolymorphicTypeValidator;

/**
 * The one JSON serializer for everything this system stores through Axon: events, snapshots, tokens, dead letters.
 * Both services must use it, or they would write and read the shared event store differently.
 */
public final class EventSerializer {

    /**
     * Class-typed polymorphic fields are accepted only for Axon's own types (its replay and tracking tokens carry
     * them) and for this project's types. Jackson 3's default validator refuses Axon's tokens, which would stop a
     * processor after a reset; an allow-everything validator would open the classic gadget-deserialisation hole.
     */
    static final PolymorphicTypeValidator TRUSTED_TYPES = BasicPolymorphicTypeValidator.builder()
            .allowIfSubType("org.axonframework.")
            .allowIfSubType("no.kompetansemidler.")
            .build();

    private EventSerializer() {
    }

    public static Serializer create() {
        return Jackson3Serializer.builder()
                .jsonMapperBuilderCustomizer(mapper -> mapper.polymorphicTypeValidator(TRUSTED_TYPES))
                .build();
    }
}
