package no.kompetansemidler.events.proposal;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads {@link ProposalDrafted} revision 1, stored before proposals recorded the amounts a plan leaves to the year,
 * as revision 2 with none: no plan compiled in then took a yearly amount from a proposal (Trøndelag's base grant
 * had no input path), so none was used, and its recomputation needs none.
 */
public final class ProposalDraftedUpcaster extends SingleEventUpcaster {

    private static final SimpleSerializedType REVISION_1 =
            new SimpleSerializedType(ProposalDrafted.class.getName(), "1");
    private static final SimpleSerializedType REVISION_2 =
            new SimpleSerializedType(ProposalDrafted.class.getName(), "2");

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return REVISION_1.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(REVISION_2, ObjectNode.class,
                payload -> {
                    payload.putObject("yearlyAmountsOre");
                    return payload;
                });
    }
}
