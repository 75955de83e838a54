package no.kompetansemidler.command.kernel;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import no.kompetansemidler.command.refusal.Violations;

/** The counties ("fylker") of Norway from 2024; each county's governor runs one grant round per year. */
public enum County {
    AGDER("Agder"),
    AKERSHUS("Akershus"),
    BUSKERUD("Buskerud"),
    FINNMARK("Finnmark"),
    INNLANDET("Innlandet"),
    MORE_OG_ROMSDAL("Møre og Romsdal"),
    NORDLAND("Nordland"),
    OSLO("Oslo"),
    ROGALAND("Rogaland"),
    TELEMARK("Telemark"),
    TROMS("Troms"),
    TRONDELAG("Trøndelag"),
    VESTFOLD("Vestfold"),
    VESTLAND("Vestland"),
    OSTFOLD("Østfold");

    private final String officialName;
    /** Derived once: every request that names a county or a round looks counties up by it. */
    private final String slug;

    County(String officialName) {
        this.officialName = officialName;
        this.slug = slugOf(officialName);
    }

    public String officialName() {
        return officialName;
    }

    /** ASCII form for identifiers and URLs: {@code Møre og Romsdal} becomes {@code more-og-romsdal}. */
    public String slug() {
        return slug;
    }

    /** The county's round for a budget year: there is one, so its identifier is {@code <slug>-<budgetYear>}. */
    public String roundIdOf(int budgetYear) {
        return slug() + "-" + budgetYear;
    }

    /** Finds a county by its official name or its slug, ignoring case and nothing else. */
    public static Optional<County> find(String nameOrSlug) {
        if (nameOrSlug == null) {
            return Optional.empty();
        }
        // exactly the name or the slug: "innlandet-" or " Innlandet" names no county
        return Arrays.stream(values())
                .filter(county -> county.officialName().equalsIgnoreCase(nameOrSlug)
                        || county.slug().equalsIgnoreCase(nameOrSlug))
                .findFirst();
    }

    /**
     * Reads a required county field: records {@code required} or {@code known-county} if it is missing or unknown.
     *
     * @return the county, or {@code null} when a violation was recorded
     */
    public static County required(String field, String nameOrSlug, Violations violations) {
        if (!violations.present(field, nameOrSlug)) {
            return null;
        }
        Optional<County> county = find(nameOrSlug);
        violations.check(county.isPresent(), field, "known-county", field + " must be one of: "
                + Arrays.stream(values()).map(County::officialName).collect(Collectors.joining(", ")));
        return county.orElse(null);
    }

    private static String slugOf(String name) {
        String folded = name.toLowerCase(Locale.ROOT).replace("ø", "o").replace("æ", "ae").replace("å", "a");
        return Normalizer.normalize(folded, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
