package no.kompetansemidler.events.round;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads {@link RoundOpened} revision 1, stored before rounds recorded their plan, as revision 2 with no plan
 * version: nothing is known about the plan such a round was opened under, and guessing one would rewrite history.
 */
public final class RoundOpenedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 = new SimpleSerializedType(RoundOpened.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 = new SimpleSerializedType(RoundOpened.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, ObjectNode.class,
                payload -> payload.putNull("planVersion"));
    }
}
