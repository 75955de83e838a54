package no.kompetansemidler.events;

import java.util.List;
import java.util.Map;

/**
 * Immutable copies for the collections inside events. An absent collection (e.g. a field left out of a client's
 * JSON) reads as empty, so an event never carries {@code null} where a list or map belongs.
 */
public final class Copies {

    private Copies() {
    }

    public static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    public static <K, V> Map<K, V> map(Map<K, V> values) {
        return values == null ? Map.of() : Map.copyOf(values);
    }
}
