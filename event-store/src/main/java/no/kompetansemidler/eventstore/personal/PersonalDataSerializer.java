package no.kompetansemidler.eventstore.personal;

import no.kompetansemidler.events.personal.PersonalFields;
import org.axonframework.messaging.MetaData;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The store's serializer with personal data sealed (ADR 22): what {@link PersonalFields} lists is sealed under its
 * person's key as an event or its metadata is written, and opened as it is read, so folds, views and letters see
 * plain values, or {@code [slettet]} once the person is erased. Everything else passes through unchanged.
 */
public class PersonalDataSerializer implements Serializer {

    private static final String META_DATA = MetaData.class.getName();

    private final Serializer delegate;
    private final PersonalDataSeal seal;
    private final JsonMapper json = JsonMapper.builder().build();

    public PersonalDataSerializer(Serializer delegate, PersonalDataSeal seal) {
        this.delegate = delegate;
        this.seal = seal;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        if (object == null) {
            return delegate.serialize(null, expectedRepresentation);
        }
        boolean metaData = object instanceof MetaData;
        if (!metaData && PersonalFields.pathsOf(object.getClass().getName()).isEmpty()) {
            return delegate.serialize(object, expectedRepresentation);
        }
        SerializedObject<String> plain = delegate.serialize(object, String.class);
        JsonNode tree = json.readTree(plain.getData());
        if (metaData) {
            seal.sealMetadata(tree);
        } else {
            PersonalFields.seal(object, (ObjectNode) tree, seal::seal);
        }
        String sealed = json.writeValueAsString(tree);
        return new SimpleSerializedObject<>(getConverter().convert(sealed, String.class, expectedRepresentation),
                expectedRepresentation, plain.getType());
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        String typeName = serializedObject.getType().getName();
        boolean metaData = META_DATA.equals(typeName);
        if (!metaData && PersonalFields.pathsOf(typeName).isEmpty()) {
            return delegate.deserialize(serializedObject);
        }
        String stored = getConverter().convert(serializedObject.getData(), serializedObject.getContentType(),
                String.class);
        JsonNode tree = json.readTree(stored);
        if (metaData) {
            seal.opening().metadata(tree);
        } else if (tree instanceof ObjectNode payload) {
            seal.opening().payload(typeName, payload);
        }
        return delegate.deserialize(new SimpleSerializedObject<>(json.writeValueAsString(tree), String.class,
                serializedObject.getType()));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Class classForType(SerializedType type) {
        return delegate.classForType(type);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public SerializedType typeForClass(Class type) {
        return delegate.typeForClass(type);
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }
}
