package no.kompetansemidler.recorded.plan;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import no.kompetansemidler.events.forum.ForumSeat;

/**
 * The seats each county's plan gives its cooperation forum, by kind, as the plans say them (seeds): Innlandet's 45
 * ("Langsiktig plan", 3.2: 9 kindergarten authorities, one per region; 3 municipal and 3 private kindergarten owners;
 * 9 municipal school owners, one per region; 1 private school owner; 6 from Universitetet i Innlandet; 1 from
 * Fagskolen i Innlandet; 2 from Utdanningsforbundet and 1 from Fagforbundet; 1 from KS; 2 from PPT; 4 from the county
 * governor with the chair; 3 coordinators as observers) and Troms' 15 (2 municipal and 1 private kindergarten owners,
 * 2 municipal and 1 private school owners, 1 kindergarten authority, 3 universities and colleges (1 Sámi allaskuvla,
 * 2 UiT), 1 KS, 2 Utdanningsforbundet, 1 PPT, 1 Statped). Other counties' plans in the seeds do not list seats.
 */
public final class ForumCompositions {

    private static final Map<String, Map<ForumSeat, Integer>> SEATS = Map.of(
            "innlandet", seats(Map.ofEntries(Map.entry(ForumSeat.KINDERGARTEN_AUTHORITY, 9),
                    Map.entry(ForumSeat.MUNICIPAL_KINDERGARTEN_OWNER, 3),
                    Map.entry(ForumSeat.PRIVATE_KINDERGARTEN_OWNER, 3),
                    Map.entry(ForumSeat.MUNICIPAL_SCHOOL_OWNER, 9), Map.entry(ForumSeat.PRIVATE_SCHOOL_OWNER, 1),
                    Map.entry(ForumSeat.UNIVERSITY_OR_COLLEGE, 6), Map.entry(ForumSeat.VOCATIONAL_COLLEGE, 1),
                    Map.entry(ForumSeat.EMPLOYEE_ORGANISATION, 3), Map.entry(ForumSeat.KS, 1),
                    Map.entry(ForumSeat.PPT, 2), Map.entry(ForumSeat.COUNTY_GOVERNOR, 4),
                    Map.entry(ForumSeat.COORDINATOR, 3))),
            "troms", seats(Map.of(ForumSeat.MUNICIPAL_KINDERGARTEN_OWNER, 2, ForumSeat.PRIVATE_KINDERGARTEN_OWNER, 1,
                    ForumSeat.MUNICIPAL_SCHOOL_OWNER, 2, ForumSeat.PRIVATE_SCHOOL_OWNER, 1,
                    ForumSeat.KINDERGARTEN_AUTHORITY, 1, ForumSeat.UNIVERSITY_OR_COLLEGE, 3, ForumSeat.KS, 1,
                    ForumSeat.EMPLOYEE_ORGANISATION, 2, ForumSeat.PPT, 1, ForumSeat.STATPED, 1)));

    /**
     * The counties whose plan gives the forum the recommendation (innstilling) to the county governor: Trøndelag's
     * calendar (seed) has "Innstilling fra samarbeidsforum til Statsforvalteren" before "Vedtak fra
     * Statsforvalteren"; elsewhere the forum gives input on the county governor's proposal.
     */
    private static final Set<String> RECOMMENDS = Set.of("trondelag");

    private ForumCompositions() {
    }

    /** Whether the county's plan gives its forum the recommendation on the year's allocation. */
    public static boolean forumRecommends(String countySlug) {
        return RECOMMENDS.contains(countySlug);
    }

    /** The county's seats by kind, in the enum's order; empty where its plan lists none. */
    public static Optional<Map<ForumSeat, Integer>> of(String countySlug) {
        return Optional.ofNullable(SEATS.get(countySlug));
    }

    private static Map<ForumSeat, Integer> seats(Map<ForumSeat, Integer> seats) {
        return Collections.unmodifiableMap(new EnumMap<>(seats));
    }
}
