package no.kompetansemidler.allocation.rules;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A rule's parameters are part of the input fingerprint through the rule's text, so every map in a rule must print
 * the same in every JVM: an unmodifiable copy sorted by key. {@code Map.copyOf} would not do: its iteration order
 * changes from one JVM start to the next, and command-service and query-service would fingerprint the same plan
 * differently.
 */
final class RuleParameters {

    private RuleParameters() {
    }

    static <K extends Comparable<K>, V> SortedMap<K, V> sorted(Map<K, V> parameters) {
        return Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
    }
}
