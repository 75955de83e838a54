package no.kompetansemidler.letters;

import java.util.Map;

/**
 * The county governor's office that decides for a county: since 2019 several counties share one office, which
 * kept its name when the counties split again in 2024 (Troms og Finnmark; Vestfold og Telemark; Østfold, Buskerud,
 * Oslo og Akershus). A letter names the office, and an appeal goes to it.
 */
public final class CountyGovernorOffices {

    private static final Map<String, String> SHARED = Map.ofEntries(
            Map.entry("Troms", "Troms og Finnmark"), Map.entry("Finnmark", "Troms og Finnmark"),
            Map.entry("Vestfold", "Vestfold og Telemark"), Map.entry("Telemark", "Vestfold og Telemark"),
            Map.entry("Østfold", "Østfold, Buskerud, Oslo og Akershus"),
            Map.entry("Buskerud", "Østfold, Buskerud, Oslo og Akershus"),
            Map.entry("Oslo", "Østfold, Buskerud, Oslo og Akershus"),
            Map.entry("Akershus", "Østfold, Buskerud, Oslo og Akershus"));

    private CountyGovernorOffices() {
    }

    /** @param county the county's official name, e.g. {@code Troms} */
    public static String officeOf(String county) {
        return "Statsforvalteren i " + SHARED.getOrDefault(county, county);
    }
}
