package no.kompetansemidler.events.serialization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonTypeInfo;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializationException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.Test;

class EventSerializerTest {

    private final Serializer serializer = EventSerializer.create();

    @Test
    void replay_token_with_class_typed_fields_survives_a_round_trip() {
        TrackingToken token = ReplayToken.createReplayToken(new GlobalSequenceTrackingToken(41),
                new GlobalSequenceTrackingToken(7));

        SerializedObject<String> stored = serializer.serialize(token, String.class);
        Object readBack = serializer.deserialize(stored);

        assertThat(readBack).isEqualTo(token);
    }

    /** Stand-in for any stored object with a class-typed field: the JSON names the class to instantiate. */
    record Envelope(@JsonTypeInfo(use = JsonTypeInfo.Id.CLASS) Object content) {
    }

    @Test
    void refuses_to_instantiate_a_class_outside_the_trusted_packages() {
        String hostile = "{\"content\":{\"@class\":\"java.util.HashMap\",\"key\":\"value\"}}";
        SerializedObject<String> stored = new SimpleSerializedObject<>(hostile, String.class,
                Envelope.class.getName(), null);

        assertThatThrownBy(() -> serializer.deserialize(stored)).isInstanceOf(SerializationException.class);
    }

    @Test
    void accepts_a_class_typed_field_from_the_project_packages() {
        Envelope envelope = new Envelope(new GlobalSequenceTrackingToken(3));

        SerializedObject<String> stored = serializer.serialize(envelope, String.class);

        assertThat((Object) serializer.deserialize(stored)).isEqualTo(envelope);
    }
}
