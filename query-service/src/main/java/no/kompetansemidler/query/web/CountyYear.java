package no.kompetansemidler.query.web;

import java.util.regex.Pattern;

/** A county's round of a budget year as paths name it ({@code /counties/troms/.../2027}): its round id. */
public final class CountyYear {

    private static final Pattern COUNTY_SLUG = Pattern.compile("[a-z][a-z-]{0,39}");
    private static final Pattern YEAR = Pattern.compile("20\\d\\d");

    private CountyYear() {
    }

    /**
     * @param what what was asked for, for the 404
     * @return {@code <county-slug>-<year>}
     * @throws org.springframework.web.ErrorResponseException 404 when the county or the year is no such thing
     */
    public static String roundIdOf(String county, String year, String what) {
        if (!COUNTY_SLUG.matcher(county).matches() || !YEAR.matcher(year).matches()) {
            throw NotFound.of(what);
        }
        return county + "-" + year;
    }
}
