package no.kompetansemidler.query.rebuild;

/** Where the views live, and where a rebuild job puts the next ones until it switches them in (ADR 23). */
final class ViewSchemas {

    /** The schema readers read and the serving instances' projections write. */
    static final String LIVE = "query_service";
    /** The schema a rebuild job fills, renamed to {@link #LIVE} when it has caught up. */
    static final String NEXT = "query_service_next";
    /** A rebuild job's processors are the live ones' names with this suffix: tokens of their own. */
    static final String PROCESSOR_SUFFIX = "-next";

    private ViewSchemas() {
    }
}
