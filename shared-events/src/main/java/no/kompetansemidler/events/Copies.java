package no.kompetansemidler.events;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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

    /**
     * Sorted by key, so an event's map iterates, prints and serializes the same in every JVM ({@code Map.copyOf}
     * iterates in an order that changes from one JVM start to the next). The keys of event maps are strings and
     * years.
     */
    public static <K extends Comparable<? super K>, V> Map<K, V> map(Map<K, V> values) {
        return values == null ? Map.of() : Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    /** As {@link #map}, with each value list copied too (e.g. tie-breakers by needs report). */
    public static <K extends Comparable<? super K>, V> Map<K, List<V>> mapOfLists(Map<K, List<V>> values) {
        Map<K, List<V>> copied = new TreeMap<>();
        map(values).forEach((key, list) -> copied.put(key, list(list)));
        return Collections.unmodifiableMap(copied);
    }
}
