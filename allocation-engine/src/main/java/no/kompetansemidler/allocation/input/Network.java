package no.kompetansemidler.allocation.input;

import java.util.Map;
import java.util.TreeMap;

/**
 * A regional competence network ("kompetansenettverk"), the recipient of a key-based share.
 *
 * @param id         stable identifier, e.g. {@code valdres}
 * @param keyFigures the figures its county's key is built on
 */
public record Network(String id, Map<KeyFigure, Long> keyFigures) {

    public Network {
        keyFigures = Map.copyOf(keyFigures);
        keyFigures.forEach((figure, value) -> {
            if (value < 0) {
                throw new IllegalArgumentException(id + ": " + figure + " cannot be negative");
            }
        });
    }

    public long keyFigure(KeyFigure figure) {
        return keyFigures.getOrDefault(figure, 0L);
    }

    String canonicalForm() {
        return id + new TreeMap<>(keyFigures);
    }
}
