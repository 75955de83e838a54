package no.kompetansemidler.events.serialization;

import java.util.function.Consumer;

import org.axonframework.serialization.SimpleSerializedType;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.axonframework.serialization.upcasting.event.SingleEventUpcaster;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one revision of an event as the next one when the next only added a field: the old events get the field
 * with the value that says "not recorded then" (a {@code null}, or an empty map), never a guess.
 */
public final class AddedFieldUpcaster extends SingleEventUpcaster {

    private final SimpleSerializedType from;
    private final SimpleSerializedType to;
    private final Consumer<ObjectNode> addField;

    private AddedFieldUpcaster(Class<?> eventType, String fromRevision, String toRevision,
                               Consumer<ObjectNode> addField) {
        this.from = new SimpleSerializedType(eventType.getName(), fromRevision);
        this.to = new SimpleSerializedType(eventType.getName(), toRevision);
        this.addField = addField;
    }

    /** The added fields get the values {@code addFields} puts in the old revision's events. */
    public static AddedFieldUpcaster of(Class<?> eventType, String fromRevision, String toRevision,
                                        Consumer<ObjectNode> addFields) {
        return new AddedFieldUpcaster(eventType, fromRevision, toRevision, addFields);
    }

    /** The added field is {@code null} in the old revision's events. */
    public static AddedFieldUpcaster withNull(Class<?> eventType, String fromRevision, String toRevision,
                                              String field) {
        return new AddedFieldUpcaster(eventType, fromRevision, toRevision, payload -> payload.putNull(field));
    }

    /** The added field is an empty map in the old revision's events. */
    public static AddedFieldUpcaster withEmptyMap(Class<?> eventType, String fromRevision, String toRevision,
                                                  String field) {
        return new AddedFieldUpcaster(eventType, fromRevision, toRevision, payload -> payload.putObject(field));
    }

    @Override
    protected boolean canUpcast(IntermediateEventRepresentation representation) {
        return from.equals(representation.getType());
    }

    @Override
    protected IntermediateEventRepresentation doUpcast(IntermediateEventRepresentation representation) {
        return representation.upcastPayload(to, ObjectNode.class, payload -> {
            addField.accept(payload);
            return payload;
        });
    }
}
