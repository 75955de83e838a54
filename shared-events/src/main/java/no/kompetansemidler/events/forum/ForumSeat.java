package no.kompetansemidler.events.forum;

/** The kinds of seat a county's plan gives its cooperation forum (§ 8 of the regulation names most of them). */
public enum ForumSeat {
    /** The municipality as kindergarten authority (barnehagemyndighet). */
    KINDERGARTEN_AUTHORITY,
    MUNICIPAL_KINDERGARTEN_OWNER,
    PRIVATE_KINDERGARTEN_OWNER,
    MUNICIPAL_SCHOOL_OWNER,
    PRIVATE_SCHOOL_OWNER,
    /** University or university college (UH). */
    UNIVERSITY_OR_COLLEGE,
    /** Vocational college (fagskole). */
    VOCATIONAL_COLLEGE,
    /** The employees' organisations (Utdanningsforbundet, Fagforbundet). */
    EMPLOYEE_ORGANISATION,
    /** KS, the municipalities' organisation. */
    KS,
    /** The educational-psychological service (PP-tjenesten). */
    PPT,
    STATPED,
    /** The county governor's own representatives, where the plan gives them seats. */
    COUNTY_GOVERNOR,
    /** A regional network's coordinator, as observer. */
    COORDINATOR
}
